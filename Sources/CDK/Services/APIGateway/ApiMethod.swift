/// Renders an `AWS::ApiGateway::Method` without authorization, as the CDK's
/// `addMethod(httpMethod, integration)` renders it, on the resource it is declared in (or
/// the API's root): a Lambda proxy integration when a function is given, with the two
/// `AWS::Lambda::Permission`s the CDK's `LambdaIntegration` adds (the deployment stage
/// and the console's test stage), else a mock integration. Its construct ID is the
/// method, upper-cased.
///
/// The method is one of `ANY`, `OPTIONS`, `GET`, `PUT`, `POST`, `DELETE`, `PATCH`, `HEAD`.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html
public final class ApiMethod: Construct {
    public let resource: CfnResource
    public let httpMethod: String
    /// The API this method was found in when it prepared.
    weak var api: RestApi?

    /// The methods API Gateway accepts.
    public static let allowedMethods = ["ANY", "OPTIONS", "GET", "PUT", "POST", "DELETE", "PATCH", "HEAD"]

    /// The function a Lambda proxy integration calls.
    public let function: Function?

    public init(_ httpMethod: String, function: Function? = nil) {
        self.httpMethod = httpMethod.uppercased()
        self.function = function
        self.resource = CfnResource("Resource", type: "AWS::ApiGateway::Method")
        super.init(httpMethod.uppercased())
    }

    public override var children: [Construct] { [resource] + super.children }

    public var methodID: JSONValue { resource.ref }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !Self.allowedMethods.contains(httpMethod) {
            found.append(scope.error("apigateway.method.invalid", "HTTP method '\(httpMethod)' is not one API Gateway accepts",
                                     hint: "use one of \(Self.allowedMethods.joined(separator: ", "))"))
        }
        if api == nil {
            found.append(scope.error("apigateway.method.outsideApi", "method '\(scope.path)' is not declared inside a RestApi",
                                     hint: "declare it in a RestApi's builder or inside an ApiResource"))
        }
        return found
    }
}
