/// Renders an `AWS::IoT::Policy`: what devices holding it may do on the AWS IoT message
/// broker. It allows, in order: `iot:Connect` as the given client IDs
/// (`…:client/<id>`), `iot:Subscribe` to the given topic filters (`…:topicfilter/<filter>`,
/// MQTT wildcards as written) and `iot:Receive` of the topics they match
/// (`…:topic/<pattern>`, each wildcard level as `*`), `iot:Publish` to the given topics,
/// then any further statements. ARNs are in the stack's partition, region and account.
///
/// ```swift
/// IoTPolicy("DevicePolicy", connect: ["${iot:Connection.Thing.ThingName}"],
///           subscribe: [.thing(.created), .jobExecution()])
/// ```
/// https://docs.aws.amazon.com/iot/latest/developerguide/pub-sub-policy.html
public final class IoTPolicy: Construct {
    public let resource: CfnResource
    public let policyName: String?
    public let clientIDs: [String]
    public let subscriptions: [IoTTopic]
    public let publications: [IoTTopic]
    public let extraStatements: [PolicyStatement]

    public init(
        _ id: String, policyName: String? = nil, connect clientIDs: [String] = [], subscribe subscriptions: [IoTTopic] = [],
        publish publications: [IoTTopic] = [], statements: [PolicyStatement] = []
    ) {
        self.policyName = policyName
        self.clientIDs = clientIDs
        self.subscriptions = subscriptions
        self.publications = publications
        self.extraStatements = statements
        self.resource = CfnResource("Resource", type: "AWS::IoT::Policy")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    /// The policy's name (its `Ref`).
    public var policyNameValue: JSONValue { resource.ref }
    public var policyArn: JSONValue { resource.getAtt("Arn") }

    /// The statements the policy renders.
    public var statements: [PolicyStatement] {
        var statements: [PolicyStatement] = []
        if !clientIDs.isEmpty {
            statements.append(PolicyStatement(actions: ["iot:Connect"], resources: clientIDs.map {
                StackValue.arn(service: "iot", resource: .string("client/" + $0))
            }))
        }
        if !subscriptions.isEmpty {
            statements.append(PolicyStatement(actions: ["iot:Subscribe"], resources: subscriptions.map(\.topicFilterArn)))
            statements.append(PolicyStatement(actions: ["iot:Receive"], resources: subscriptions.map(\.topicArn)))
        }
        if !publications.isEmpty {
            statements.append(PolicyStatement(actions: ["iot:Publish"], resources: publications.map(\.topicArn)))
        }
        return statements + extraStatements
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties: JSONObject = ["PolicyDocument": PolicyDocument(statements).json ?? [:]]
        if let policyName { properties["PolicyName"] = .string(policyName) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if statements.isEmpty {
            found.append(scope.error("iot.policy.empty", "IoT policy '\(scope.path)' allows nothing",
                                     hint: "give it client IDs to connect as, topics to subscribe or publish to, or statements"))
        }
        if let policyName, !(1...128).contains(policyName.count) || !policyName.isAlphanumeric(allowing: "_+=,.@-") {
            found.append(scope.error("iot.policy.name.invalid", "IoT policy name '\(policyName)' must be 1 to 128 letters, digits or '_+=,.@-'",
                                     hint: "remove the other characters from the name"))
        }
        for clientID in clientIDs where clientID.isEmpty {
            found.append(scope.error("iot.policy.clientID.empty", "IoT policy '\(scope.path)' lets an empty client ID connect",
                                     hint: "name the client ID, or use a policy variable such as '${iot:Connection.Thing.ThingName}'"))
        }
        for topic in subscriptions + publications { found += topic.diagnostics(at: scope.path) }
        found += scope.disabledEventTypeWarnings(subscriptions)
        for topic in publications where topic.isFilter {
            found.append(scope.error("iot.policy.publishToFilter", "IoT policy '\(scope.path)' publishes to '\(topic.name)', a topic filter",
                                     hint: "devices publish to topic names; remove the '+' and '#' levels"))
        }
        for statement in extraStatements { found += statement.diagnostics(at: scope.path, for: .identity) }
        return found
    }
}
