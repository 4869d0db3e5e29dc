/// Starts a build of a CodeBuild project with a rule's events, through a role
/// EventBridge assumes: `eventRole`, or the project's `EventsRole` (one per project,
/// shared by every rule that targets it), granted `codebuild:StartBuild` on the
/// project, as the CDK's `targets.CodeBuildProject` does.
///
/// An imported project that no builder declares is placed in the rule's stack, so its
/// events role gets the CDK's logical ID.
public struct CodeBuildProject: RuleTarget {
    public let project: ProjectReference
    /// What the build receives instead of the whole event.
    public let event: RuleTargetInput?
    public let eventRole: Role?
    public let options: TargetOptions

    public init(
        _ project: ProjectReference, event: RuleTargetInput? = nil, eventRole: Role? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.project = project
        self.event = event
        self.eventRole = eventRole
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    public var targetResource: Construct? { project }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        if let imported = project as? ImportedConstruct { scope.placeInStack(imported) }
        let role = eventRole ?? scope.eventsRole(under: project)
        if let role {
            scope.addStatement(PolicyStatement(actions: ["codebuild:StartBuild"], resources: [project.projectArn]), to: role)
        }
        return RuleTargetConfig(arn: project.projectArn, roleArn: role?.roleArn, input: event, options: options)
    }

    public func validate(at path: String) -> [Diagnostic] {
        options.diagnostics(at: path) + (event?.diagnostics(at: path) ?? [])
    }
}
