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
    /// Whether validation checks an `AWS::Events::Rule`'s `EventPattern` here; a ``Rule``
    /// checks its own typed pattern instead.
    var validatesEventPattern = true

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

    /// An `AWS::Events::Rule` written as a resource has its `EventPattern` (an object, or
    /// JSON text) checked as a ``Rule``'s pattern is: what EventBridge would reject is an
    /// `events.pattern.*` error.
    open override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard type == "AWS::Events::Rule", validatesEventPattern, let pattern = properties["EventPattern"] else { return [] }
        var validator = PatternValidator(constructPath: scope.path)
        guard let raw = RawJSON(eventPattern: pattern) else {
            validator.report(
                "events.pattern.notJSON", "the rule's 'EventPattern' text is not JSON",
                hint: "write the pattern as an object, or as JSON text")
            return validator.found
        }
        validator.validatePattern(raw)
        return validator.found
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
