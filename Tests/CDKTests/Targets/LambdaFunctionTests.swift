import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (the codepipeline_failures reference app).
@Suite struct LambdaFunctionTests {
    func app() -> App {
        let handler = Function("PipelineStateHandler", runtime: "python3.12", handler: "index.handler", inlineCode: "def handler(e, c): pass\n")
        return App {
            Stack("CodePipelineFailures") {
                handler
                Rule("MyPipelineStateChange", eventPattern: EventPattern(source: ["aws.codepipeline"])) { LambdaFunction(handler) }
            }
        }
    }

    @Test func permissionLetsTheRuleInvokeTheFunction() throws {
        #expect(try properties("MyPipelineStateChangeAllowEventRuleCodePipelineFailuresPipelineStateHandler4F11735B8B4D288B", in: app()) == [
            "Action": "lambda:InvokeFunction",
            "FunctionName": ["Fn::GetAtt": ["PipelineStateHandlerA91E3C65", "Arn"]],
            "Principal": "events.amazonaws.com",
            "SourceArn": ["Fn::GetAtt": ["MyPipelineStateChangeB93FCF00", "Arn"]],
        ])
    }

    @Test func functionHasABasicExecutionRoleItGetsAttributesOf() throws {
        let assembly = try Synthesizer.synthesize(app())
        let resources = assembly.stacks[0].template.resources
        let role = try #require(resources.first { $0.logicalID == "PipelineStateHandlerServiceRole2A956DBA" })
        #expect(JSONValue.object(role.properties) == [
            "AssumeRolePolicyDocument": [
                "Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "lambda.amazonaws.com"]]],
                "Version": "2012-10-17",
            ],
            "ManagedPolicyArns": [.join("", ["arn:", .pseudo(.partition), ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])],
        ])
        let function = try #require(resources.first { $0.logicalID == "PipelineStateHandlerA91E3C65" })
        // The CDK also writes DependsOn on the role; the Fn::GetAtt already orders them.
        #expect(function.dependsOn.isEmpty)
        #expect(function.properties["Role"] == .getAtt("PipelineStateHandlerServiceRole2A956DBA", "Arn"))
    }

    @Test func oneFunctionTargetedTwiceByARuleGetsOnePermission() throws {
        let handler = Function("Handler", runtime: "python3.12", handler: "index.handler", inlineCode: "x")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                handler
                Rule("Rule", schedule: .rate(.hours(1))) {
                    LambdaFunction(handler)
                    LambdaFunction(handler)
                }
            }
        })
        #expect(assembly.stacks[0].template.resources.filter { $0.type == "AWS::Lambda::Permission" }.count == 1)
    }

    @Test func functionLimitsAreValidated() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                Function("F", runtime: "python3.12", handler: "index.handler", inlineCode: String(repeating: "x", count: 4097),
                         timeoutSeconds: 901, memorySize: 64)
            }
        })
        #expect(found.map(\.code) == ["lambda.function.inlineCodeTooLarge", "lambda.function.timeout", "lambda.function.memorySize"])
    }
}
