/// Renders an `AWS::IAM::Role` that `assumedBy` may assume, with managed policies, and
/// its default policy (child `DefaultPolicy`, an `AWS::IAM::Policy` named after its own
/// logical ID, as the CDK names it) when statements are added or granted to it.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html
public final class Role: Construct, PolicyHolder, Grantable {
    public let resource: CfnResource
    public let assumedBy: Principal
    public let managedPolicyArns: [JSONValue]
    public let roleName: String?
    public let roleDescription: String?
    /// The statements added to the role's default policy.
    public private(set) var policyStatements: [PolicyStatement] = []

    public init(_ id: String, assumedBy: Principal, managedPolicyArns: [JSONValue] = [], roleName: String? = nil, description: String? = nil) {
        self.assumedBy = assumedBy
        self.managedPolicyArns = managedPolicyArns
        self.roleName = roleName
        self.roleDescription = description
        self.resource = CfnResource("Resource", type: "AWS::IAM::Role")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var roleArn: JSONValue { resource.getAtt("Arn") }
    public var roleNameValue: JSONValue { resource.ref }

    /// The ARN of an AWS managed policy, such as `service-role/AWSLambdaBasicExecutionRole`,
    /// in the partition of the stack that uses it.
    public static func awsManagedPolicyArn(_ name: String) -> JSONValue {
        .join("", ["arn:", StackValue.partition.value, .string(":iam::aws:policy/" + name)])
    }

    /// Adds a statement to the role's default policy.
    public func addToPolicy(_ statement: PolicyStatement) {
        policyStatements.append(statement)
    }

    public func addToPrincipalPolicy(_ statement: PolicyStatement) {
        addToPolicy(statement)
    }

    /// The default policy: child `DefaultPolicy`.
    public func policy(_ document: PolicyDocument, scope: ConstructScope) -> Construct {
        Policy("DefaultPolicy", statements: document.statements, roles: [self])
    }

    public override func prepare(_ scope: ConstructScope) {
        for statement in policyStatements { scope.addStatement(statement, to: self) }
        let trust = PolicyStatement(actions: [assumedBy.assumeRoleAction], principals: [assumedBy])
        var properties: JSONObject = ["AssumeRolePolicyDocument": PolicyDocument([trust]).json ?? [:]]
        if let roleDescription { properties["Description"] = .string(roleDescription) }
        if !managedPolicyArns.isEmpty { properties["ManagedPolicyArns"] = .array(managedPolicyArns) }
        if let roleName { properties["RoleName"] = .string(roleName) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard let roleName, !(1...64).contains(roleName.count)
            || !roleName.isAlphanumeric(allowing: "+=,.@_-")
        else { return [] }
        return [scope.error(
            "iam.role.name.invalid",
            "role name '\(roleName)' must be 1 to 64 letters, digits or '+=,.@_-'",
            hint: "shorten the name or remove the other characters")]
    }
}
