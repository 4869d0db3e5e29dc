import Testing
@testable import CDK

// Expected values are the CDK 2.275.0's for the same app: a stage `Prod` holding
// stacks `Src` and `Tgt` (artifact IDs `ProdSrc29DAB4EB` and `ProdTgtCC1392EB`, stack
// names `Prod-Src` and `Prod-Tgt`), written as the nested assembly `assembly-Prod`.
@Suite struct StageTests {
    let env = Environment.aws(account: "123456789012", region: "us-east-1")

    func app() -> App {
        App {
            Stage("Prod", env: env) {
                Stack("Src") { CfnResource("Queue", type: "AWS::SQS::Queue") }
                Stack("Tgt", env: .aws(account: "234567890123")) { CfnResource("Queue2", type: "AWS::SQS::Queue") }
            }
            Stack("TopLevel", env: env) { CfnResource("Q", type: "AWS::SQS::Queue") }
        }
    }

    @Test func stacksInAStageAreNamedAfterIt() throws {
        let assembly = try Synthesizer.synthesize(app())
        #expect(assembly.stacks.map(\.artifactID) == ["ProdSrc29DAB4EB", "ProdTgtCC1392EB", "TopLevel"])
        #expect(assembly.stacks.map(\.stackName) == ["Prod-Src", "Prod-Tgt", "TopLevel"])
        #expect(assembly.stacks.map(\.displayName) == ["Prod/Src", "Prod/Tgt", "TopLevel"])
    }

    @Test func stacksTakeTheStagesEnvironmentWhereTheySetNone() throws {
        let assembly = try Synthesizer.synthesize(app())
        #expect(assembly.stacks.map(\.environment.description)
            == ["aws://123456789012/us-east-1", "aws://234567890123/us-east-1", "aws://123456789012/us-east-1"])
    }

    @Test func theAppManifestPointsToTheNestedAssembly() throws {
        let manifest = try Synthesizer.synthesize(app()).manifest()
        #expect(manifest["artifacts"]?["assembly-Prod"] == [
            "type": "cdk:cloud-assembly",
            "properties": ["directoryName": "assembly-Prod", "displayName": "Prod"],
        ])
        #expect(manifest["artifacts"]?["ProdSrc29DAB4EB"] == nil)
        #expect(manifest["artifacts"]?["TopLevel"] != nil)
    }

    @Test func theNestedAssemblyHoldsTheStagesStacks() throws {
        let assembly = try Synthesizer.synthesize(app())
        let nested = assembly.manifest(ofStage: "Prod")
        #expect(nested["artifacts"]?["ProdSrc29DAB4EB"]?["properties"] == [
            "templateFile": "ProdSrc29DAB4EB.template.json", "stackName": "Prod-Src",
        ])
        #expect(nested["artifacts"]?["ProdSrc29DAB4EB"]?["displayName"] == "Prod/Src")
        #expect(nested["artifacts"]?["TopLevel"] == nil)
        let paths = assembly.files().map(\.path)
        #expect(paths == [
            "manifest.json", "TopLevel.template.json",
            "assembly-Prod/manifest.json", "assembly-Prod/cdk.out",
            "assembly-Prod/ProdSrc29DAB4EB.template.json", "assembly-Prod/ProdTgtCC1392EB.template.json",
            "tree.json",
        ])
    }

    @Test func logicalIDsAreRelativeToTheStack() throws {
        let assembly = try Synthesizer.synthesize(app())
        #expect(assembly.stack(named: "Prod-Src")?.template.resources.map(\.logicalID) == ["Queue"])
    }

    @Test func aDependencyAcrossTheStageBoundaryIsReported() {
        let top = Stack("TopLevel", env: env)
        let app = App {
            Stage("Prod", env: env) {
                Stack("Src", dependsOn: [top]) { CfnResource("Queue", type: "AWS::SQS::Queue") }
            }
            top
        }
        #expect(errorCodes(app) == ["stack.dependency.crossesStage"])
        #expect(diagnostics(of: app).first?.message.hasPrefix("stack 'Prod/Src', in stage 'Prod', depends on stack 'TopLevel', in no stage") == true)
    }

    // The CDK fails here (the dependency crosses the stage boundary); the statement ID
    // follows its algorithm (`Names.uniqueResourceName` of the rule).
    @Test func aCrossAccountRuleInAStageGetsItsPermissionStackInTheStage() throws {
        let queue = Queue("Queue")
        let app = App {
            Stage("Prod", env: env) {
                Stack("Src") {
                    Rule("Rule", eventPattern: EventPattern(source: ["a"])) { SqsQueue(queue) }
                }
                Stack("Tgt", env: .aws(account: "234567890123")) { queue }
            }
        }
        let assembly = try Synthesizer.synthesize(app)
        let support = try #require(assembly.stacks.first { $0.displayName.hasPrefix("Prod/EventBusPolicy-") })
        #expect(support.stage == "Prod")
        #expect(support.stackName == "Prod-Tgt-EventBusPolicy-support-us-east-1-123456789012")
        #expect(assembly.stack(named: "Prod-Src")?.dependencies == [support.artifactID])
        #expect(support.template.resources.first?.properties["StatementId"] == "Allow-account-123456789012-ProdSrcRule27DD033B")
    }
}
