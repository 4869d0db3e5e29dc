/// Puts a rule's events into a Kinesis data stream, with a role EventBridge assumes: the
/// stream's `EventsRole`, shared by every rule that targets it, granted
/// `kinesis:ListShards`, `kinesis:PutRecord` and `kinesis:PutRecords` on the stream.
///
/// An imported stream that is not placed in a stack holds no role; the rule's own
/// `EventsRole` is used instead. The rule may send undeliverable events to the
/// dead-letter queue (which the CDK forgets to allow for this target).
public struct KinesisStream: RuleTarget {
    public let stream: DataStreamReference
    /// The JSON path of the event's value used as the record's partition key; by default
    /// EventBridge uses the event's ID.
    public let partitionKeyPath: String?
    public let message: RuleTargetInput?
    public let options: TargetOptions

    public init(
        _ stream: DataStreamReference, partitionKeyPath: String? = nil, message: RuleTargetInput? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.stream = stream
        self.partitionKeyPath = partitionKeyPath
        self.message = message
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    public var targetResource: Construct? { stream }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        var parameters = JSONObject()
        if let partitionKeyPath { parameters["KinesisParameters"] = ["PartitionKeyPath": .string(partitionKeyPath)] }
        guard let role = scope.eventsRole(under: stream) ?? scope.eventsRole(under: rule) else {
            return RuleTargetConfig(arn: stream.streamArn, input: message, options: options, parameters: parameters)
        }
        scope.addStatement(PolicyStatement(actions: ["kinesis:ListShards", "kinesis:PutRecord", "kinesis:PutRecords"], resources: [stream.streamArn]), to: role)
        return RuleTargetConfig(arn: stream.streamArn, roleArn: role.roleArn, input: message, options: options, parameters: parameters)
    }

    public func validate(at path: String) -> [Diagnostic] {
        var found = options.diagnostics(at: path) + (message?.diagnostics(at: path) ?? [])
        if let partitionKeyPath, partitionKeyPath.isEmpty || partitionKeyPath.count > 256 {
            found.append(Diagnostic(
                .error, code: "events.target.kinesis.partitionKeyPath", path: path,
                message: "partition key path '\(partitionKeyPath)' must have 1 to 256 characters",
                hint: "use a JSON path into the event, such as '$.detail.id'"))
        }
        return found
    }
}
