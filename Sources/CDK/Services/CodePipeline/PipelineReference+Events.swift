/// Rules on a pipeline's events, as the CDK's `pipeline.onEvent` and `onStateChange`
/// make them, with the typed filters of ``CodePipelineEvents`` for stages and actions
/// too: each is a `Rule` placed under the pipeline, wherever a builder declares it, on
/// events whose `resources` name the pipeline.
///
/// ```swift
/// pipeline.onStateChange("Failed", states: [.failed]) { SnsTopic(alerts) }
/// pipeline.onActionStateChange("DeployFailed", states: [.failed], categories: [.deploy]) { SnsTopic(alerts) }
/// ```
/// https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
extension PipelineReference {
    /// Any event of the pipeline.
    public func onEvent(
        _ id: String, name: String? = nil, description: String? = nil, eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        pipelineRule(id, name: name, description: description, eventPattern: eventPattern, adding: nil, content: content)
    }

    /// Pipeline execution state changes, in `states` (any state when `nil`).
    public func onStateChange(
        _ id: String, states: [CodePipelineEvents.PipelineState]? = nil, name: String? = nil, description: String? = nil,
        eventPattern: EventPattern? = nil, @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        pipelineRule(id, name: name, description: description, eventPattern: eventPattern,
                     adding: CodePipelineEvents.pipelineExecutionStateChange(states: states), content: content)
    }

    /// Stage execution state changes of `stages`, in `states`.
    public func onStageStateChange(
        _ id: String, stages: Match? = nil, states: [CodePipelineEvents.StageState]? = nil,
        name: String? = nil, description: String? = nil,
        eventPattern: EventPattern? = nil, @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        pipelineRule(id, name: name, description: description, eventPattern: eventPattern,
                     adding: CodePipelineEvents.stageExecutionStateChange(stages: stages, states: states), content: content)
    }

    /// Action execution state changes of `actions` in `stages`, in `states`, of actions of
    /// these owners, categories and providers.
    public func onActionStateChange(
        _ id: String, stages: Match? = nil, actions: Match? = nil, states: [CodePipelineEvents.ActionState]? = nil,
        owners: [CodePipelineEvents.ActionOwner]? = nil, categories: [CodePipelineEvents.ActionCategory]? = nil,
        providers: Match? = nil, name: String? = nil, description: String? = nil,
        eventPattern: EventPattern? = nil, @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        pipelineRule(id, name: name, description: description, eventPattern: eventPattern,
                     adding: CodePipelineEvents.actionExecutionStateChange(
                        stages: stages, actions: actions, states: states,
                        owners: owners, categories: categories, providers: providers),
                     content: content)
    }

    /// The CDK's `onEvent` pattern (source, the pipeline as resource), then the typed
    /// pattern, then the builder's content.
    private func pipelineRule(
        _ id: String, name: String?, description: String?, eventPattern: EventPattern?,
        adding typed: EventPattern?, content: () -> [RuleContent]
    ) -> Rule {
        let rule = Rule(id, name: name, description: description, eventPattern: eventPattern)
        var pipelinePattern = EventPattern()
        pipelinePattern.source = .exactString(CodePipelineEvents.source)
        pipelinePattern.resources = .value(pipelineArn)
        rule.addEventPattern(pipelinePattern)
        if let typed { rule.addEventPattern(typed) }
        rule.add(content())
        rule.owner = self
        return rule
    }
}
