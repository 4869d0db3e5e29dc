/// A connection an API destination uses: how EventBridge authorizes its calls (an API
/// key, basic authentication or OAuth client credentials) and the parameters it adds
/// to every call.
///
/// Renders an `AWS::Events::Connection` (L1 child `Connection`, as in the CDK). Secrets
/// are rendered as the references a `SecretValue` holds, never fetched. Validated at
/// synthesis: names are 1–64 of `[.\-_A-Za-z0-9]`, descriptions at most 512 characters.
/// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateConnection.html
public final class Connection: Construct, ConnectionReference {
    public let resource: CfnResource
    public let authorization: Authorization
    public let connectionName: String?
    public let connectionDescription: String?
    public let headerParameters: KeyValuePairs<String, HttpParameter>
    public let queryStringParameters: KeyValuePairs<String, HttpParameter>
    public let bodyParameters: KeyValuePairs<String, HttpParameter>

    public init(
        _ id: String, authorization: Authorization, connectionName: String? = nil, description: String? = nil,
        headerParameters: KeyValuePairs<String, HttpParameter> = [:],
        queryStringParameters: KeyValuePairs<String, HttpParameter> = [:],
        bodyParameters: KeyValuePairs<String, HttpParameter> = [:]
    ) {
        self.authorization = authorization
        self.connectionName = connectionName
        self.connectionDescription = description
        self.headerParameters = headerParameters
        self.queryStringParameters = queryStringParameters
        self.bodyParameters = bodyParameters
        self.resource = CfnResource("Connection", type: "AWS::Events::Connection")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var connectionArn: JSONValue { resource.getAtt("Arn") }
    public var connectionNameValue: JSONValue { resource.ref }
    /// The ARN of the Secrets Manager secret EventBridge keeps the credentials in.
    public var connectionSecretArn: JSONValue { resource.getAtt("SecretArn") }

    /// A connection of another stack or app, by ARN; its name is what follows
    /// `connection/` (`<name>/<uuid>`), as the CDK takes it.
    public static func imported(_ id: String, arn: String, secretArn: String) -> ConnectionReference {
        ImportedConnection(id, arn: arn, secretArn: secretArn)
    }

    public override func prepare(_ scope: ConstructScope) {
        var authParameters = authorization.parameters
        if let invocation = HttpParameter.invocationParameters(body: bodyParameters, header: headerParameters, queryString: queryStringParameters) {
            authParameters["InvocationHttpParameters"] = invocation
        }
        var properties: JSONObject = ["AuthParameters": .object(authParameters.sortedByKey())]
        properties["AuthorizationType"] = .string(authorization.type)
        if let connectionDescription { properties["Description"] = .string(connectionDescription) }
        if let connectionName { properties["Name"] = .string(connectionName) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let connectionName, !Self.isValidName(connectionName) {
            found.append(scope.error("events.connection.name.invalid", "connection name '\(connectionName)' must be 1 to 64 letters, digits, '.', '-' or '_'",
                                     hint: "shorten the name or remove the other characters"))
        }
        if let connectionDescription, connectionDescription.count > 512 {
            found.append(scope.error("events.connection.description.tooLong", "connection description has \(connectionDescription.count) characters; EventBridge allows at most 512",
                                     hint: "shorten the description"))
        }
        if authorization.secrets.contains(where: \.isSSMSecure) {
            found.append(scope.error("events.connection.ssmSecureSecret", "connection '\(scope.path)' refers to an SSM SecureString parameter; CloudFormation resolves those only in a few resource types, not in AWS::Events::Connection",
                                     hint: "keep the secret in Secrets Manager and use SecretValue.secretsManager"))
        }
        if case let .oauth(endpoint, _, _, _, _, _, _) = authorization, !endpoint.hasPrefix("https://") || endpoint.count > 2048 {
            found.append(scope.error("events.connection.oauth.endpoint", "authorization endpoint '\(endpoint)' must be an HTTPS URL of at most 2048 characters",
                                     hint: "use the https:// URL of the OAuth token endpoint"))
        }
        return found
    }

    /// 1–64 of `[.\-_A-Za-z0-9]`: EventBridge's rule for connection and API destination names.
    static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.isAlphanumeric(allowing: ".-_")
    }

    /// How EventBridge authorizes the calls of a connection.
    public enum Authorization {
        /// An API key sent in the header `name`.
        case apiKey(name: String, value: SecretValue)
        /// Basic authentication.
        case basic(username: String, password: SecretValue)
        /// OAuth client credentials, fetched from `authorizationEndpoint`.
        case oauth(
            authorizationEndpoint: String, httpMethod: OAuthHttpMethod, clientID: String, clientSecret: SecretValue,
            headerParameters: KeyValuePairs<String, HttpParameter> = [:],
            queryStringParameters: KeyValuePairs<String, HttpParameter> = [:],
            bodyParameters: KeyValuePairs<String, HttpParameter> = [:])

        /// The secrets the authorization refers to.
        var secrets: [SecretValue] {
            switch self {
            case let .apiKey(_, value): return [value]
            case let .basic(_, password): return [password]
            case let .oauth(_, _, _, clientSecret, _, _, _): return [clientSecret]
            }
        }

        /// `AuthorizationType`.
        var type: String {
            switch self {
            case .apiKey: return "API_KEY"
            case .basic: return "BASIC"
            case .oauth: return "OAUTH_CLIENT_CREDENTIALS"
            }
        }

        /// `AuthParameters`, without the invocation parameters.
        var parameters: JSONObject {
            switch self {
            case let .apiKey(name, value):
                return ["ApiKeyAuthParameters": ["ApiKeyName": .string(name), "ApiKeyValue": value.value]]
            case let .basic(username, password):
                return ["BasicAuthParameters": ["Password": password.value, "Username": .string(username)]]
            case let .oauth(endpoint, method, clientID, clientSecret, header, query, body):
                var oauth: JSONObject = [
                    "AuthorizationEndpoint": .string(endpoint),
                    "ClientParameters": ["ClientID": .string(clientID), "ClientSecret": clientSecret.value],
                    "HttpMethod": .string(method.rawValue),
                ]
                // Rendered even when empty, as the CDK does.
                oauth["OAuthHttpParameters"] = HttpParameter.invocationParameters(body: body, header: header, queryString: query) ?? [:]
                return ["OAuthParameters": .object(oauth)]
            }
        }
    }

    /// The methods EventBridge can fetch an OAuth token with.
    public enum OAuthHttpMethod: String {
        case get = "GET", post = "POST", put = "PUT"
    }
}

/// A parameter a connection adds to each call: a plain value, or a secret EventBridge
/// keeps in its own secret.
public struct HttpParameter {
    public let value: JSONValue
    public let isSecret: Bool

