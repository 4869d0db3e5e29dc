/// Renders an `AWS::ApiGateway::Resource`: a path segment of a `RestApi`, under the
/// root or under another resource, with its own resources and methods in its builder.
///
/// Its construct ID is its path part, as in the CDK's `addResource`. A path part is
/// letters, digits, `.`, `_` and `-`, or a parameter such as `{id}` or `{proxy+}`.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-resource.html
public final class ApiResource: Construct {
    public let resource: CfnResource
    public let pathPart: String
    let declaredContent: [Construct]
    /// The API this resource was found in when it prepared.
    weak var api: RestApi?

    public init(_ pathPart: String, @ConstructBuilder content: () -> [Construct] = { [] }) {
        self.pathPart = pathPart
        self.resource = CfnResource("Resource", type: "AWS::ApiGateway::Resource")
        let content = content()
        self.declaredContent = content
        super.init(pathPart, declaredChildren: content)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var resourceID: JSONValue { resource.ref }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !Self.isValidPathPart(pathPart) {
            found.append(scope.error("apigateway.resource.pathPart", "path part '\(pathPart)' must be letters, digits, '.', '_' or '-', or a parameter such as '{id}' or '{proxy+}'",
                                     hint: "declare one path segment per ApiResource, without '/'"))
        }
        if api == nil {
            found.append(scope.error("apigateway.resource.outsideApi", "resource '\(scope.path)' is not declared inside a RestApi",
                                     hint: "declare it in a RestApi's builder or inside another ApiResource"))
        }
        return found
    }

    /// `^[a-zA-Z0-9._-]+$` or `^{[a-zA-Z0-9._-]+\+?}$`, the CDK's rule.
    static func isValidPathPart(_ part: String) -> Bool {
        var name = Substring(part)
        if name.hasPrefix("{"), name.hasSuffix("}") {
            name = name.dropFirst().dropLast()
            if name.hasSuffix("+") { name = name.dropLast() }
        }
        return !name.isEmpty && String(name).isAlphanumeric(allowing: "._-")
    }
}
