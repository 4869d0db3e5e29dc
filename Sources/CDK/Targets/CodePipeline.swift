/// Starts an execution of a CodePipeline pipeline on a rule's events, through a role
/// EventBridge assumes: `eventRole`, or the pipeline's `EventsRole` (one per pipeline,
/// shared by every rule that targets it), granted `codepipeline:StartPipelineExecution`
/// on the pipeline, as the CDK's `targets.CodePipeline` does. A pipeline takes no
/// input. As in the CDK, a dead-letter queue is named in the target but given no queue
/// policy statement.
///
/// An imported pipeline that no builder declares is placed in the rule's stack, so its
/// events role gets the CDK's logical ID.
public struct CodePipeline: RuleTarget {
    public let pipeline: PipelineReference
    public let eventRole: Role?
    public let options: TargetOptions

    public init(
        _ pipeline: PipelineReference, eventRole: Role? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.pipeline = pipeline
        self.eventRole = eventRole
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    public var targetResource: Construct? { pipeline }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        if let imported = pipeline as? ImportedConstruct { scope.placeInStack(imported) }
        let role = eventRole ?? scope.eventsRole(under: pipeline)
        if let role {
            scope.addStatement(PolicyStatement(actions: ["codepipeline:StartPipelineExecution"], resources: [pipeline.pipelineArn]), to: role)
        }
        var config = RuleTargetConfig(arn: pipeline.pipelineArn, roleArn: role?.roleArn, options: options)
        config.grantsDeadLetterQueue = false
        return config
    }

    public func validate(at path: String) -> [Diagnostic] {
        options.diagnostics(at: path)
    }
}
