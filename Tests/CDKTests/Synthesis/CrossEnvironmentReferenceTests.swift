import Testing
@testable import CDK

// A reference to a resource of another account or region resolves by the resource's
// physical name, generated as the CDK generates it (spec §2.7; the name below is the
// CDK 2.275.0's for `TargetStack/Fn` in 234567890123/us-west-2).
@Suite struct CrossEnvironmentReferenceTests {
    let source = Environment.aws(account: "123456789012", region: "us-west-2")
    let target = Environment.aws(account: "234567890123", region: "us-west-2")

    func app(referring value: @escaping (Function) -> JSONValue, functionName: String? = nil) -> (App, Function) {
        let fn = Function("Fn", runtime: "nodejs22.x", handler: "index.handler", inlineCode: "exports.handler = async () => {};",
                          functionName: functionName)
        let app = App {
            Stack("SourceStack", env: source) {
                CfnResource("Param", type: "AWS::SSM::Parameter", properties: ["Type": "String", "Value": value(fn)])
            }
            Stack("TargetStack", env: target) { fn }
        }
        return (app, fn)
    }

    @Test func aFunctionWithoutANameGetsTheCDKsGeneratedName() throws {
        let (app, _) = app(referring: { $0.functionArn })
        let param = try properties("Param", in: app, stack: "SourceStack")
        #expect(param?["Value"] == ["Fn::Join": ["", [
            "arn:", ["Ref": "AWS::Partition"],
            ":lambda:us-west-2:234567890123:function:targetstacktargetstackfn4e7783085c4607e3e867",
        ]]])
        let fn = try properties("Fn9270CBC0", in: app, stack: "TargetStack")
        #expect(fn?["FunctionName"] == "targetstacktargetstackfn4e7783085c4607e3e867")
    }

    @Test func anExplicitNameIsUsedAsIs() throws {
        let (app, _) = app(referring: { $0.functionNameValue }, functionName: "my-function")
        #expect(try properties("Param", in: app, stack: "SourceStack")?["Value"] == "my-function")
    }

    @Test func noExportAndNoStackDependency() throws {
        let (app, _) = app(referring: { $0.functionArn })
        let assembly = try Synthesizer.synthesize(app)
        #expect(assembly.stack(named: "SourceStack")?.dependencies == [])
        #expect(assembly.stack(named: "TargetStack")?.template.outputs.isEmpty == true)
    }

    @Test func aQueuesURLAndArnFromItsName() throws {
        let queue = Queue("Queue", queueName: "jobs")
        let app = App {
            Stack("SourceStack", env: source) {
                CfnResource("Param", type: "AWS::SSM::Parameter", properties: [
                    "Type": "StringList", "Value": .join(",", [queue.queueUrl, queue.queueArn]),
                ])
            }
            Stack("TargetStack", env: target) { queue }
        }
        let value = try properties("Param", in: app, stack: "SourceStack")?["Value"]
        let expected: JSONValue = ["Fn::Join": [",", [
            ["Fn::Join": ["", ["https://sqs.us-west-2.", ["Ref": "AWS::URLSuffix"], "/234567890123/jobs"]]],
            ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":sqs:us-west-2:234567890123:jobs"]]],
        ]]]
        #expect(value == expected)
    }

    @Test func anAttributeTheNameDoesNotTellIsReported() {
        let (app, _) = app(referring: { $0.resource.getAtt("SnapStartResponse") })
        #expect(errorCodes(app) == ["reference.crossEnvironment.attribute"])
    }

    @Test func theProducersEnvironmentMustBeConcrete() {
        let fn = Function("Fn", runtime: "nodejs22.x", handler: "index.handler", inlineCode: "x")
        let app = App {
            Stack("SourceStack", env: source) {
                CfnResource("Param", type: "AWS::SSM::Parameter", properties: ["Type": "String", "Value": fn.functionArn])
            }
            Stack("TargetStack") { fn }
        }
        #expect(errorCodes(app) == ["reference.crossEnvironment.unresolved"])
    }
}
