/// Sends a topic rule's messages to an SQS queue (`Sqs` action), with a role allowed
/// `sqs:SendMessage` on the queue: `role`, or the rule's `TopicRuleActionRole`. AWS IoT
/// does not send to FIFO queues.
/// https://docs.aws.amazon.com/iot/latest/developerguide/sqs-rule-action.html
public struct SqsQueueAction: TopicRuleAction {
    public let queue: Queue
    /// Whether AWS IoT base64-encodes the message first; `nil` leaves it out (no).
    public let useBase64: Bool?
    public let role: Role?

    public init(_ queue: Queue, useBase64: Bool? = nil, role: Role? = nil) {
        self.queue = queue
        self.useBase64 = useBase64
        self.role = role
    }

    public func bind(to rule: TopicRule, scope: ConstructScope) -> JSONObject {
        var sqs: JSONObject = ["QueueUrl": queue.queueUrl]
        if let role = actionRole(role, for: rule, scope: scope) {
            scope.addStatement(PolicyStatement(actions: ["sqs:SendMessage"], resources: [queue.queueArn]), to: role)
            sqs["RoleArn"] = role.roleArn
        }
        if let useBase64 { sqs["UseBase64"] = .bool(useBase64) }
        return ["Sqs": .object(sqs)]
    }

    public func validate(at path: String) -> [Diagnostic] {
        guard queue.fifo else { return [] }
        return [Diagnostic(.error, code: "iot.action.sqs.fifo", path: path,
                           message: "topic rule action sends to FIFO queue '\(queue.id)'; AWS IoT's SQS action does not support FIFO queues",
                           hint: "send to a standard queue")]
    }
}
