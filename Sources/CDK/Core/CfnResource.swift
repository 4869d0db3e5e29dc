/// Renders one CloudFormation resource of any type: the escape hatch for what has
/// no higher-level construct, and what higher-level constructs are built from.
///
/// ```swift
/// let queue = CfnResource("Queue", type: "AWS::SQS::Queue", properties: ["VisibilityTimeout": 60])
/// CfnResource("Subscription", type: "AWS::SNS::Subscription",
///             properties: ["Protocol": "sqs", "Endpoint": queue.getAtt("Arn"), "TopicArn": topic.ref])
/// ```
/// Properties render with their top-level keys in alphabetical order, as the CDK does.
open class CfnResource: CfnElement {
    /// The resource type, such as `AWS::SQS::Queue`.
    public let type: String
    public var properties: JSONObject
    public var condition: CfnCondition?
    public var deletionPolicy: RemovalPolicy?
    public var updateReplacePolicy: RemovalPolicy?
    public var metadata: JSONObject

    public init(
        _ id: String,
        type: String,
        properties: JSONObject = [:],
        dependsOn: [Construct] = [],
        condition: CfnCondition? = nil,
        deletionPolicy: RemovalPolicy? = nil,
        updateReplacePolicy: RemovalPolicy? = nil,
        metadata: JSONObject = [:]
    ) {
        self.type = type
        self.properties = properties
        self.condition = condition
        self.deletionPolicy = deletionPolicy
        self.updateReplacePolicy = updateReplacePolicy
        self.metadata = metadata
        super.init(id)
        for resource in dependsOn { addDependency(resource) }
    }

    /// `{"Ref": …}`: the resource's primary identifier (a queue's URL, a topic's ARN…).
    public var ref: JSONValue { .token(Reference(self, .ref)) }

    /// `{"Fn::GetAtt": [resource, attribute]}`, such as `getAtt("Arn")`.
    public func getAtt(_ attribute: String) -> JSONValue {
        .token(Reference(self, .getAtt(attribute)))
    }
}

/// What CloudFormation does with a resource when it leaves the template or is replaced.
public enum RemovalPolicy: String {
    case delete = "Delete"
    case retain = "Retain"
    case snapshot = "Snapshot"
    case retainExceptOnCreate = "RetainExceptOnCreate"
}
