/// Renders an `AWS::Lambda::Function` with inline code, and its execution role (child
/// `ServiceRole`, with `AWSLambdaBasicExecutionRole`) unless a role is given, as the
/// CDK's `Function` with `Code.fromInline` does. The function depends on its role.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html
public final class Function: Construct, Grantable {
    public let resource: CfnResource
    public let runtime: String
    public let handler: String
    public let inlineCode: String
    public let role: Role
    public let functionName: String?
    public let timeoutSeconds: Int?
    public let memorySize: Int?
    private let ownsRole: Bool

    /// - Parameters:
    ///   - runtime: a Lambda runtime identifier, such as `python3.12` or `nodejs20.x`.
    ///   - inlineCode: the handler's source, at most 4 KB (`Code.ZipFile`).
    public init(
        _ id: String, runtime: String, handler: String, inlineCode: String, role: Role? = nil,
        functionName: String? = nil, timeoutSeconds: Int? = nil, memorySize: Int? = nil
    ) {
        self.runtime = runtime
        self.handler = handler
        self.inlineCode = inlineCode
        self.functionName = functionName
        self.timeoutSeconds = timeoutSeconds
        self.memorySize = memorySize
        self.ownsRole = role == nil
        self.role = role ?? Role(
            "ServiceRole", assumedBy: .service("lambda.amazonaws.com"),
            managedPolicyArns: [Role.awsManagedPolicyArn("service-role/AWSLambdaBasicExecutionRole")])
        self.resource = CfnResource("Resource", type: "AWS::Lambda::Function")
        super.init(id)
        resource.addDependency(self.role)
    }

    public override var children: [Construct] { (ownsRole ? [role] : []) + [resource] + super.children }

    public var functionArn: JSONValue { resource.getAtt("Arn") }

    /// Grants go to the function's role.
    public func addToPrincipalPolicy(_ statement: PolicyStatement) {
        role.addToPolicy(statement)
    }
    public var functionNameValue: JSONValue { resource.ref }

    public override func prepare(_ scope: ConstructScope) {
        var properties: JSONObject = ["Code": ["ZipFile": .string(inlineCode)]]
        if let functionName { properties["FunctionName"] = .string(functionName) }
        properties["Handler"] = .string(handler)
        if let memorySize { properties["MemorySize"] = .integer(memorySize) }
        properties["Role"] = role.roleArn
        properties["Runtime"] = .string(runtime)
        if let timeoutSeconds { properties["Timeout"] = .integer(timeoutSeconds) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if inlineCode.utf8.count > 4096 {
            found.append(scope.error("lambda.function.inlineCodeTooLarge", "inline code of '\(scope.path)' has \(inlineCode.utf8.count) bytes; Lambda allows at most 4096",
                  hint: "shorten the code"))
        }
        if let timeoutSeconds, !(1...900).contains(timeoutSeconds) {
            found.append(scope.error("lambda.function.timeout", "timeout of \(timeoutSeconds) seconds is out of range; Lambda allows 1 to 900", hint: "use 1 to 900 seconds"))
        }
        if let memorySize, !(128...10_240).contains(memorySize) {
            found.append(scope.error("lambda.function.memorySize", "memory size of \(memorySize) MB is out of range; Lambda allows 128 to 10240", hint: "use 128 to 10240 MB"))
        }
        return found
    }
}

extension Function: CrossEnvironmentNamed {
    public var physicalNameProperty: String { "FunctionName" }

    public func crossEnvironmentValue(of attribute: Reference.Attribute, name: String, account: String, region: String) -> JSONValue? {
        switch attribute {
        case .ref: return .string(name)
        case .getAtt("Arn"): return arn(service: "lambda", region: region, account: account, resource: "function:" + name)
        default: return nil
        }
    }
}
