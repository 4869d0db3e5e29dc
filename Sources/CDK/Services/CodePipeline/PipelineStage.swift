/// A stage of a pipeline: its name and its actions, run in the order written.
public struct PipelineStage {
    public let name: String
    public let actions: [PipelineAction]

    public init(_ name: String, @PipelineActionBuilder actions: () -> [PipelineAction]) {
        self.name = name
        self.actions = actions()
    }
}

/// Builds a pipeline's stages.
@resultBuilder
public enum PipelineStageBuilder {
    public static func buildExpression(_ stage: PipelineStage) -> [PipelineStage] { [stage] }
    public static func buildBlock(_ parts: [PipelineStage]...) -> [PipelineStage] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [PipelineStage]?) -> [PipelineStage] { part ?? [] }
    public static func buildEither(first part: [PipelineStage]) -> [PipelineStage] { part }
    public static func buildEither(second part: [PipelineStage]) -> [PipelineStage] { part }
    public static func buildArray(_ parts: [[PipelineStage]]) -> [PipelineStage] { parts.flatMap { $0 } }
}
