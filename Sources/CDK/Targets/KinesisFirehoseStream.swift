/// Puts a rule's events into a Firehose delivery stream, with a role EventBridge assumes:
/// the delivery stream's `EventsRole`, shared by every rule that targets it, granted
/// `firehose:PutRecord` and `firehose:PutRecordBatch` on the stream.
///
/// Rendered as the CDK's `FirehoseDeliveryStream` renders it (its deprecated
/// `KinesisFirehoseStream` takes the L1 resource instead). As in the CDK, this target
/// has no retry or dead-letter options. An imported delivery
/// stream that is not placed in a stack holds no role; the rule's own `EventsRole` is
/// used instead.
public struct KinesisFirehoseStream: RuleTarget {
    public let deliveryStream: DeliveryStreamReference
    public let message: RuleTargetInput?

    public init(_ deliveryStream: DeliveryStreamReference, message: RuleTargetInput? = nil) {
        self.deliveryStream = deliveryStream
        self.message = message
    }

    public var targetResource: Construct? { deliveryStream }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        let arn = deliveryStream.deliveryStreamArn
        guard let role = scope.eventsRole(under: deliveryStream) ?? scope.eventsRole(under: rule) else {
            return RuleTargetConfig(arn: arn, input: message)
        }
        scope.addStatement(PolicyStatement(actions: ["firehose:PutRecord", "firehose:PutRecordBatch"], resources: [arn]), to: role)
        return RuleTargetConfig(arn: arn, roleArn: role.roleArn, input: message)
    }

    public func validate(at path: String) -> [Diagnostic] {
        message?.diagnostics(at: path) ?? []
    }
}
