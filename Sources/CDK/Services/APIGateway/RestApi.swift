/// Renders an API Gateway REST API as the CDK's `apigateway.RestApi` renders it: the
/// `AWS::ApiGateway::RestApi`, its deployment and its stage (`prod` by default), the
/// account-wide CloudWatch role and `AWS::ApiGateway::Account` (kept on deletion), and
/// the `Endpoint` output. The resources and methods are declared in its builder:
///
/// ```swift
/// RestApi("Api") {
///     ApiMethod("GET")
///     ApiResource("orders") {
///         ApiMethod("POST")
///     }
/// }
/// ```
///
/// The deployment's logical ID ends with the MD5 of the API's resources, methods and
/// properties, computed as the CDK computes it, so a change to the API makes a new
/// deployment. An API needs at least one method.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-restapi.html
public final class RestApi: Construct, RestApiReference {
    public let resource: CfnResource
    public let restApiName: String?
    public let apiDescription: String?
    public let stageName: String
    /// The role API Gateway logs to CloudWatch with, for the whole account and region.
    public let cloudWatchRole: Role?
    private let account: CfnResource?
    private let deployment: CfnResource
    private let stage: CfnResource
    private let endpoint: CfnOutput
    /// The root resource `/` (construct ID `Default`), holding the declared resources and
    /// methods.
    private let root: Construct
    private let deploymentGroup: Construct
    private let stageGroup: Construct

    public init(
        _ id: String, restApiName: String? = nil, description: String? = nil, stageName: String = "prod", cloudWatchRole: Bool = true,
        @ConstructBuilder content: () -> [Construct]
    ) {
        self.restApiName = restApiName
        self.apiDescription = description
        self.stageName = stageName
        let resource = CfnResource("Resource", type: "AWS::ApiGateway::RestApi")
        self.resource = resource
        if cloudWatchRole {
            let role = Role(
                "CloudWatchRole", assumedBy: .service("apigateway.amazonaws.com"),
                managedPolicyArns: [Role.awsManagedPolicyArn("service-role/AmazonAPIGatewayPushToCloudWatchLogs")])
            role.resource.deletionPolicy = .retain
            role.resource.updateReplacePolicy = .retain
            self.cloudWatchRole = role
            self.account = CfnResource(
                "Account", type: "AWS::ApiGateway::Account", properties: ["CloudWatchRoleArn": role.roleArn],
                dependsOn: [resource], deletionPolicy: .retain, updateReplacePolicy: .retain)
        } else {
            self.cloudWatchRole = nil
            self.account = nil
        }
        let deployment = CfnResource("Resource", type: "AWS::ApiGateway::Deployment", metadata: ["aws:cdk:do-not-refactor": true])
        self.deployment = deployment
        self.stage = CfnResource("Resource", type: "AWS::ApiGateway::Stage", dependsOn: account.map { [$0] } ?? [])
        self.endpoint = CfnOutput("Endpoint", value: .join("", [
            "https://", resource.ref, ".execute-api.", StackValue.region.value, ".", StackValue.urlSuffix.value, "/", stage.ref, "/",
        ]))
        self.root = Construct("Default", declaredChildren: content())
        self.deploymentGroup = Construct("Deployment", declaredChildren: [deployment])
        self.stageGroup = Construct("DeploymentStage." + stageName, declaredChildren: [stage])
        super.init(id)
    }

    public override var children: [Construct] {
        var children: [Construct] = [resource]
        if let cloudWatchRole, let account { children += [cloudWatchRole, account] }
        return children + [deploymentGroup, stageGroup, endpoint, root] + super.children
    }

    public var restApiID: JSONValue { resource.ref }
    public var rootResourceID: JSONValue { resource.getAtt("RootResourceId") }
    /// The stage's name (its `Ref`), what the CDK's `deploymentStage.stageName` gives.
    public var deploymentStageName: JSONValue? { stage.ref }
    /// `https://<api>.execute-api.<region>.<suffix>/<stage>/`.
    public var url: JSONValue { endpoint.value }

