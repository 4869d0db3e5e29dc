/// Renders an `AWS::Logs::ResourcePolicy` from the statements added to it with
/// `addStatement(_:to:)`: what lets services such as EventBridge write to log groups.
///
/// Statements that differ only in their resources are merged into one statement that
/// lists them all, so one policy serves every log group of a stack: CloudWatch Logs
/// allows 10 resource policies per account and region, and policies of at most 5,120
/// characters. Its name defaults to its unique ID in the app.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-resourcepolicy.html
public final class LogResourcePolicy: Construct, PolicyHolder {
    public let policyName: String?

    public init(_ id: String, policyName: String? = nil) {
        self.policyName = policyName
        super.init(id)
    }

    /// The policy: child `Resource`, its document rendered as JSON text.
    public func policy(_ document: PolicyDocument, scope: ConstructScope) -> Construct {
        let merged = PolicyDocument(Self.merged(document.statements))
        return CfnResource("Resource", type: "AWS::Logs::ResourcePolicy", properties: [
            "PolicyDocument": (merged.json ?? [:]).jsonText,
            "PolicyName": .string(policyName ?? scope.uniqueID),
        ])
    }

    /// Statements equal but for their resources become one, listing the resources in
    /// the order they were added, each once.
    static func merged(_ statements: [PolicyStatement]) -> [PolicyStatement] {
        func withoutResources(_ statement: PolicyStatement) -> JSONValue {
            guard case var .object(object) = statement.json else { return statement.json }
            object["Resource"] = nil
            return .object(object)
        }
        var result: [PolicyStatement] = []
        for statement in statements {
            let bare = withoutResources(statement)
            if let index = result.firstIndex(where: { withoutResources($0) == bare }) {
                result[index].addResources(statement.resources)
            } else {
                result.append(statement)
            }
        }
        return result
    }
}
