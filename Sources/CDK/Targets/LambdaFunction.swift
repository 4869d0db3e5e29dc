/// Invokes a Lambda function with a rule's events, allowed by an
/// `AWS::Lambda::Permission` placed under the rule (id `AllowEventRule<function's
/// unique ID>`, one per rule and function, as the CDK names it).
public struct LambdaFunction: RuleTarget {
    public let function: Function
    /// What the function receives instead of the whole event.
    public let event: RuleTargetInput?
    public let options: TargetOptions

    public init(
        _ function: Function, event: RuleTargetInput? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.function = function
        self.event = event
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    public var targetResource: Construct? { function }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        if let functionID = scope.uniqueID(of: function) {
            Self.addPermission(invoking: function, id: "AllowEventRule" + functionID, rule: rule, scope: scope)
        }
        return RuleTargetConfig(arn: function.functionArn, input: event, options: options)
    }

    /// Lets `rule` invoke `function`: an `AWS::Lambda::Permission` named `id` under the
    /// rule, once (the CDK's `addLambdaPermission`).
    static func addPermission(invoking function: Function, id: String, rule: Rule, scope: ConstructScope) {
        scope.addGenerated(CfnResource(id, type: "AWS::Lambda::Permission", properties: [
            "Action": "lambda:InvokeFunction",
            "FunctionName": function.functionArn,
            "Principal": "events.amazonaws.com",
            "SourceArn": rule.arn,
        ]), under: rule)
    }

    public func validate(at path: String) -> [Diagnostic] {
        options.diagnostics(at: path) + (event?.diagnostics(at: path) ?? [])
    }
}
