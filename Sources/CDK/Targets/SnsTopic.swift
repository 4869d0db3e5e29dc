/// Publishes a rule's events to an SNS topic, allowed by a statement in the topic's
/// policy for `events.amazonaws.com` (one statement shared by all the rules of a
/// synthesis, as the CDK de-duplicates it), or, in role mode, by a role EventBridge
/// assumes: `role`, or the rule's own `EventsRole`, granted `sns:Publish` on the topic.
public struct SnsTopic: RuleTarget {
    public let topic: Topic
    /// What is published instead of the whole event.
    public let message: RuleTargetInput?
    public let options: TargetOptions
    /// Whether EventBridge publishes with a role instead of the topic's policy; `nil`
    /// means yes when `role` is given.
    public let authorizeUsingRole: Bool?
    public let role: Role?

    public init(
        _ topic: Topic, message: RuleTargetInput? = nil, authorizeUsingRole: Bool? = nil, role: Role? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.topic = topic
        self.message = message
        self.authorizeUsingRole = authorizeUsingRole
        self.role = role
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    private var usesRole: Bool { authorizeUsingRole ?? (role != nil) }

    public var targetResource: Construct? { topic }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        guard usesRole, let role = role ?? scope.eventsRole(under: rule) else {
            scope.addStatement(PolicyStatement(
                actions: ["sns:Publish"], principals: [.service("events.amazonaws.com")], resources: [topic.topicArn]), to: topic)
            return RuleTargetConfig(arn: topic.topicArn, input: message, options: options)
        }
        scope.addStatement(PolicyStatement(actions: ["sns:Publish"], resources: [topic.topicArn]), to: role)
        return RuleTargetConfig(arn: topic.topicArn, roleArn: role.roleArn, input: message, options: options)
    }

    public func validate(at path: String) -> [Diagnostic] {
        var found = options.diagnostics(at: path) + (message?.diagnostics(at: path) ?? [])
        if authorizeUsingRole == false, role != nil {
            found.append(Diagnostic(
                .error, code: "events.target.sns.roleWithoutRoleMode", path: path,
                message: "an SNS target is given a role but authorizeUsingRole is false",
                hint: "remove the role, or set authorizeUsingRole to true (or leave it unset)"))
        }
        return found
    }
}
