/// Sends a rule's events to an SQS queue, allowed by a statement in the queue's policy
/// for `events.amazonaws.com` on the condition that the rule is the source (one
/// statement per rule).
public struct SqsQueue: RuleTarget {
    public let queue: Queue
    public let message: RuleTargetInput?
    /// The message group of a FIFO queue.
    public let messageGroupID: String?
    public let options: TargetOptions

    public init(
        _ queue: Queue, message: RuleTargetInput? = nil, messageGroupID: String? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.queue = queue
        self.message = message
        self.messageGroupID = messageGroupID
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    public var targetResource: Construct? { queue }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        scope.addStatement(PolicyStatement(
            actions: ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
            principals: [.service("events.amazonaws.com")],
            resources: [queue.queueArn],
            conditions: ["ArnEquals": ["aws:SourceArn": rule.arn]]), to: queue)
        var parameters = JSONObject()
        if let messageGroupID { parameters["SqsParameters"] = ["MessageGroupId": .string(messageGroupID)] }
        return RuleTargetConfig(arn: queue.queueArn, input: message, options: options, parameters: parameters)
    }

    public func validate(at path: String) -> [Diagnostic] {
        var found = options.diagnostics(at: path) + (message?.diagnostics(at: path) ?? [])
        if queue.fifo, messageGroupID == nil {
            found.append(Diagnostic(
                .error, code: "events.target.sqs.messageGroupID", path: path,
                message: "FIFO queue '\(queue.id)' needs a message group ID as a rule target",
                hint: "give the SqsQueue target a 'messageGroupID'"))
        }
        return found
    }
}
