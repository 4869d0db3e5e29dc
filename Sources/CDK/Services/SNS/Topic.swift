/// Renders an `AWS::SNS::Topic`, and its `AWS::SNS::TopicPolicy` (child `Policy`) when
/// targets or grants add statements to it.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html
public final class Topic: Construct, PolicyHolder {
    public let resource: CfnResource
    public let displayName: String?
    public let topicName: String?
    public let fifo: Bool
    public let contentBasedDeduplication: Bool

    public init(_ id: String, displayName: String? = nil, topicName: String? = nil, fifo: Bool = false, contentBasedDeduplication: Bool = false) {
        self.displayName = displayName
        self.topicName = topicName
        self.fifo = fifo
        self.contentBasedDeduplication = contentBasedDeduplication
        self.resource = CfnResource("Resource", type: "AWS::SNS::Topic")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    /// The topic's ARN (its `Ref`).
    public var topicArn: JSONValue { resource.ref }
    /// The topic's name.
    public var topicNameValue: JSONValue { resource.getAtt("TopicName") }

    public override func prepare(_ scope: ConstructScope) {
        var properties = JSONObject()
        if contentBasedDeduplication { properties["ContentBasedDeduplication"] = true }
        if let displayName { properties["DisplayName"] = .string(displayName) }
        if fifo { properties["FifoTopic"] = true }
        if let topicName { properties["TopicName"] = .string(fifo && !topicName.hasSuffix(".fifo") ? topicName + ".fifo" : topicName) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if contentBasedDeduplication, !fifo {
            found.append(scope.error(
                "sns.topic.deduplicationWithoutFifo",
                "topic '\(scope.path)' has content-based deduplication but is not a FIFO topic",
                hint: "set 'fifo: true', or remove 'contentBasedDeduplication'"))
        }
        if let topicName {
            let limit = fifo ? 256 - ".fifo".count : 256
            let base = topicName.hasSuffix(".fifo") ? String(topicName.dropLast(5)) : topicName
            if base.isEmpty || base.count > limit
                || !base.isAlphanumeric(allowing: "-_") {
                found.append(scope.error(
                    "sns.topic.name.invalid",
                    "topic name '\(topicName)' must be 1 to 256 letters, digits, '-' or '_'",
                    hint: "a FIFO topic's name ends in '.fifo'; other characters are not allowed"))
            }
        }
        return found
    }

    /// The topic policy: child `Policy`, statements numbered as their `Sid`s.
    public func policy(_ document: PolicyDocument, scope: ConstructScope) -> Construct {
        var document = document
        document.assignsSids = true
        return Construct("Policy") {
            CfnResource("Resource", type: "AWS::SNS::TopicPolicy", properties: [
                "PolicyDocument": document.json ?? [:],
                "Topics": [topicArn],
            ])
        }
    }
}

extension Topic: CrossEnvironmentNamed {
    public var physicalNameProperty: String { "TopicName" }

    public func crossEnvironmentValue(of attribute: Reference.Attribute, name: String, account: String, region: String) -> JSONValue? {
        switch attribute {
        case .ref, .getAtt("TopicArn"): return arn(service: "sns", region: region, account: account, resource: name)
        case .getAtt("TopicName"): return .string(name)
        default: return nil
        }
    }
}
