/// Calls an API destination with a rule's events, with a role EventBridge assumes:
/// `eventRole`, or the destination's `EventsRole`, shared by every rule that targets it,
/// granted `events:InvokeApiDestination` on the destination. (The CDK calls this target
/// `ApiDestination`; the name is taken here by the destination construct.)
///
/// `HttpParameters` is rendered only when header, path or query-string parameters are
/// given. Header and query-string values may be JSON paths into the event.
public struct ApiDestinationTarget: RuleTarget {
    public let destination: ApiDestinationReference
    public let event: RuleTargetInput?
    public let eventRole: Role?
    public let headerParameters: KeyValuePairs<String, String>
    /// Values for the `*` wildcards of the destination's endpoint, in order.
    public let pathParameterValues: [String]
    public let queryStringParameters: KeyValuePairs<String, String>
    public let options: TargetOptions

    public init(
        _ destination: ApiDestinationReference, event: RuleTargetInput? = nil, eventRole: Role? = nil,
        headerParameters: KeyValuePairs<String, String> = [:], pathParameterValues: [String] = [],
        queryStringParameters: KeyValuePairs<String, String> = [:],
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.destination = destination
        self.event = event
        self.eventRole = eventRole
        self.headerParameters = headerParameters
        self.pathParameterValues = pathParameterValues
        self.queryStringParameters = queryStringParameters
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        var parameters = JSONObject()
        let http = HttpParameters(header: headerParameters, pathValues: pathParameterValues, queryString: queryStringParameters)
        if !http.isEmpty { parameters["HttpParameters"] = http.json }
        let arn = destination.apiDestinationArn
        guard let role = eventRole ?? scope.eventsRole(under: destination) ?? scope.eventsRole(under: rule) else {
            return RuleTargetConfig(arn: arn, input: event, options: options, parameters: parameters)
        }
        scope.addStatement(PolicyStatement(actions: ["events:InvokeApiDestination"], resources: [arn]), to: role)
        return RuleTargetConfig(arn: arn, roleArn: role.roleArn, input: event, options: options, parameters: parameters)
    }

    public func validate(at path: String) -> [Diagnostic] {
        options.diagnostics(at: path) + (event?.diagnostics(at: path) ?? [])
    }
}

/// A target's `HttpParameters`: headers, path wildcard values and query-string
/// parameters, each rendered only when given.
struct HttpParameters {
    let header: KeyValuePairs<String, String>
    let pathValues: [String]
    let queryString: KeyValuePairs<String, String>

    var isEmpty: Bool { header.isEmpty && pathValues.isEmpty && queryString.isEmpty }

    var json: JSONValue {
        var result = JSONObject()
        if !header.isEmpty { result["HeaderParameters"] = .object(JSONObject(header.map { ($0.key, JSONValue.string($0.value)) })) }
        if !pathValues.isEmpty { result["PathParameterValues"] = .array(pathValues.map(JSONValue.string)) }
        if !queryString.isEmpty { result["QueryStringParameters"] = .object(JSONObject(queryString.map { ($0.key, JSONValue.string($0.value)) })) }
        return .object(result)
    }
}
