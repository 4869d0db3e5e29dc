/// Publishes a topic rule's messages to an SNS topic (`Sns` action), with a role allowed
/// `sns:Publish` on the topic: `role`, or the rule's `TopicRuleActionRole`. AWS IoT does
/// not publish to FIFO topics.
/// https://docs.aws.amazon.com/iot/latest/developerguide/sns-rule-action.html
public struct SnsTopicAction: TopicRuleAction {
    /// How SNS receives the message: raw, or JSON for per-protocol messages.
    public enum MessageFormat: String {
        case raw = "RAW"
        case json = "JSON"
    }

    public let topic: Topic
    /// `nil` leaves it out (raw).
    public let messageFormat: MessageFormat?
    public let role: Role?

    public init(_ topic: Topic, messageFormat: MessageFormat? = nil, role: Role? = nil) {
        self.topic = topic
        self.messageFormat = messageFormat
        self.role = role
    }

    public func bind(to rule: TopicRule, scope: ConstructScope) -> JSONObject {
        var sns = JSONObject()
        if let messageFormat { sns["MessageFormat"] = .string(messageFormat.rawValue) }
        if let role = actionRole(role, for: rule, scope: scope) {
            scope.addStatement(PolicyStatement(actions: ["sns:Publish"], resources: [topic.topicArn]), to: role)
            sns["RoleArn"] = role.roleArn
        }
        sns["TargetArn"] = topic.topicArn
        return ["Sns": .object(sns)]
    }

    public func validate(at path: String) -> [Diagnostic] {
        guard topic.fifo else { return [] }
        return [Diagnostic(.error, code: "iot.action.sns.fifo", path: path,
                           message: "topic rule action publishes to FIFO topic '\(topic.id)'; IoT rule actions cannot use FIFO SNS topics",
                           hint: "publish to a standard topic")]
    }
}
