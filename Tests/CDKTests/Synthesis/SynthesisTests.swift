import Foundation
import Testing
@testable import CDK

@Suite struct SynthesisTests {
    let env = Environment.aws(account: "123456789012", region: "us-east-1")

    @Test func logicalIDsComeFromThePathBelowTheStack() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                Construct("Group") {
                    CfnResource("Resource", type: "AWS::SNS::Topic")
                    Construct("Default") { CfnResource("Queue", type: "AWS::SQS::Queue") }
                }
                CfnResource("Top-Level", type: "AWS::SNS::Topic")
            }
        })
        let ids = assembly.stacks[0].template.resources.map(\.logicalID)
        // Group/Resource and Group/Default/Queue as the CDK computes them.
        #expect(ids == [UniqueID.logicalID(["Group", "Resource"]), UniqueID.logicalID(["Group", "Queue"]), "TopLevel"])
    }

    @Test func overriddenLogicalIDIsUsed() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") { CfnResource("Queue", type: "AWS::SQS::Queue").overrideLogicalID("MyQueue") }
        })
        #expect(assembly.stacks[0].template.resources.map(\.logicalID) == ["MyQueue"])
    }

    @Test func buildersAcceptConditionalsLoopsAndComposites() throws {
        struct Alerts: Composite {
            let id = "Alerts"
            var body: [Construct] {
                CfnResource("Topic", type: "AWS::SNS::Topic")
            }
        }
        let withDeadLetters = true
        let optional: CfnResource? = nil
        let assembly = try Synthesizer.synthesize(App {
            for region in ["us-east-1", "eu-west-1"] {
                Stack("Stack-\(region)", env: .aws(account: "123456789012", region: region)) {
                    if withDeadLetters {
                        CfnResource("DeadLetters", type: "AWS::SQS::Queue")
                    } else {
                        CfnResource("Nothing", type: "AWS::SQS::Queue")
                    }
                    if let optional { optional }
                    for index in 1...2 { CfnResource("Queue\(index)", type: "AWS::SQS::Queue") }
                    Alerts()
                }
            }
        })
        #expect(assembly.stacks.map(\.artifactID) == ["Stack-us-east-1", "Stack-eu-west-1"])
        #expect(assembly.stacks[0].template.resources.count == 4)
        #expect(assembly.stacks[0].template.resources.last?.logicalID == UniqueID.logicalID(["Alerts", "Topic"]))
    }

    @Test func synthesizingTwiceGivesIdenticalBytes() throws {
        let app = { () -> App in
            let queue = CfnResource("Queue", type: "AWS::SQS::Queue", properties: ["B": 1, "A": ["z": 1, "y": 2]])
            return App {
                Stack("Producer", env: env) { queue }
                Stack("Consumer", env: env) { CfnOutput("Url", value: queue.ref) }
            }
        }
        let first = try Synthesizer.synthesize(app()).files()
        let second = try Synthesizer.synthesize(app()).files()
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map(\.contents) == second.map(\.contents))
    }

    @Test func theSameDeclarationsSynthesizeAgain() throws {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        let app = App {
            Stack("Producer", env: env) { queue }
            Stack("Consumer", env: env) { CfnOutput("Url", value: queue.ref) }
        }
        let first = try Synthesizer.synthesize(app).files()
        let second = try Synthesizer.synthesize(app).files()
        #expect(first.map(\.contents) == second.map(\.contents))
    }

    @Test func resourcePropertiesRenderSortedAndUserJSONKeepsItsOrder() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                CfnResource("Queue", type: "AWS::SQS::Queue", properties: ["Zeta": ["b": 1, "a": 2], "Alpha": 1])
            }
        })
        let text = assembly.renderedTemplate(assembly.stacks[0])
        let alpha = try #require(text.range(of: "\"Alpha\""))
        let zeta = try #require(text.range(of: "\"Zeta\""))
        let b = try #require(text.range(of: "\"b\""))
        let a = try #require(text.range(of: "\"a\""))
        #expect(alpha.lowerBound < zeta.lowerBound)
        #expect(b.lowerBound < a.lowerBound)
    }

    @Test func pathMetadataIsAddedOnlyWhenAskedFor() throws {
        let app = App { Stack("Stack") { Construct("Group") { CfnResource("Queue", type: "AWS::SQS::Queue") } } }
        let plain = try Synthesizer.synthesize(app)
        let annotated = try Synthesizer.synthesize(app, options: SynthesisOptions(pathMetadata: true))
        #expect(plain.stacks[0].template.resources[0].metadata.isEmpty)
        #expect(annotated.stacks[0].template.resources[0].metadata["aws:cdk:path"] == "Stack/Group/Queue")
    }

    @Test func outputsRenderDescriptionValueExportAndCondition() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
                queue
                CfnOutput("QueueUrl", value: queue.ref, description: "the URL", exportName: "SharedQueueUrl")
            }
        })
        #expect(assembly.stacks[0].template.json["Outputs"] == [
            "QueueUrl": ["Description": "the URL", "Value": ["Ref": "Queue"], "Export": ["Name": "SharedQueueUrl"]],
        ])
    }

    @Test func resourceAttributesRender() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                CfnResource("Queue", type: "AWS::SQS::Queue", deletionPolicy: .retain, updateReplacePolicy: .retain, metadata: ["Note": "kept"])
            }
        })
        #expect(assembly.stacks[0].template.json["Resources"]?["Queue"] == [
            "Type": "AWS::SQS::Queue", "UpdateReplacePolicy": "Retain", "DeletionPolicy": "Retain", "Metadata": ["Note": "kept"],
        ])
    }

    @Test func treeDocumentHoldsPathsAndLogicalIDs() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") { Construct("Group") { CfnResource("Queue", type: "AWS::SQS::Queue") } }
        })
        let queue = assembly.tree.json["tree"]?["children"]?["Stack"]?["children"]?["Group"]?["children"]?["Queue"]
        #expect(queue?["path"] == "Stack/Group/Queue")
        #expect(queue?["attributes"]?["aws:cdk:cloudformation:type"] == "AWS::SQS::Queue")
        #expect(queue?["attributes"]?["aws:cdk:cloudformation:logicalId"] == .string(UniqueID.logicalID(["Group", "Queue"]) ?? ""))
    }

    /// `tree.json` is written straight from the tree; its text is that of the document.
    @Test func treeFileIsTheWritersTextOfTheDocument() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("A") { Construct("Group") { CfnResource("Queue", type: "AWS::SQS::Queue") }; Construct("Empty") }
            Stack("B") { CfnResource("Topic", type: "AWS::SNS::Topic") }
        })
        let file = try #require(assembly.files().first { $0.path == "tree.json" })
        #expect(file.contents == JSONWriter().render(assembly.tree.json) + "\n")
        #expect(assembly.tree.json["tree"]?["children"]?.objectValue?.keys == ["A", "B"])
    }

    /// The stacks are validated and lowered at once; results and findings keep stack order.
    @Test func stacksLoweredAtOnceKeepTheirOrder() throws {
        let ids = (0..<12).map { "Stack\($0)" }
        let error = try #require(throws: SynthesisError.self) {
            try Synthesizer.synthesize(App {
                for id in ids { Stack(id) { CfnResource("Bad-ID", type: "AWS::SNS::Topic").overrideLogicalID("Bad-\(id)") } }
            })
        }
        let errors: [Diagnostic] = error.diagnostics.filter { $0.severity == .error }
        let expected: [String] = ids.map { $0 + "/Bad-ID" }
        #expect(errors.map(\.path) == expected)
        let assembly = try Synthesizer.synthesize(App { for id in ids { Stack(id) { CfnResource("Topic", type: "AWS::SNS::Topic") } } })
        #expect(assembly.stacks.map(\.artifactID) == ids)
        #expect([Int](0..<100).concurrentMap { $0 * 2 } == (0..<100).map { $0 * 2 })
    }
}
