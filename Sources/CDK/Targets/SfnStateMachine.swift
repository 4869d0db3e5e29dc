/// Starts a Step Functions state machine for each of a rule's events, with the role
/// EventBridge assumes: the given `role`, or the state machine's `EventsRole`, shared by
/// every rule that starts it, allowed `states:StartExecution` on the state machine, as
/// the CDK's `SfnStateMachine` target.
///
/// ```swift
/// Rule("OnUpload", eventPattern: EventPattern(source: ["aws.s3"])) {
///     SfnStateMachine(machine, input: .eventPath("$.detail"))
/// }
/// ```
/// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html
public struct SfnStateMachine: RuleTarget {
    public let stateMachine: StateMachineReference
    /// The execution's input instead of the whole event.
    public let input: RuleTargetInput?
    public let role: Role?
    public let options: TargetOptions

    public init(
        _ stateMachine: StateMachineReference, input: RuleTargetInput? = nil, role: Role? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.stateMachine = stateMachine
        self.input = input
        self.role = role
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    public var targetResource: Construct? { stateMachine }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        let role = role ?? scope.eventsRole(under: stateMachine, targetKind: "Step Functions")
        if let role {
            scope.addStatement(PolicyStatement(actions: ["states:StartExecution"], resources: [stateMachine.stateMachineArn]), to: role)
        }
        return RuleTargetConfig(arn: stateMachine.stateMachineArn, roleArn: role?.roleArn, input: input, options: options)
    }

    public func validate(at path: String) -> [Diagnostic] {
        options.diagnostics(at: path) + (input?.diagnostics(at: path) ?? [])
    }
}
