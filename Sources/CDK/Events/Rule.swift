/// Renders an `AWS::Events::Rule`: an event pattern or a schedule on an event bus.
///
/// ```swift
/// Rule("DeploymentFailed", name: "greengrass-deployment-failed") {
///     EventPattern(source: ["aws.greengrass"], detailType: ["Greengrass Deployment Status Change"])
///     SnsTopic(alerts)
/// }
/// ```
///
/// `State` is always rendered; `EventBusName` only for a bus other than the default.
/// Validated at synthesis: a pattern or a schedule is required, a schedule only on the
/// default bus, the name is 1–64 of `[.\-_A-Za-z0-9]`, the description at most 512
/// characters, and the pattern and schedule themselves.
/// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html
public final class Rule: Construct {
    public let resource: CfnResource
    public let name: String?
    public let ruleDescription: String?
    public let enabled: Bool
    public let eventBus: EventBusReference?
    public let schedule: Schedule?
    /// The role EventBridge uses for the rule itself (`RoleArn`).
    public let role: Role?
    /// The pattern, with every pattern added since merged in as the CDK merges them.
    public private(set) var eventPattern: EventPattern
    /// Where the rule sends matching events.
    public private(set) var targets: [RuleTarget]
    /// Whether this rule was generated in a target's stack to deliver the events another
    /// rule forwards from its account or region; the rule it mirrors is the one validated.
    var isMirror = false

    /// EventBridge's quota of targets per rule.
    /// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html
    public static let maximumTargets = 5

    public init(
        _ id: String,
        name: String? = nil,
        description: String? = nil,
        enabled: Bool = true,
        eventBus: EventBusReference? = nil,
        schedule: Schedule? = nil,
        role: Role? = nil,
        eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) {
        self.name = name
        self.ruleDescription = description
        self.enabled = enabled
        self.eventBus = eventBus
        self.schedule = schedule
        self.role = role
        self.eventPattern = eventPattern ?? EventPattern()
        self.targets = []
        self.resource = CfnResource("Resource", type: "AWS::Events::Rule")
        resource.validatesEventPattern = false
        super.init(id)
        add(content())
    }

    public override var children: [Construct] { [resource] + super.children }

    /// `Fn::GetAtt [Rule, Arn]`.
    public var arn: JSONValue { resource.getAtt("Arn") }
    /// `Ref` of the rule: its name.
    public var ruleName: JSONValue { resource.ref }

    /// Merges `pattern` into the rule's pattern, as the CDK's `addEventPattern` does.
    public func addEventPattern(_ pattern: EventPattern) {
        eventPattern.merge(pattern)
    }

    /// Sends matching events to `target` too.
    public func addTarget(_ target: RuleTarget) {
        targets.append(target)
    }

    /// Adds what a rule's builder holds: targets, and patterns merged in order.
    public func add(_ content: [RuleContent]) {
        for item in content {
            switch item {
            case let .target(target): addTarget(target)
            case let .pattern(pattern): addEventPattern(pattern)
            }
        }
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties = JSONObject()
        if let ruleDescription { properties["Description"] = .string(ruleDescription) }
        if let eventBus { properties["EventBusName"] = eventBus.eventBusName }
        if !eventPattern.isEmpty { properties["EventPattern"] = eventPattern.json }
        if let name { properties["Name"] = .string(name) }
        if let role { properties["RoleArn"] = role.roleArn }
        if let schedule { properties["ScheduleExpression"] = .string(schedule.expressionString) }
        properties["State"] = enabled ? "ENABLED" : "DISABLED"
        var entries: [JSONValue] = []
        var forwardedEnvironments: Set<String> = []
        for (index, target) in targets.enumerated() {
            let id = "Target\(index)"
            switch destination(of: target, scope: scope) {
            case .direct:
                let config = target.bind(to: self, id: id, scope: scope)
                if config.grantsDeadLetterQueue { config.options.bindDeadLetterQueue(to: self, scope: scope) }
                entries.append(config.entry(id: id))
            case let .forwarded(stack, account, region):
                let first = forwardedEnvironments.insert(account + ":" + region).inserted
                if let entry = forward(to: target, id: id, stack: stack, account: account, region: region,
                                       firstForEnvironment: first, scope: scope) {
                    entries.append(entry)
                }
            case .invalid:
                continue
            }
        }
        if !entries.isEmpty { properties["Targets"] = .array(entries) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard !isMirror else { return [] }
        var found: [Diagnostic] = []
        if schedule != nil, eventBus != nil {
            found.append(scope.error("events.rule.scheduleOnCustomBus",
                  "rule '\(scope.path)' has a schedule and an event bus; scheduled rules run only on the default event bus",
                  hint: "remove 'eventBus', or use an event pattern instead of the schedule"))
        }
        if eventPattern.isEmpty, schedule == nil {
            found.append(scope.error("events.rule.noPatternOrSchedule", "rule '\(scope.path)' has neither an event pattern nor a schedule",
                  hint: "give the rule an 'eventPattern' or a 'schedule'"))
        }
        if let name {
            if !(1...64).contains(name.count) {
                found.append(scope.error("events.rule.name.length", "rule name '\(name)' has \(name.count) characters; EventBridge allows 1 to 64",
                      hint: "shorten the name"))
            }
            if !name.isAlphanumeric(allowing: ".-_") {
                found.append(scope.error("events.rule.name.invalid", "rule name '\(name)' can contain only letters, digits, '.', '-' and '_'",
                      hint: "remove spaces and other characters from the name"))
            }
        }
        if let ruleDescription, ruleDescription.count > 512 {
            found.append(scope.error("events.rule.description.tooLong", "rule description has \(ruleDescription.count) characters; EventBridge allows at most 512",
                  hint: "shorten the description"))
        }
        if targets.count > Self.maximumTargets {
            found.append(scope.error("events.rule.tooManyTargets", "rule '\(scope.path)' has \(targets.count) targets; EventBridge allows at most \(Self.maximumTargets)",
                  hint: "split the targets over several rules with the same pattern"))
        }
        if !eventPattern.isEmpty {
            // The pattern as prepare rendered it into the rule's properties.
            found += eventPattern.diagnostics(at: scope.path, rendered: resource.properties["EventPattern"] ?? eventPattern.json)
        }
        if let schedule { found += schedule.diagnostics(at: scope.path) }
        for target in targets { found += target.validate(at: scope.path) }
        return found
    }
}
