/// Renders an `AWS::IAM::Policy` attached to roles. Its name defaults to its own
/// logical ID (the last 128 characters), as the CDK names it; a role's default policy
/// is one of these.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html
public final class Policy: Construct {
    public let resource: CfnResource
    public let policyName: String?
    public let document: PolicyDocument
    public let roles: [Role]

    public init(_ id: String, policyName: String? = nil, statements: [PolicyStatement], roles: [Role]) {
        self.policyName = policyName
        self.document = PolicyDocument(statements)
        self.roles = roles
        self.resource = CfnResource("Resource", type: "AWS::IAM::Policy")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public override func prepare(_ scope: ConstructScope) {
        let logicalID = UniqueID.logicalID(Array(scope.pathComponents.dropFirst()) + ["Resource"]) ?? id
        resource.properties = [
            "PolicyDocument": document.json ?? [:],
            "PolicyName": .string(policyName ?? String(logicalID.suffix(128))),
            "Roles": .array(roles.map(\.roleNameValue)),
        ]
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found = document.diagnostics(at: scope.path, for: .identity)
        if document.isEmpty {
            found.append(scope.error("iam.policy.empty", "policy '\(scope.path)' has no statements", hint: "add a statement, or remove the policy"))
        }
        if roles.isEmpty {
            found.append(scope.error("iam.policy.noRoles", "policy '\(scope.path)' is attached to no role", hint: "give the policy the roles it applies to"))
        }
        return found
    }
}
