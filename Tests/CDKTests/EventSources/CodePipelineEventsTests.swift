import Testing
@testable import CDK

// Patterns as "Monitoring CodePipeline events" writes them
// (https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html).
@Suite struct CodePipelineEventsTests {
    @Test func failedDeployAndBuildActionsAcrossAllPipelines() {
        let expected: JSONValue = [
            "detail": ["state": ["FAILED"], "type": ["category": ["Deploy", "Build"]]],
            "detail-type": ["CodePipeline Action Execution State Change"],
            "source": ["aws.codepipeline"],
        ]
        #expect(CodePipelineEvents.actionExecutionStateChange(states: [.failed], categories: [.deploy, .build]).json == expected)
    }

    @Test func onePipelinesExecutions() {
        let expected: JSONValue = [
            "detail": ["pipeline": ["myPipeline"], "state": ["STARTED", "SUCCEEDED", "FAILED"]],
            "detail-type": ["CodePipeline Pipeline Execution State Change"],
            "source": ["aws.codepipeline"],
        ]
        #expect(CodePipelineEvents.pipelineExecutionStateChange(
            pipelines: ["myPipeline"], states: [.started, .succeeded, .failed]).json == expected)
    }

    @Test func stageFilters() {
        let expected: JSONValue = [
            "detail": ["pipeline": ["myPipeline"], "stage": ["Prod"], "state": ["FAILED", "CANCELED"]],
            "detail-type": ["CodePipeline Stage Execution State Change"],
            "source": ["aws.codepipeline"],
        ]
        #expect(CodePipelineEvents.stageExecutionStateChange(
            pipelines: ["myPipeline"], stages: ["Prod"], states: [.failed, .canceled]).json == expected)
    }

    @Test func actionTypeFiltersNestUnderType() {
        let pattern = CodePipelineEvents.actionExecutionStateChange(
            pipelines: .prefix("prod-"), actions: ["Deploy"], owners: [.aws], providers: ["CodeDeploy"])
        let expected: JSONValue = [
            "detail": [
                "pipeline": [["prefix": "prod-"]],
                "action": ["Deploy"],
                "type": ["owner": ["AWS"], "provider": ["CodeDeploy"]],
            ],
            "detail-type": ["CodePipeline Action Execution State Change"],
            "source": ["aws.codepipeline"],
        ]
        #expect(pattern.json == expected)
    }

    @Test func eachLevelHasItsOwnStates() {
        #expect(CodePipelineEvents.PipelineState.allCases.contains(.superseded))
        #expect(!CodePipelineEvents.StageState.allCases.map(\.rawValue).contains("SUPERSEDED"))
        #expect(CodePipelineEvents.ActionState.allCases.map(\.rawValue) == ["STARTED", "SUCCEEDED", "FAILED", "CANCELED", "ABANDONED"])
    }
}
