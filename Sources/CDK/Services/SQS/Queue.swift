/// Renders an `AWS::SQS::Queue` (removal policy `Delete`, as the CDK sets it), and its
/// `AWS::SQS::QueuePolicy` (child `Policy`) when targets or grants add statements to it.
///
/// Ranges are EventBridge's and SQS's: retention 60 s–14 days, visibility timeout 0–12 h,
/// delivery delay 0–15 min, 1–1,000 receives before a message moves to the dead-letter
/// queue. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html
public final class Queue: Construct, PolicyHolder {
    public let resource: CfnResource
    public let queueName: String?
    public let fifo: Bool
    public let contentBasedDeduplication: Bool
    public let retentionPeriodSeconds: Int?
    public let visibilityTimeoutSeconds: Int?
    public let deliveryDelaySeconds: Int?
    /// Where messages go after `maxReceiveCount` failed receives.
    public let deadLetterQueue: (queue: Queue, maxReceiveCount: Int)?

    public init(
        _ id: String, queueName: String? = nil, fifo: Bool = false, contentBasedDeduplication: Bool = false,
        retentionPeriodSeconds: Int? = nil, visibilityTimeoutSeconds: Int? = nil, deliveryDelaySeconds: Int? = nil,
        deadLetterQueue: (queue: Queue, maxReceiveCount: Int)? = nil
    ) {
        self.queueName = queueName
        self.fifo = fifo
        self.contentBasedDeduplication = contentBasedDeduplication
        self.retentionPeriodSeconds = retentionPeriodSeconds
        self.visibilityTimeoutSeconds = visibilityTimeoutSeconds
        self.deliveryDelaySeconds = deliveryDelaySeconds
        self.deadLetterQueue = deadLetterQueue
        self.resource = CfnResource("Resource", type: "AWS::SQS::Queue", deletionPolicy: .delete, updateReplacePolicy: .delete)
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    /// The queue's URL (its `Ref`).
    public var queueUrl: JSONValue { resource.ref }
    public var queueArn: JSONValue { resource.getAtt("Arn") }
    public var queueNameValue: JSONValue { resource.getAtt("QueueName") }

    public override func prepare(_ scope: ConstructScope) {
        var properties = JSONObject()
        if contentBasedDeduplication { properties["ContentBasedDeduplication"] = true }
        if let deliveryDelaySeconds { properties["DelaySeconds"] = .integer(deliveryDelaySeconds) }
        if fifo { properties["FifoQueue"] = true }
        if let retentionPeriodSeconds { properties["MessageRetentionPeriod"] = .integer(retentionPeriodSeconds) }
        if let queueName { properties["QueueName"] = .string(queueName) }
        if let deadLetterQueue {
            properties["RedrivePolicy"] = [
                "deadLetterTargetArn": deadLetterQueue.queue.queueArn,
                "maxReceiveCount": .integer(deadLetterQueue.maxReceiveCount),
            ]
        }
        if let visibilityTimeoutSeconds { properties["VisibilityTimeout"] = .integer(visibilityTimeoutSeconds) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func check(_ value: Int?, _ range: ClosedRange<Int>, _ code: String, _ what: String) {
            guard let value, !range.contains(value) else { return }
            found.append(scope.error(
                "sqs.queue.\(code)",
                "\(what) of \(value) is out of range; SQS allows \(range.lowerBound) to \(range.upperBound)",
                hint: "use a value from \(range.lowerBound) to \(range.upperBound)"))
        }
        check(retentionPeriodSeconds, 60...1_209_600, "retentionPeriod", "retention period in seconds")
        check(visibilityTimeoutSeconds, 0...43_200, "visibilityTimeout", "visibility timeout in seconds")
        check(deliveryDelaySeconds, 0...900, "deliveryDelay", "delivery delay in seconds")
        check(deadLetterQueue?.maxReceiveCount, 1...1_000, "maxReceiveCount", "maximum receive count")
        if let queueName {
            if fifo != queueName.hasSuffix(".fifo") {
                found.append(scope.error(
                    "sqs.queue.name.fifoSuffix",
                    fifo ? "FIFO queue name '\(queueName)' must end in '.fifo'" : "queue name '\(queueName)' ends in '.fifo' but the queue is not FIFO",
                    hint: fifo ? "add '.fifo' to the name" : "set 'fifo: true', or remove '.fifo' from the name"))
            }
            let base = queueName.hasSuffix(".fifo") ? String(queueName.dropLast(5)) : queueName
            if base.isEmpty || queueName.count > 80
                || !base.isAlphanumeric(allowing: "-_") {
                found.append(scope.error(
                    "sqs.queue.name.invalid",
                    "queue name '\(queueName)' must be 1 to 80 letters, digits, '-' or '_'",
                    hint: "remove the other characters from the name"))
            }
        }
        if contentBasedDeduplication, !fifo {
            found.append(scope.error(
                "sqs.queue.deduplicationWithoutFifo",
                "queue '\(scope.path)' has content-based deduplication but is not a FIFO queue",
                hint: "set 'fifo: true', or remove 'contentBasedDeduplication'"))
        }
        return found
    }

    /// The queue policy: child `Policy`.
    public func policy(_ document: PolicyDocument, scope: ConstructScope) -> Construct {
        Construct("Policy") {
            CfnResource("Resource", type: "AWS::SQS::QueuePolicy", properties: [
                "PolicyDocument": document.json ?? [:],
                "Queues": [queueUrl],
            ])
        }
    }
}

extension Queue: CrossEnvironmentNamed {
    public var physicalNameProperty: String { "QueueName" }

    public func crossEnvironmentValue(of attribute: Reference.Attribute, name: String, account: String, region: String) -> JSONValue? {
        switch attribute {
        case .ref: return .join("", [.string("https://sqs.\(region)."), StackValue.urlSuffix.value, .string("/\(account)/\(name)")])
        case .getAtt("Arn"): return arn(service: "sqs", region: region, account: account, resource: name)
        case .getAtt("QueueName"): return .string(name)
        default: return nil
        }
    }
}