    /// An API of another stack or app, by ID. A target needs its stage named. Place it
    /// in a stack to hold the role rules use to call it.
    public static func imported(_ id: String, restApiID: String) -> RestApiReference {
        ImportedRestApi(id, restApiID: restApiID)
    }

    /// An API by ARN (`arn:<partition>:apigateway:<region>::/restapis/<id>`).
    public static func imported(_ id: String, arn: String) -> RestApiReference {
        let apiID = arn.firstRange(of: "/restapis/").map { String(arn[$0.upperBound...].prefix { $0 != "/" }) } ?? arn
        return ImportedRestApi(id, restApiID: apiID)
    }

    /// The declared resources and methods, parents before children, in declaration order:
    /// the order the CDK creates them in for the same declarations.
    private var declaredNodes: [(node: Construct, parent: ApiResource?)] {
        var result: [(Construct, ApiResource?)] = []
        func visit(_ constructs: [Construct], parent: ApiResource?) {
            for construct in constructs {
                if let method = construct as? ApiMethod {
                    result.append((method, parent))
                } else if let child = construct as? ApiResource {
                    result.append((child, parent))
                    visit(child.declaredContent, parent: child)
                }
            }
        }
        visit(root.children, parent: nil)
        return result
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties = JSONObject()
        if let apiDescription { properties["Description"] = .string(apiDescription) }
        properties["Name"] = .string(restApiName ?? id)
        resource.properties = properties

        // The logical IDs the CDK's hash sees, from the stack-relative paths.
        let base = Array(scope.pathComponents.dropFirst())
        func logicalID(_ components: [String]) -> String { UniqueID.logicalID(base + components) ?? "" }
        let apiLogicalID = logicalID(["Resource"])
        var paths: [ObjectIdentifier: [String]] = [:]
        var hashInput = ""
        for (node, parent) in declaredNodes {
            (node as? ApiMethod)?.api = self
            (node as? ApiResource)?.api = self
            let path = (parent.flatMap { paths[ObjectIdentifier($0)] } ?? ["Default"]) + [node.id]
            paths[ObjectIdentifier(node)] = path
            let parentID: JSONValue = parent.map { $0.resource.ref } ?? rootResourceID
            let parentHashID: JSONValue = parent.map { _ in .ref(logicalID(Array(path.dropLast()) + ["Resource"])) } ?? .getAtt(apiLogicalID, "RootResourceId")
            if let method = node as? ApiMethod {
                var integration: JSONValue = ["Type": "MOCK"]
                var hashIntegration: JSONValue = ["type": "MOCK"]
                if let function = method.function {
                    let uri = Self.lambdaURI(region: StackValue.region.value, functionArn: function.functionArn)
                    integration = ["IntegrationHttpMethod": "POST", "Type": "AWS_PROXY", "Uri": uri]
                    let functionArn: JSONValue = .getAtt(scope.logicalID(of: function.resource) ?? "", "Arn")
                    let region: JSONValue = scope.environment.region.map(JSONValue.string) ?? .pseudo(.region)
                    hashIntegration = [
                        "type": "AWS_PROXY", "uri": Self.lambdaURI(partition: .pseudo(.partition), region: region, functionArn: functionArn).simplifyingJoins(),
                        "integrationHttpMethod": "POST",
                    ]
                    addPermissions(for: method, function: function, resourcePath: path.dropFirst().dropLast(), scope: scope)
                }
                method.resource.properties = [
                    "AuthorizationType": "NONE", "HttpMethod": .string(method.httpMethod), "Integration": integration,
                    "ResourceId": parentID, "RestApiId": restApiID,
                ]
                hashInput += JSONWriter(indent: 0).render(["method": [
                    "resourceId": parentHashID, "restApiId": .ref(apiLogicalID), "httpMethod": .string(method.httpMethod),
                    "authorizationType": "NONE", "integration": hashIntegration,
                ]])
            } else if let child = node as? ApiResource {
                child.resource.properties = ["ParentId": parentID, "PathPart": .string(child.pathPart), "RestApiId": restApiID]
                hashInput += JSONWriter(indent: 0).render(["resource": [
                    "restApiId": .ref(apiLogicalID), "parentId": parentHashID, "pathPart": .string(child.pathPart),
                ]])
            }
            if let method = node as? ApiMethod { deployment.addDependency(method.resource) }
            if let child = node as? ApiResource { deployment.addDependency(child.resource) }
        }
        hashInput += JSONWriter(indent: 0).render(["Resources": [apiLogicalID: ["Type": "AWS::ApiGateway::RestApi", "Properties": .object(properties)]]])
        deployment.overrideLogicalID(logicalID(["Deployment", "Resource"]) + MD5.hex(hashInput))
        deployment.properties = [
            "Description": .string(apiDescription ?? "Automatically created by the RestApi construct"),
            "RestApiId": restApiID,
        ]
        stage.properties = ["DeploymentId": deployment.ref, "RestApiId": restApiID, "StageName": .string(stageName)]
    }

