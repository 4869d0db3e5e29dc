/// Calls an AWS API action with a rule's events, as the CDK's `AwsApi` target does: the
/// rule invokes a handler function shared by the whole stack (a `SingletonFunction`,
/// UUID `b4cf1abd-4e4f-4bc6-9944-1af7ccd9ec37`, purpose `AWS`, 60 s, 256 MB), with
/// `Input` the JSON of `{service, action, parameters, catchErrorPattern, apiVersion}`,
/// allowed by an `AWS::Lambda::Permission` under the rule (id `AllowEventRule<unique ID
/// of the rule's '<rule><target>Handler'>`). The handler's role gets `policyStatement`,
/// or `<IAM prefix of the service>:<action, first letter upper-cased>` on `*`.
///
/// The handler is inline code (`AwsApi.handlerCode`) calling the AWS SDK for JavaScript
/// v3 that the Lambda Node.js runtime bundles, where the CDK ships a bundled asset.
///
/// ```swift
/// Rule("Nightly", schedule: .cron(minute: "0", hour: "2")) {
///     AwsApi(service: "ECS", action: "updateService",
///            parameters: ["cluster": "main", "service": "web", "forceNewDeployment": true])
/// }
/// ```
public struct AwsApi: RuleTarget {
    /// The service: its v3 client name (`ecs`, `cloudwatch-logs`, any case), its package
    /// (`@aws-sdk/client-ecs`) or its v2 name (`CloudWatchLogs`).
    public let service: String
    /// The action, as a v3 command without `Command` or a v2 method (`updateService`).
    public let action: String
    /// The action's input.
    public let parameters: JSONValue?
    /// A regular expression (JavaScript) matching the names of errors to ignore.
    public let catchErrorPattern: String?
    /// Passed on in the input; the v3 SDK ignores it, as the CDK's handler does.
    public let apiVersion: String?
    /// The handler role's statement instead of the derived one.
    public let policyStatement: PolicyStatement?

    public init(
        service: String, action: String, parameters: JSONValue? = nil, catchErrorPattern: String? = nil,
        apiVersion: String? = nil, policyStatement: PolicyStatement? = nil
    ) {
        self.service = service
        self.action = action
        self.parameters = parameters
        self.catchErrorPattern = catchErrorPattern
        self.apiVersion = apiVersion
        self.policyStatement = policyStatement
    }

    /// The UUID of the CDK's AWS API handler, shared by every `AwsApi` target of a stack.
    public static let handlerUUID = "b4cf1abd-4e4f-4bc6-9944-1af7ccd9ec37"

    /// The runtime the CDK 2.275.0 gives its handlers (`determineLatestNodeRuntime`).
    public static let runtime = "nodejs24.x"

    /// The handler: loads the service's v3 client from the runtime, finds the command
    /// case-insensitively, sends it, and ignores errors whose name matches
    /// `catchErrorPattern`.
    public static let handlerCode = """
        exports.handler = async (event) => {
          console.log('Event: %j', event);
          const service = event.service.toLowerCase().replace(/^@aws-sdk\\/client-/, '');
          const name = event.action.charAt(0).toUpperCase() + event.action.slice(1);
          try {
            const sdk = require('@aws-sdk/client-' + service);
            const keys = Object.keys(sdk);
            const client = keys.find((k) => /^[A-Z]\\w*Client$/.test(k));
            const command = [name + 'Command', name]
              .map((c) => keys.find((k) => k.endsWith('Command') && k.toLowerCase() === c.toLowerCase()))
              .find(Boolean);
            if (!client || !command) throw new Error(`no ${client ? name + 'Command' : 'client'} in @aws-sdk/client-${service}`);
            const response = await new sdk[client]({}).send(new sdk[command](event.parameters ?? {}));
            delete response.$metadata;
            console.log('Response: %j', response);
          } catch (error) {
            console.log(error);
            if (!event.catchErrorPattern || !new RegExp(event.catchErrorPattern).test(error.name)) throw error;
          }
        };
        """

    /// The service name the handler loads: the v3 name when the user wrote a v2 name
    /// that differs from it, otherwise as written.
    var inputServiceName: String {
        let v3 = AwsSdkServices.v3Name(of: service)
        let written = service.lowercased().replacing("@aws-sdk/client-", with: "")
        return v3 == written ? service : v3
    }

    /// `<IAM prefix>:<Action>`, as the CDK derives it.
    var iamAction: String {
        let prefix = AwsSdkServices.iamPrefix(of: AwsSdkServices.v3Name(of: service))
        return prefix + ":" + action.prefix(1).uppercased() + action.dropFirst()
    }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        let handler = SingletonFunction(
            rule.id + id + "Handler", uuid: Self.handlerUUID, lambdaPurpose: "AWS", runtime: Self.runtime,
            handler: "index.handler", inlineCode: Self.handlerCode, timeoutSeconds: 60, memorySize: 256)
        scope.addGenerated(handler, under: rule)
        if let policyStatement {
            handler.addToRolePolicy(policyStatement, scope: scope)
        } else if !service.isEmpty, !action.isEmpty {
            handler.addToRolePolicy(PolicyStatement(actions: [iamAction], resources: ["*"]), scope: scope)
        }
        guard let function = handler.sharedFunction(scope) else {
            return RuleTargetConfig(arn: .null)
        }
        if let handlerID = UniqueID.logicalID(scope.pathComponents + [handler.id]) {
            LambdaFunction.addPermission(invoking: function, id: "AllowEventRule" + handlerID, rule: rule, scope: scope)
        }
        var input = JSONObject()
        input["service"] = .string(inputServiceName)
        input["action"] = .string(action)
        if let parameters { input["parameters"] = parameters }
        if let catchErrorPattern { input["catchErrorPattern"] = .string(catchErrorPattern) }
        if let apiVersion { input["apiVersion"] = .string(apiVersion) }
        return RuleTargetConfig(arn: function.functionArn, input: .object(.object(input)))
    }

    public func validate(at path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if service.isEmpty {
            found.append(Diagnostic(.error, code: "events.target.awsApi.service", path: path,
                                    message: "an AwsApi target has an empty service",
                                    hint: "name the service, such as 'ecs' or 'cloudwatch-logs'"))
        } else if !AwsSdkServices.exists(AwsSdkServices.v3Name(of: service)) {
            found.append(Diagnostic(.warning, code: "events.target.awsApi.unknownService", path: path,
                                    message: "service '\(service)' does not exist in the AWS SDK for JavaScript v3",
                                    hint: "use the name of a v3 client package, such as 'cloudwatch-logs' for '@aws-sdk/client-cloudwatch-logs'"))
        }
        if action.isEmpty {
            found.append(Diagnostic(.error, code: "events.target.awsApi.action", path: path,
                                    message: "an AwsApi target of service '\(service)' has an empty action",
                                    hint: "name the action, such as 'updateService'"))
        }
        if let policyStatement { found += policyStatement.diagnostics(at: path, for: .identity) }
        return found
    }
}
