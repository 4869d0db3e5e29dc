/// A destination for a rule's events: it gives the rule its `Targets` entry and adds
/// the permissions it needs, as the CDK's `IRuleTarget.bind` does.
public protocol RuleTarget {
    /// The target's entry for `rule`, adding the permissions it needs through `scope`
    /// (the rule's scope). Called once per synthesis.
    func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig

    /// Problems in the target's own options, reported at the rule.
    func validate(at path: String) -> [Diagnostic]

    /// The resource the target delivers to (a queue, a function), whose stack decides
    /// the target's account and region: when they are not the rule's, the rule forwards
    /// its events there (the CDK's `targetResource`). `nil` for targets that are reached
    /// directly wherever they are, such as an event bus.
    var targetResource: Construct? { get }
}

extension RuleTarget {
    public func validate(at path: String) -> [Diagnostic] { [] }
    public var targetResource: Construct? { nil }
}

/// What a target puts in its rule's `Targets` entry.
public struct RuleTargetConfig {
    public var arn: JSONValue
    public var roleArn: JSONValue?
    public var input: RuleTargetInput?
    public var options: TargetOptions
    /// Other members by their CloudFormation names (`SqsParameters`, `EcsParameters`…).
    public var parameters: JSONObject

    public init(arn: JSONValue, roleArn: JSONValue? = nil, input: RuleTargetInput? = nil,
                options: TargetOptions = TargetOptions(), parameters: JSONObject = [:]) {
        self.arn = arn
        self.roleArn = roleArn
        self.input = input
        self.options = options
        self.parameters = parameters
    }

    /// Whether the rule gets permission to send to the dead-letter queue (every target
    /// but CodePipeline's, as in the CDK).
    public var grantsDeadLetterQueue = true

    /// The `Targets` entry, members in alphabetical order as the CDK renders them.
    func entry(id: String) -> JSONValue {
        var entry = parameters
        entry["Arn"] = arn
        entry["Id"] = .string(id)
        if let roleArn { entry["RoleArn"] = roleArn }
        if let input {
            for (key, value) in input.render().properties { entry[key] = value }
        }
        if let retryPolicy = options.retryPolicy { entry["RetryPolicy"] = retryPolicy }
        if let deadLetterQueue = options.deadLetterQueue { entry["DeadLetterConfig"] = ["Arn": deadLetterQueue.queueArn] }
        return .object(entry.sortedByKey())
    }
}

/// Options every target shares: how EventBridge retries a delivery, and where it puts
/// the events it could not deliver.
///
/// EventBridge allows 0–185 retry attempts and a maximum event age of 60–86,400 seconds
/// (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RetryPolicy.html);
/// the CDK leaves these to deployment, they are checked at synthesis here.
public struct TargetOptions {
    /// The queue for events that could not be delivered; the rule gets permission to
    /// send to it.
    public var deadLetterQueue: Queue?
    public var retryAttempts: Int?
    /// The maximum age of an event, in seconds.
    public var maxEventAgeSeconds: Int?

    public init(deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil) {
        self.deadLetterQueue = deadLetterQueue
        self.retryAttempts = retryAttempts
        self.maxEventAgeSeconds = maxEventAgeSeconds
    }

    /// Lets `rule` send to the dead-letter queue, with the statement the CDK adds (its
    /// `Sid` names the rule).
    func bindDeadLetterQueue(to rule: Rule, scope: ConstructScope) {
        guard let deadLetterQueue else { return }
        scope.addStatement(PolicyStatement(
            sid: "AllowEventRule" + scope.uniqueID,
            actions: ["sqs:SendMessage"],
            principals: [.service("events.amazonaws.com")],
            resources: [deadLetterQueue.queueArn],
            conditions: ["ArnEquals": ["aws:SourceArn": rule.arn]]), to: deadLetterQueue)
    }

    /// `RetryPolicy`, when either option is set (a negative retry count only alongside an
    /// age, as the CDK renders it).
    var retryPolicy: JSONValue? {
        var policy = JSONObject()
        if let maxEventAgeSeconds { policy["MaximumEventAgeInSeconds"] = .integer(maxEventAgeSeconds) }
        if let retryAttempts, retryAttempts >= 0 || maxEventAgeSeconds != nil {
            policy["MaximumRetryAttempts"] = .integer(retryAttempts)
        }
        return policy.isEmpty ? nil : .object(policy)
    }

    func diagnostics(at path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let retryAttempts, !(0...185).contains(retryAttempts) {
            found.append(Diagnostic(
                .error, code: "events.target.retryAttempts", path: path,
                message: "retry attempts of \(retryAttempts) are out of range; EventBridge allows 0 to 185",
                hint: "use a number of retries from 0 to 185"))
        }
        if let maxEventAgeSeconds, !(60...86_400).contains(maxEventAgeSeconds) {
            found.append(Diagnostic(
                .error, code: "events.target.maxEventAge", path: path,
                message: "maximum event age of \(maxEventAgeSeconds) seconds is out of range; EventBridge allows 60 to 86400",
                hint: "use an age from 1 minute to 24 hours"))
        }
        return found
    }
}

/// What a rule's builder holds: its targets, and patterns merged into its pattern.
public enum RuleContent {
    case target(RuleTarget)
    case pattern(EventPattern)
}

/// Builds a rule's content: targets, and event patterns that merge into the rule's
/// pattern in the order written.
@resultBuilder
public enum RuleBuilder {
    public static func buildExpression(_ target: RuleTarget) -> [RuleContent] { [.target(target)] }
    public static func buildExpression(_ pattern: EventPattern) -> [RuleContent] { [.pattern(pattern)] }
    public static func buildBlock(_ parts: [RuleContent]...) -> [RuleContent] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [RuleContent]?) -> [RuleContent] { part ?? [] }
    public static func buildEither(first part: [RuleContent]) -> [RuleContent] { part }
    public static func buildEither(second part: [RuleContent]) -> [RuleContent] { part }
    public static func buildArray(_ parts: [[RuleContent]]) -> [RuleContent] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [RuleContent]) -> [RuleContent] { part }
}
