/// A stage of a pipeline: its name and its actions, run in the order written.
public struct Stage {
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
    public static func buildExpression(_ stage: Stage) -> [Stage] { [stage] }
    public static func buildBlock(_ parts: [Stage]...) -> [Stage] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Stage]?) -> [Stage] { part ?? [] }
    public static func buildEither(first part: [Stage]) -> [Stage] { part }
    public static func buildEither(second part: [Stage]) -> [Stage] { part }
    public static func buildArray(_ parts: [[Stage]]) -> [Stage] { parts.flatMap { $0 } }
}
