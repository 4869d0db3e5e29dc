/// Events CodePipeline sends when a pipeline, stage or action execution changes
/// state, typed: each level has its own state type, so a stage state on an action
/// filter does not compile.
///
/// ```swift
/// // Failed Deploy and Build actions, across all pipelines.
/// CodePipelineEvents.actionExecutionStateChange(states: [.failed], categories: [.deploy, .build])
/// // One pipeline's executions.
/// CodePipelineEvents.pipelineExecutionStateChange(pipelines: ["myPipeline"], states: [.started, .succeeded, .failed])
/// ```
///
/// Filters left `nil` match any value; those given render in the order `pipeline`,
/// `stage`, `action`, `state`, `type` (`owner`, `category`, `provider`).
///
/// See https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
public enum CodePipelineEvents {
    /// The `source` of CodePipeline events.
    public static let source = "aws.codepipeline"

    /// The `detail-type` of each level.
    public enum DetailType: String, CaseIterable, Sendable {
        case pipelineExecution = "CodePipeline Pipeline Execution State Change"
        case stageExecution = "CodePipeline Stage Execution State Change"
        case actionExecution = "CodePipeline Action Execution State Change"
    }

    /// The states of a pipeline execution.
    public enum PipelineState: String, CaseIterable, Sendable {
        case started = "STARTED", succeeded = "SUCCEEDED", resumed = "RESUMED", failed = "FAILED"
        case canceled = "CANCELED", superseded = "SUPERSEDED", stopping = "STOPPING", stopped = "STOPPED"
    }

    /// The states of a stage execution: a stage is never superseded.
    public enum StageState: String, CaseIterable, Sendable {
        case started = "STARTED", succeeded = "SUCCEEDED", resumed = "RESUMED", failed = "FAILED"
        case canceled = "CANCELED", stopping = "STOPPING", stopped = "STOPPED"
    }

    /// The states of an action execution.
    public enum ActionState: String, CaseIterable, Sendable {
        case started = "STARTED", succeeded = "SUCCEEDED", failed = "FAILED", canceled = "CANCELED"
        case abandoned = "ABANDONED"
    }

    /// Who provides an action (`detail.type.owner`).
    public enum ActionOwner: String, CaseIterable, Sendable {
        case aws = "AWS", thirdParty = "ThirdParty", custom = "Custom"
    }

    /// What an action does (`detail.type.category`).
    public enum ActionCategory: String, CaseIterable, Sendable {
        case source = "Source", build = "Build", deploy = "Deploy", test = "Test"
        case invoke = "Invoke", approval = "Approval", compute = "Compute"
    }

    /// Pipeline execution state changes of these pipelines, in these states.
    public static func pipelineExecutionStateChange(pipelines: Match? = nil, states: [PipelineState]? = nil) -> EventPattern {
        EventPattern(service: source, detailTypes: [DetailType.pipelineExecution.rawValue], detail: [
            ("pipeline", pipelines),
            ("state", .anyOf(states)),
        ])
    }

    /// Stage execution state changes of these pipelines and stages, in these states.
    public static func stageExecutionStateChange(
        pipelines: Match? = nil, stages: Match? = nil, states: [StageState]? = nil
    ) -> EventPattern {
        EventPattern(service: source, detailTypes: [DetailType.stageExecution.rawValue], detail: [
            ("pipeline", pipelines),
            ("stage", stages),
            ("state", .anyOf(states)),
        ])
    }

    /// Action execution state changes of these pipelines, stages and actions, in these
    /// states, of actions of these owners, categories and providers (such as
    /// `"CodeBuild"` or `"CodeDeploy"`).
    public static func actionExecutionStateChange(
        pipelines: Match? = nil, stages: Match? = nil, actions: Match? = nil,
        states: [ActionState]? = nil,
        owners: [ActionOwner]? = nil, categories: [ActionCategory]? = nil, providers: Match? = nil
    ) -> EventPattern {
        var type = EventPattern.Fields()
        if let owners = Match.anyOf(owners) { type["owner"] = owners }
        if let categories = Match.anyOf(categories) { type["category"] = categories }
        if let providers { type["provider"] = providers }
        return EventPattern(service: source, detailTypes: [DetailType.actionExecution.rawValue], detail: [
            ("pipeline", pipelines),
            ("stage", stages),
            ("action", actions),
            ("state", .anyOf(states)),
            ("type", type.isEmpty ? nil : Match(.fields(type))),
        ])
    }

    /// The fields of a CodePipeline event, for a target's input.
    public enum Field {
        public static let pipeline = EventField.path("$.detail.pipeline")
        public static let executionID = EventField.path("$.detail.execution-id")
        public static let stage = EventField.path("$.detail.stage")
        public static let action = EventField.path("$.detail.action")
        public static let state = EventField.path("$.detail.state")
        public static let owner = EventField.path("$.detail.type.owner")
        public static let category = EventField.path("$.detail.type.category")
        public static let provider = EventField.path("$.detail.type.provider")
    }
}
