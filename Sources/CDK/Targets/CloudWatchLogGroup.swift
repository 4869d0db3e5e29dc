import CloudFormation

/// Writes a rule's events to a CloudWatch Logs log group, allowed by a statement of the
/// log resource policy `EventsLogGroupPolicy` of the log group's stack.
///
/// The CDK creates one resource policy per rule, through a custom resource and a Lambda
/// function; CloudWatch Logs allows only 10 per account and region, and stacks with many
/// log-group targets fail to deploy (aws/aws-cdk#21155). Here every log-group target of
/// a stack shares one `AWS::Logs::ResourcePolicy`, whose one statement lists the log
/// groups. An imported log group that is not placed in a stack is allowed by the
/// policy of the rule's stack.
///
/// A log group accepts events as they are, or as an object with exactly the keys
/// `timestamp` and `message` (`CloudWatchLogGroup.logEvent(...)`); other input is
/// reported at synthesis. The rule may send undeliverable events to the dead-letter
/// queue (which the CDK forgets to allow for this target).
/// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-cloudwatchlogs-permissions
public struct CloudWatchLogGroup: RuleTarget {
    public let logGroup: LogGroupReference
    public let logEvent: RuleTargetInput?
    public let options: TargetOptions

    /// The construct ID of a stack's shared log resource policy.
    public static let policyID = "EventsLogGroupPolicy"

    public init(
        _ logGroup: LogGroupReference, logEvent: RuleTargetInput? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.logGroup = logGroup
        self.logEvent = logEvent
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    /// The log event `{"timestamp": …, "message": …}`, by default the event's time and
    /// detail type, as the CDK's `LogGroupTargetInput.fromObjectV2` builds it.
    public static func logEvent(timestamp: JSONValue = .token(EventField.time), message: JSONValue = .token(EventField.detailType)) -> RuleTargetInput {
        .object(["timestamp": timestamp, "message": message])
    }

    public var targetResource: Construct? { logGroup }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        if let stack = scope.stack(of: logGroup) ?? scope.stack(of: rule),
           let policy = scope.singleton(Self.policyID, under: stack, make: { LogResourcePolicy(Self.policyID) }) {
            scope.addStatement(PolicyStatement(
                actions: ["logs:PutLogEvents", "logs:CreateLogStream"], principals: [.service("events.amazonaws.com")],
                resources: [logGroup.logGroupArn]), to: policy)
        }
        return RuleTargetConfig(arn: logGroup.logGroupTargetArn, input: logEvent, options: options)
    }

    public func validate(at path: String) -> [Diagnostic] {
        var found = options.diagnostics(at: path)
        guard let logEvent else { return found }
        found += logEvent.diagnostics(at: path)
        if let problem = Self.problem(with: logEvent.render()) {
            found.append(Diagnostic(
                .error, code: "events.target.logGroup.input", path: path, message: problem,
                hint: "use CloudWatchLogGroup.logEvent(timestamp:message:), or no input"))
        }
        return found
    }

    /// What is wrong with an input for a log group, as the CDK checks it: a template that
    /// parses (bare placeholders quoted) as a JSON object with exactly `timestamp` and
    /// `message`. Unlike the CDK, a placeholder inside a string (`"id <id>"`) is accepted.
    /// A template that embeds references is not checked.
    static func problem(with input: RenderedInput) -> String? {
        guard case let .inputTransformer(_, template) = input else {
            return "a log group target's input must be an object with event fields under 'timestamp' and 'message'"
        }
        guard case let .string(text) = template else { return nil }
        // Bare placeholders become strings; those inside strings are already text.
        var quoted = ""
        var inString = false
        var escaped = false
        for character in text {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                quoted.append(character)
            } else if character == "\"" {
                inString = true
                quoted.append(character)
            } else if character == "<" {
                quoted += "\"<"
            } else if character == ">" {
                quoted += ">\""
            } else {
                quoted.append(character)
            }
        }
        guard case let .object(object)? = try? JSONParser.parse(quoted) else {
            return "a log group target's input template is not a JSON object"
        }
        guard object.count == 2, object["timestamp"] != nil, object["message"] != nil else {
            return "a log group target's input template has the keys \(object.keys.map { "'\($0)'" }.joined(separator: ", ")); CloudWatch Logs needs exactly 'timestamp' and 'message'"
        }
        return nil
    }
}
