/// Calls a method of a REST API with a rule's events, with a role EventBridge assumes:
/// `eventRole`, or the API's `EventsRole`, shared by every rule that targets it, granted
/// `execute-api:Invoke` and `execute-api:ManageConnections` on
/// `arn:…:execute-api:<region>:<account>:<api>/<stage>/<method><path>`, the target's ARN.
///
/// `method` defaults to every method (`*`, also for `ANY`), `path` to `/`, `stage` to the
/// API's deployment stage (an imported API needs one). Each `*` of `path` takes one of
/// `pathParameterValues`, in order. `HttpParameters` is always rendered, as the CDK does.
public struct ApiGateway: RuleTarget {
    public let api: RestApiReference
    public let method: String?
    public let path: String?
    public let stage: String?
    public let headerParameters: KeyValuePairs<String, String>
    public let pathParameterValues: [String]
    public let queryStringParameters: KeyValuePairs<String, String>
    /// The request body, instead of the whole event.
    public let postBody: RuleTargetInput?
    public let eventRole: Role?
    public let options: TargetOptions

    public init(
        _ api: RestApiReference, method: String? = nil, path: String? = nil, stage: String? = nil,
        headerParameters: KeyValuePairs<String, String> = [:], pathParameterValues: [String] = [],
        queryStringParameters: KeyValuePairs<String, String> = [:], postBody: RuleTargetInput? = nil, eventRole: Role? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.api = api
        self.method = method
        self.path = path
        self.stage = stage
        self.headerParameters = headerParameters
        self.pathParameterValues = pathParameterValues
        self.queryStringParameters = queryStringParameters
        self.postBody = postBody
        self.eventRole = eventRole
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    /// The methods a target may call: API Gateway's, `ANY` and `*`.
    static let allowedMethods = ApiMethod.allowedMethods + ["*"]

    /// The execute-api ARN of the method, as the CDK's `arnForExecuteApi` builds it.
    var arn: JSONValue {
        let methodPart = method.map { $0.uppercased() == "ANY" ? "*" : $0 } ?? "*"
        let stagePart: JSONValue = stage.map(JSONValue.string) ?? api.deploymentStageName ?? "*"
        return StackValue.arn(service: "execute-api", resource: .join("", [
            api.restApiID, "/", stagePart, .string("/" + methodPart + (path ?? "/")),
        ]))
    }

    public var targetResource: Construct? { api }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        let parameters: JSONObject = ["HttpParameters": HttpParameters(
            header: headerParameters, pathValues: pathParameterValues, queryString: queryStringParameters).json]
        guard let role = eventRole ?? scope.eventsRole(under: api) ?? scope.eventsRole(under: rule) else {
            return RuleTargetConfig(arn: arn, input: postBody, options: options, parameters: parameters)
        }
        scope.addStatement(PolicyStatement(actions: ["execute-api:Invoke", "execute-api:ManageConnections"], resources: [arn]), to: role)
        return RuleTargetConfig(arn: arn, roleArn: role.roleArn, input: postBody, options: options, parameters: parameters)
    }

    public func validate(at rulePath: String) -> [Diagnostic] {
        var found = options.diagnostics(at: rulePath) + (postBody?.diagnostics(at: rulePath) ?? [])
        func error(_ code: String, _ message: String, hint: String) {
            found.append(Diagnostic(.error, code: "events.target.apiGateway." + code, path: rulePath, message: message, hint: hint))
        }
        let wildcards = (path ?? "").filter { $0 == "*" }.count
        if wildcards != pathParameterValues.count {
            let values = pathParameterValues.count == 1 ? "1 path parameter value is" : "\(pathParameterValues.count) path parameter values are"
            error("pathWildcards", "path '\(path ?? "/")' has \(wildcards) wildcard\(wildcards == 1 ? "" : "s") but \(values) given",
                  hint: "give one value in 'pathParameterValues' for each '*' of the path")
        }
        if let path, !path.hasPrefix("/") {
            error("path", "path '\(path)' must begin with '/'", hint: "write the path from the API's root, such as '/orders/*'")
        }
        if let method, !Self.allowedMethods.contains(method.uppercased()) {
            error("method", "HTTP method '\(method)' is not one API Gateway accepts",
                  hint: "use one of \(Self.allowedMethods.joined(separator: ", "))")
        } else if let method, method != method.uppercased() {
            found.append(Diagnostic(
                .warning, code: "events.target.apiGateway.methodCase", path: rulePath,
                message: "HTTP method '\(method)' is not upper case; the ARN the role is granted uses it as written",
                hint: "write the method in upper case, such as '\(method.uppercased())'"))
        }
        if stage == nil, api.deploymentStageName == nil {
            error("stage", "imported REST API '\(api.id)' has no deployment stage known to this app",
                  hint: "give the ApiGateway target the 'stage' to call")
        }
        return found
    }
}
