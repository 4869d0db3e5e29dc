/// Renders an `AWS::IoT::TopicRule`: AWS IoT's rules engine runs `sql` on the MQTT
/// messages of a topic and hands the result to its actions, as the CDK's `TopicRule`
/// (`@aws-cdk/aws-iot-alpha`) renders it. Actions that need a role share the rule's
/// `TopicRuleActionRole`; the error action is bound before the others.
///
/// ```swift
/// TopicRule("ThingEvents", topic: .thing(.created)) {
///     SqsQueueAction(queue)
/// }
/// ```
/// A rule has at most 10 actions; its name is 1 to 128 letters, digits or '_'.
/// https://docs.aws.amazon.com/iot/latest/apireference/API_TopicRulePayload.html
public final class TopicRule: Construct {
    public let resource: CfnResource
    public let sql: IoTSql
    /// The topic the rule reads, when it was declared by topic.
    public let topic: IoTTopic?
    public let ruleName: String?
    public let ruleDescription: String?
    /// `nil` leaves `RuleDisabled` out (the rule is enabled).
    public let enabled: Bool?
    public let errorAction: TopicRuleAction?
    public private(set) var actions: [TopicRuleAction]

    /// The most actions a rule can have.
    public static let maximumActions = 10

    public init(
        _ id: String, sql: IoTSql, ruleName: String? = nil, description: String? = nil, enabled: Bool? = nil,
        errorAction: TopicRuleAction? = nil, @TopicRuleActionBuilder actions: () -> [TopicRuleAction] = { [] }
    ) {
        self.sql = sql
        self.topic = nil
        self.ruleName = ruleName
        self.ruleDescription = description
        self.enabled = enabled
        self.errorAction = errorAction
        self.actions = actions()
        self.resource = CfnResource("Resource", type: "AWS::IoT::TopicRule")
        super.init(id)
    }

    /// A rule selecting every message on `topic` (`SELECT * FROM '<topic>'`, SQL version
    /// 2016-03-23).
    public init(
        _ id: String, topic: IoTTopic, ruleName: String? = nil, description: String? = nil, enabled: Bool? = nil,
        errorAction: TopicRuleAction? = nil, @TopicRuleActionBuilder actions: () -> [TopicRuleAction] = { [] }
    ) {
        self.sql = .selectAll(from: topic)
        self.topic = topic
        self.ruleName = ruleName
        self.ruleDescription = description
        self.enabled = enabled
        self.errorAction = errorAction
        self.actions = actions()
        self.resource = CfnResource("Resource", type: "AWS::IoT::TopicRule")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var ruleArn: JSONValue { resource.getAtt("Arn") }
    /// The rule's name (its `Ref`).
    public var ruleNameValue: JSONValue { resource.ref }

    /// Hands the rule's messages to `action` too.
    public func addAction(_ action: TopicRuleAction) {
        actions.append(action)
    }

    public override func prepare(_ scope: ConstructScope) {
        var payload = JSONObject()
        let error = errorAction.map { JSONValue.object($0.bind(to: self, scope: scope)) }
        payload["Actions"] = .array(actions.map { .object($0.bind(to: self, scope: scope)) })
        payload["AwsIotSqlVersion"] = .string(sql.version)
        if let ruleDescription { payload["Description"] = .string(ruleDescription) }
        if let error { payload["ErrorAction"] = error }
        if let enabled { payload["RuleDisabled"] = .bool(!enabled) }
        payload["Sql"] = .string(sql.sql)
        var properties = JSONObject()
        if let ruleName { properties["RuleName"] = .string(ruleName) }
        properties["TopicRulePayload"] = .object(payload)
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if sql.sql.isEmpty {
            found.append(scope.error("iot.topicRule.sql.empty", "topic rule '\(scope.path)' has an empty SQL statement",
                                     hint: "select from a topic, such as \"SELECT * FROM 'sensors/+/temperature'\""))
        }
        if let ruleName, !(1...128).contains(ruleName.count) || !ruleName.isAlphanumeric(allowing: "_") {
            found.append(scope.error("iot.topicRule.name.invalid", "topic rule name '\(ruleName)' must be 1 to 128 letters, digits or '_'",
                                     hint: "replace '-' and other characters with '_'"))
        }
        if actions.count > Self.maximumActions {
            found.append(scope.error("iot.topicRule.tooManyActions", "topic rule '\(scope.path)' has \(actions.count) actions; AWS IoT allows at most \(Self.maximumActions)",
                                     hint: "split the actions over several rules with the same SQL"))
        }
        if let topic { found += topic.diagnostics(at: scope.path) + scope.disabledEventTypeWarnings([topic]) }
        for action in actions + (errorAction.map { [$0] } ?? []) { found += action.validate(at: scope.path) }
        return found
    }
}
