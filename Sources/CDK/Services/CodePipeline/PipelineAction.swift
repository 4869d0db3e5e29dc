/// An action of a pipeline stage: what it runs (`ActionTypeId`), its configuration and
/// artifacts, and the permissions of its role (child `<stage>/<action>/CodePipelineActionRole`
/// of the pipeline, which the pipeline's role assumes).
public protocol PipelineAction {
    var actionName: String { get }
    /// `Source`, `Build`, `Test`, `Deploy`, `Approval` or `Invoke`.
    var category: String { get }
    var provider: String { get }
    var inputs: [Artifact] { get }
    var outputs: [Artifact] { get }
    /// The action's `Configuration`, in the CDK's order.
    var configuration: JSONObject { get }
    /// What the action's role may do.
    func roleStatements(in pipeline: Pipeline) -> [PolicyStatement]
    /// Adds what the action needs around the pipeline (a rule, grants), from the
    /// pipeline's scope.
    func bind(to pipeline: Pipeline, scope: ConstructScope)
    /// Problems in the action's own options, reported at the pipeline.
    func validate(at path: String) -> [Diagnostic]
}

extension PipelineAction {
    public func validate(at path: String) -> [Diagnostic] { [] }
}

/// Builds a stage's actions.
@resultBuilder
public enum PipelineActionBuilder {
    public static func buildExpression(_ action: PipelineAction) -> [PipelineAction] { [action] }
    public static func buildBlock(_ parts: [PipelineAction]...) -> [PipelineAction] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [PipelineAction]?) -> [PipelineAction] { part ?? [] }
    public static func buildEither(first part: [PipelineAction]) -> [PipelineAction] { part }
    public static func buildEither(second part: [PipelineAction]) -> [PipelineAction] { part }
    public static func buildArray(_ parts: [[PipelineAction]]) -> [PipelineAction] { parts.flatMap { $0 } }
}
