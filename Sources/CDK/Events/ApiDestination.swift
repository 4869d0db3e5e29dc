/// An HTTPS endpoint a rule can send events to, called through a `Connection`.
///
/// Renders an `AWS::Events::ApiDestination` (L1 child `ApiDestination`, as in the CDK),
/// `POST` unless another method is given. Validated at synthesis: the endpoint is an
/// HTTPS URL of at most 2048 characters, the rate limit at least 1 per second, the name
/// 1–64 of `[.\-_A-Za-z0-9]`, the description at most 512 characters.
/// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateApiDestination.html
public final class ApiDestination: Construct, ApiDestinationReference {
    public let resource: CfnResource
    public let connection: ConnectionReference
    public let endpoint: String
    public let httpMethod: HttpMethod
    public let apiDestinationName: String?
    public let destinationDescription: String?
    public let rateLimitPerSecond: Int?

    public init(
        _ id: String, connection: ConnectionReference, endpoint: String, httpMethod: HttpMethod = .post,
        apiDestinationName: String? = nil, description: String? = nil, rateLimitPerSecond: Int? = nil
    ) {
        self.connection = connection
        self.endpoint = endpoint
        self.httpMethod = httpMethod
        self.apiDestinationName = apiDestinationName
        self.destinationDescription = description
        self.rateLimitPerSecond = rateLimitPerSecond
        self.resource = CfnResource("ApiDestination", type: "AWS::Events::ApiDestination")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var apiDestinationArn: JSONValue { resource.getAtt("Arn") }
    public var apiDestinationNameValue: JSONValue { resource.ref }
    /// The ARN without the destination's UUID, for resource policies.
    public var apiDestinationArnForPolicy: JSONValue { resource.getAtt("ArnForPolicy") }

    /// An API destination of another stack or app, by ARN. Place it in a stack to hold
    /// the role rules use to call it, as the CDK's `fromApiDestinationAttributes` does.
    public static func imported(_ id: String, arn: String, connection: ConnectionReference) -> ApiDestinationReference {
        ImportedApiDestination(id, arn: arn)
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties: JSONObject = ["ConnectionArn": connection.connectionArn]
        if let destinationDescription { properties["Description"] = .string(destinationDescription) }
        properties["HttpMethod"] = .string(httpMethod.rawValue)
        properties["InvocationEndpoint"] = .string(endpoint)
        if let rateLimitPerSecond { properties["InvocationRateLimitPerSecond"] = .integer(rateLimitPerSecond) }
        if let apiDestinationName { properties["Name"] = .string(apiDestinationName) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !endpoint.hasPrefix("https://") || endpoint.count > 2048 {
            found.append(scope.error("events.apiDestination.endpoint", "endpoint '\(endpoint)' must be an HTTPS URL of at most 2048 characters",
                                     hint: "EventBridge calls API destinations over HTTPS only"))
        }
        if let rateLimitPerSecond, rateLimitPerSecond < 1 {
            found.append(scope.error("events.apiDestination.rateLimit", "rate limit of \(rateLimitPerSecond) invocations per second must be at least 1",
                                     hint: "use a positive rate, or leave it out for EventBridge's default"))
        }
        if let apiDestinationName, !Connection.isValidName(apiDestinationName) {
            found.append(scope.error("events.apiDestination.name.invalid", "API destination name '\(apiDestinationName)' must be 1 to 64 letters, digits, '.', '-' or '_'",
                                     hint: "shorten the name or remove the other characters"))
        }
        if let destinationDescription, destinationDescription.count > 512 {
            found.append(scope.error("events.apiDestination.description.tooLong", "API destination description has \(destinationDescription.count) characters; EventBridge allows at most 512",
                                     hint: "shorten the description"))
        }
        return found
    }

    /// The methods an API destination can call its endpoint with.
    public enum HttpMethod: String {
        case post = "POST", get = "GET", head = "HEAD", options = "OPTIONS", put = "PUT", patch = "PATCH", delete = "DELETE"
    }
}

/// An API destination: one of this app's, or one imported by ARN. A construct, so the
/// role rules use to call it has a place.
public protocol ApiDestinationReference: Construct {
    var apiDestinationArn: JSONValue { get }
}

/// An API destination not declared in this app; it renders nothing.
final class ImportedApiDestination: Construct, ApiDestinationReference {
    let apiDestinationArn: JSONValue

    init(_ id: String, arn: String) {
        apiDestinationArn = .string(arn)
        super.init(id)
    }
}
