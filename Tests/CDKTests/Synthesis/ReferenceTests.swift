import Testing
@testable import CDK

@Suite struct ReferenceTests {
    let env = Environment.aws(account: "123456789012", region: "us-east-1")

    func producerAndConsumer(_ attribute: (CfnResource) -> JSONValue) throws -> CloudAssembly {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        return try Synthesizer.synthesize(App {
            Stack("Producer", env: env) { queue }
            Stack("Consumer", env: env) {
                CfnResource("Subscription", type: "AWS::SNS::Subscription", properties: ["Endpoint": attribute(queue)])
            }
        })
    }

    @Test func referenceInTheSameStackIsRefOrGetAtt() throws {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                queue
                CfnResource("Policy", type: "AWS::SQS::QueuePolicy", properties: [
                    "Queues": [queue.ref],
                    "PolicyDocument": ["Resource": queue.getAtt("Arn")],
                ])
            }
        })
        let properties = assembly.stacks[0].template.resources[1].properties
        #expect(properties["Queues"] == [["Ref": "Queue"]])
        #expect(properties["PolicyDocument"] == ["Resource": ["Fn::GetAtt": ["Queue", "Arn"]]])
        #expect(assembly.stacks[0].template.outputs.isEmpty)
    }

    @Test func crossStackReferenceIsExportedAndImportedAsTheCDKNamesIt() throws {
        let assembly = try producerAndConsumer { $0.getAtt("Arn") }
        let producer = try #require(assembly.stack(named: "Producer"))
        let consumer = try #require(assembly.stack(named: "Consumer"))
        // The real CDK (2.275.0) gives these names for the same app.
        #expect(producer.template.outputs == [Output(
            logicalID: "ExportsOutputFnGetAttQueueArn042C0F02",
            value: .getAtt("Queue", "Arn"),
            exportName: "Producer:ExportsOutputFnGetAttQueueArn042C0F02")])
        #expect(consumer.template.resources[0].properties["Endpoint"]
            == .importValue("Producer:ExportsOutputFnGetAttQueueArn042C0F02"))
    }

    @Test func crossStackReferenceMakesTheConsumerDependOnTheProducer() throws {
        let assembly = try producerAndConsumer { $0.ref }
        #expect(assembly.stack(named: "Consumer")?.dependencies == ["Producer"])
        #expect(assembly.stack(named: "Producer")?.dependencies == [])
    }

    @Test func aValueUsedTwiceIsExportedOnce() throws {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Producer", env: env) { queue }
            Stack("Consumer", env: env) {
                CfnResource("A", type: "AWS::SNS::Subscription", properties: ["Endpoint": queue.ref])
                CfnResource("B", type: "AWS::SNS::Subscription", properties: ["Endpoint": queue.ref])
                CfnOutput("Arn", value: queue.getAtt("Arn"))
            }
        })
        let outputs = try #require(assembly.stack(named: "Producer")).template.outputs
        #expect(outputs.map(\.logicalID).count == 2)
        #expect(outputs.allSatisfy { $0.logicalID.hasPrefix("ExportsOutput") })
    }

    @Test func agnosticStacksCanReferenceEachOther() throws {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Producer") { queue }
            Stack("Consumer") { CfnOutput("Url", value: queue.ref) }
        })
        let exported: String = try #require(assembly.stack(named: "Producer")?.template.outputs.first?.logicalID)
        let imported: JSONValue? = assembly.stack(named: "Consumer")?.template.outputs.first?.value
        #expect(imported == .importValue(.string("Producer:" + exported)))
    }

    @Test func exportNameUsesTheStackName() throws {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Producer", env: env, stackName: "hello-producer") { queue }
            Stack("Consumer", env: env) { CfnOutput("Url", value: queue.ref) }
        })
        let export = assembly.stack(named: "Producer")?.template.outputs.first?.exportName?.stringValue
        #expect(export?.hasPrefix("hello-producer:ExportsOutputRefQueue") == true)
    }

    @Test func exportNameKeepsTheEndOfALongLocalPart() {
        let name = Preparation.exportName(stackName: "S", localPart: String(repeating: "a", count: 250) + "TAIL")
        #expect(name.count == 255)
        #expect(name.hasPrefix("S:aaa"))
        #expect(name.hasSuffix("TAIL"))
    }

    @Test func dependsOnInTheSameStackRendersDependsOn() throws {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                queue
                CfnResource("Topic", type: "AWS::SNS::Topic", dependsOn: [queue, queue])
            }
        })
        #expect(assembly.stacks[0].template.resources[1].dependsOn == ["Queue"])
    }

    @Test func dependsOnAcrossStacksBecomesAStackDependency() throws {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Producer", env: env) { queue }
            Stack("Consumer", env: env) { CfnResource("Topic", type: "AWS::SNS::Topic", dependsOn: [queue]) }
        })
        let consumer = try #require(assembly.stack(named: "Consumer"))
        #expect(consumer.dependencies == ["Producer"])
        #expect(consumer.template.resources[0].dependsOn.isEmpty)
    }

    @Test func conditionsParametersAndMappingsResolveToTheirLogicalIDs() throws {
        let stage = CfnParameter("Stage", default: "dev", allowedValues: ["dev", "prod"])
        let isProd = CfnCondition("IsProd", expression: .equals(stage.value, "prod"))
        let sizes = CfnMapping("Sizes", mapping: ["dev": ["Retention": 60], "prod": ["Retention": 1_209_600]])
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                stage
                isProd
                sizes
                CfnResource("Queue", type: "AWS::SQS::Queue", properties: [
                    "MessageRetentionPeriod": sizes.find(stage.value, "Retention"),
                    "DelaySeconds": isProd.if(0, 5),
                ], condition: isProd)
            }
        })
        let template = assembly.stacks[0].template
        #expect(template.parameters.map(\.logicalID) == ["Stage"])
        #expect(template.conditions["IsProd"] == .equals(.ref("Stage"), "prod"))
        #expect(template.mappings["Sizes"]?["prod"] == ["Retention": 1_209_600])
        #expect(template.resources[0].condition == "IsProd")
        #expect(template.resources[0].properties["MessageRetentionPeriod"] == .findInMap("Sizes", .ref("Stage"), "Retention"))
        #expect(template.resources[0].properties["DelaySeconds"] == .if("IsProd", 0, 5))
    }

    @Test func joinsAreReducedAfterReferencesResolve() throws {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                queue
                CfnOutput("Arn", value: .join("", ["arn:", .join("", [.pseudo(.partition), ":sqs:"]), queue.getAtt("QueueName")]))
                CfnOutput("Literal", value: .join("-", ["a", "b"]))
            }
        })
        let outputs = assembly.stacks[0].template.outputs
        #expect(outputs[0].value == .join("", ["arn:", .pseudo(.partition), ":sqs:", .getAtt("Queue", "QueueName")]))
        #expect(outputs[1].value == "a-b")
    }

    @Test func conditionOfAnotherStackIsReported() {
        let condition = CfnCondition("IsProd", expression: .equals("a", "b"))
        let found = diagnostics(of: App {
            Stack("One") { condition }
            Stack("Two") { CfnResource("Queue", type: "AWS::SQS::Queue", condition: condition) }
        })
        #expect(found.map(\.code) == ["reference.crossStackElement"])
    }
}

@Suite struct DependsOnTests {
    @Test func dependencyAlreadyEnforcedByAReferenceIsLeftOut() throws {
        let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
        let other = CfnResource("Other", type: "AWS::SQS::Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                queue
                other
                CfnResource("Topic", type: "AWS::SNS::Topic", properties: ["DisplayName": queue.getAtt("QueueName")], dependsOn: [queue, other])
            }
        })
        #expect(assembly.stacks[0].template.resources[2].dependsOn == ["Other"])
    }
}
