import Testing
@testable import CDK

// `onStateChange` as the CDK 2.275.0 renders it for an imported pipeline
// (`Pipeline.fromPipelineArn(stack, "Pipeline", arn).onStateChange("OnState", {target})`).
@Suite struct PipelineEventsTests {
    let arn = "arn:aws:codepipeline:us-east-1:123456789012:myPipeline"

    func rule(_ make: (ImportedPipeline) -> Rule) throws -> JSONValue? {
        let pipeline = ImportedPipeline("Pipeline", arn: arn)
        let queue = Queue("Q")
        let rule = make(pipeline)
        rule.addTarget(SqsQueue(queue))
        let app = App {
            Stack("Stack", env: .aws(account: "123456789012", region: "us-east-1")) {
                queue
                rule
            }
        }
        return try properties("PipelineOnStateB9E59E3C", in: app)
    }

    @Test func onStateChangeIsTheCDKs() throws {
        let rule = try rule { $0.onStateChange("OnState") }
        let expected: JSONValue = [
            "source": ["aws.codepipeline"],
            "resources": [.string(arn)],
            "detail-type": ["CodePipeline Pipeline Execution State Change"],
        ]
        #expect(rule?["EventPattern"] == expected)
        #expect(rule?["Targets"] == [["Arn": ["Fn::GetAtt": ["Q63C6E3AB", "Arn"]], "Id": "Target0"]])
    }

    @Test func typedStatesAddADetailFilter() throws {
        let rule = try rule { $0.onStateChange("OnState", states: [.failed, .superseded]) }
        #expect(rule?["EventPattern"]?["detail"] == ["state": ["FAILED", "SUPERSEDED"]])
    }

    @Test func actionFiltersUseTheActionDetailType() throws {
        let rule = try rule { $0.onActionStateChange("OnState", states: [.failed], categories: [.deploy]) }
        #expect(rule?["EventPattern"]?["detail-type"] == ["CodePipeline Action Execution State Change"])
        #expect(rule?["EventPattern"]?["detail"] == ["state": ["FAILED"], "type": ["category": ["Deploy"]]])
    }

    @Test func stageFiltersUseTheStageDetailType() throws {
        let rule = try rule { $0.onStageStateChange("OnState", stages: ["Deploy"], states: [.failed]) }
        #expect(rule?["EventPattern"]?["detail-type"] == ["CodePipeline Stage Execution State Change"])
        #expect(rule?["EventPattern"]?["detail"] == ["stage": ["Deploy"], "state": ["FAILED"]])
    }
}
