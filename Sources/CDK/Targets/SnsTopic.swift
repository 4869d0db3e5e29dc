/// Publishes a rule's events to an SNS topic, allowed by a statement in the topic's
/// policy for `events.amazonaws.com` (one statement shared by all the rules of a
/// synthesis, as the CDK de-duplicates it).
public struct SnsTopic: RuleTarget {
    public let topic: Topic
    /// What is published instead of the whole event.
    public let message: RuleTargetInput?
    public let options: TargetOptions

    public init(
        _ topic: Topic, message: RuleTargetInput? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.topic = topic
        self.message = message
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        scope.addStatement(PolicyStatement(
            actions: ["sns:Publish"], principals: [.service("events.amazonaws.com")], resources: [topic.topicArn]), to: topic)
        return RuleTargetConfig(arn: topic.topicArn, input: message, options: options)
    }

    public func validate(at path: String) -> [Diagnostic] {
        options.diagnostics(at: path) + (message?.diagnostics(at: path) ?? [])
    }
}