    /// A value in plain sight.
    public static func string(_ value: String) -> HttpParameter {
        HttpParameter(value: .string(value), isSecret: false)
    }

    /// A secret value (`IsValueSecret`).
    public static func secret(_ value: SecretValue) -> HttpParameter {
        HttpParameter(value: value.value, isSecret: true)
    }

    /// `{BodyParameters?, HeaderParameters?, QueryStringParameters?}`, each a list in the
    /// order written; `nil` when all three are empty, as the CDK renders it.
    static func invocationParameters(
        body: KeyValuePairs<String, HttpParameter>, header: KeyValuePairs<String, HttpParameter>, queryString: KeyValuePairs<String, HttpParameter>
    ) -> JSONValue? {
        var result = JSONObject()
        func list(_ parameters: KeyValuePairs<String, HttpParameter>) -> JSONValue? {
            guard !parameters.isEmpty else { return nil }
            return .array(parameters.map { key, parameter in
                ["IsValueSecret": .bool(parameter.isSecret), "Key": .string(key), "Value": parameter.value]
            })
        }
        result["BodyParameters"] = list(body)
        result["HeaderParameters"] = list(header)
        result["QueryStringParameters"] = list(queryString)
        return result.isEmpty ? nil : .object(result)
    }
}

/// A connection: one of this app's, or one imported by ARN.
public protocol ConnectionReference {
    var connectionArn: JSONValue { get }
    var connectionSecretArn: JSONValue { get }
}

/// A connection that is not declared in this app. Placing it in a stack gives it a
/// path; it renders nothing.
final class ImportedConnection: Construct, ConnectionReference {
    let connectionArn: JSONValue
    let connectionSecretArn: JSONValue

    init(_ id: String, arn: String, secretArn: String) {
        connectionArn = .string(arn)
        connectionSecretArn = .string(secretArn)
        super.init(id)
    }
}