    /// `arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function>/invocations`.
    static func lambdaURI(partition: JSONValue = StackValue.partition.value, region: JSONValue, functionArn: JSONValue) -> JSONValue {
        .join("", ["arn:", partition, ":apigateway:", region, ":lambda:path/2015-03-31/functions/", functionArn, "/invocations"])
    }

    /// The permissions the CDK's `LambdaIntegration` gives API Gateway to call the
    /// function: from the deployment stage and from the console's test stage, children of
    /// the method named after the API, the method and the resource path.
    private func addPermissions(for method: ApiMethod, function: Function, resourcePath: ArraySlice<String>, scope: ConstructScope) {
        let path = "/" + resourcePath.joined(separator: "/")
        let description = scope.uniqueID + "." + method.httpMethod + "." + path.replacing("/", with: ".")
        // Path parameters become wildcards in the ARN, as in the CDK's `methodArn`.
        let arnPath = resourcePath.map { $0.hasPrefix("{") ? "*" : $0 }
        let methodPart = method.httpMethod == "ANY" ? "*" : method.httpMethod
        let suffix: JSONValue = .string("/" + methodPart + "/" + arnPath.joined(separator: "/"))
        for (id, stagePart) in [("ApiPermission." + description, stage.ref), ("ApiPermission.Test." + description, "test-invoke-stage")] {
            scope.addGenerated(CfnResource(id, type: "AWS::Lambda::Permission", properties: [
                "Action": "lambda:InvokeFunction",
                "FunctionName": function.functionArn,
                "Principal": "apigateway.amazonaws.com",
                "SourceArn": StackValue.arn(service: "execute-api", resource: .join("", [restApiID, "/", stagePart, suffix])),
            ]), under: method)
        }
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !declaredNodes.contains(where: { $0.node is ApiMethod }) {
            found.append(scope.error("apigateway.restApi.noMethods", "REST API '\(scope.path)' has no methods; API Gateway cannot deploy it",
                                     hint: "declare an 'ApiMethod' in the API's builder"))
        }
        if stageName.isEmpty || stageName.count > 128 || !stageName.isAlphanumeric(allowing: "-_") {
            found.append(scope.error("apigateway.restApi.stageName", "stage name '\(stageName)' must be 1 to 128 letters, digits, '-' or '_'",
                                     hint: "use a name such as 'prod'"))
        }
        for construct in root.children where !(construct is ApiMethod || construct is ApiResource) {
            found.append(scope.error("apigateway.restApi.content", "'\(construct.id)' in REST API '\(scope.path)' is neither an ApiResource nor an ApiMethod",
                                     hint: "declare only resources and methods in the API's builder"))
        }
        return found
    }
}

/// A REST API: one of this app's, or one imported by ID. A construct, so the role rules
/// use to call it has a place.
public protocol RestApiReference: Construct {
    var restApiID: JSONValue { get }
    /// The name of the stage targets call by default; `nil` for an imported API.
    var deploymentStageName: JSONValue? { get }
}

/// A REST API not declared in this app; it renders nothing.
final class ImportedRestApi: Construct, RestApiReference {
    let restApiID: JSONValue
    var deploymentStageName: JSONValue? { nil }

    init(_ id: String, restApiID: String) {
        self.restApiID = .string(restApiID)
        super.init(id)
    }
}
