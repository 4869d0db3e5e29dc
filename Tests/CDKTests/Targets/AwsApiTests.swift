import Testing
@testable import CDK

// Expected logical IDs, inputs and policies come from the real CDK 2.275.0 for the same
// declarations (rules 'Rule' and 'Rule2' in stack 'Stack', AwsApi targets of ECS, RDS and
// cloudwatch-logs). Only the function's Code (inline here, an asset there) differs.
@Suite struct AwsApiTests {
    static let functionID = "AWSb4cf1abd4e4f4bc699441af7ccd9ec371511E620"
    static let roleID = "AWSb4cf1abd4e4f4bc699441af7ccd9ec37ServiceRole9FFE9C50"
    static let policyID = "AWSb4cf1abd4e4f4bc699441af7ccd9ec37ServiceRoleDefaultPolicy4D43A7C1"

    func app() -> App {
        App {
            Stack("Stack") {
                Rule("Rule", schedule: .rate(.hours(1))) {
                    AwsApi(service: "ECS", action: "updateService", parameters: ["service": "my", "forceNewDeployment": true])
                    AwsApi(service: "RDS", action: "stopDBInstance", parameters: ["DBInstanceIdentifier": "x"],
                           catchErrorPattern: "Err", apiVersion: "2014-10-31",
                           policyStatement: PolicyStatement(actions: ["rds:StopDBInstance"], resources: ["arn:aws:rds:*:*:db:x"]))
                }
                Rule("Rule2", schedule: .rate(.hours(2))) {
                    AwsApi(service: "ECS", action: "updateService")
                    AwsApi(service: "cloudwatch-logs", action: "putRetentionPolicy")
                }
            }
        }
    }

    func resources(_ app: App) throws -> [Resource] {
        try Synthesizer.synthesize(app).stacks[0].template.resources
    }

    @Test func targetInvokesTheSharedFunctionWithTheCallAsInput() throws {
        let rule = try #require(try properties("Rule4C995B7F", in: app()))
        #expect(rule["Targets"] == [
            [
                "Arn": ["Fn::GetAtt": [.string(Self.functionID), "Arn"]], "Id": "Target0",
                "Input": #"{"service":"ECS","action":"updateService","parameters":{"service":"my","forceNewDeployment":true}}"#,
            ],
            [
                "Arn": ["Fn::GetAtt": [.string(Self.functionID), "Arn"]], "Id": "Target1",
                "Input": #"{"service":"RDS","action":"stopDBInstance","parameters":{"DBInstanceIdentifier":"x"},"catchErrorPattern":"Err","apiVersion":"2014-10-31"}"#,
            ],
        ])
    }

    @Test func eachTargetGetsAPermissionNamedAfterItsHandlerConstruct() throws {
        #expect(try properties("RuleAllowEventRuleStackRuleRuleTarget0Handler10C3C9ACCE47A324", in: app()) == [
            "Action": "lambda:InvokeFunction",
            "FunctionName": ["Fn::GetAtt": [.string(Self.functionID), "Arn"]],
            "Principal": "events.amazonaws.com",
            "SourceArn": ["Fn::GetAtt": ["Rule4C995B7F", "Arn"]],
        ])
        let ids = try resources(app()).filter { $0.type == "AWS::Lambda::Permission" }.map(\.logicalID)
        #expect(ids == [
            "RuleAllowEventRuleStackRuleRuleTarget0Handler10C3C9ACCE47A324",
            "RuleAllowEventRuleStackRuleRuleTarget1Handler2C6EC5F494BF6CDC",
            "Rule2AllowEventRuleStackRule2Rule2Target0HandlerF84FDEDB860D51B0",
            "Rule2AllowEventRuleStackRule2Rule2Target1Handler6B73A576E9A8BA16",
        ])
    }

    @Test func oneFunctionServesEveryRuleOfTheStack() throws {
        let resources = try resources(app())
        let functions: [String] = resources.filter { $0.type == "AWS::Lambda::Function" }.map(\.logicalID)
        let roles: [String] = resources.filter { $0.type == "AWS::IAM::Role" }.map(\.logicalID)
        #expect(functions == [Self.functionID])
        #expect(roles == [Self.roleID])
        let function = try #require(resources.first { $0.logicalID == Self.functionID })
        #expect(function.properties["Handler"] == "index.handler")
        #expect(function.properties["MemorySize"] == 256)
        #expect(function.properties["Timeout"] == 60)
        #expect(function.properties["Runtime"] == "nodejs24.x")
        #expect(function.properties["Role"] == .getAtt(Self.roleID, "Arn"))
        #expect(function.properties["Code"] == ["ZipFile": .string(AwsApi.handlerCode)])
        #expect(function.dependsOn == [Self.policyID])
    }

    @Test func roleGetsTheGivenOrDerivedStatementOfEveryTargetOnce() throws {
        #expect(try properties(Self.policyID, in: app()) == [
            "PolicyDocument": [
                "Statement": [
                    ["Action": "ecs:UpdateService", "Effect": "Allow", "Resource": "*"],
                    ["Action": "rds:StopDBInstance", "Effect": "Allow", "Resource": "arn:aws:rds:*:*:db:x"],
                    ["Action": "logs:PutRetentionPolicy", "Effect": "Allow", "Resource": "*"],
                ],
                "Version": "2012-10-17",
            ],
            "PolicyName": .string(Self.policyID),
            "Roles": [["Ref": .string(Self.roleID)]],
        ])
    }

    @Test func eachStackHasItsOwnFunction() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("A") { Rule("R", schedule: .rate(.hours(1))) { AwsApi(service: "ec2", action: "StartInstances") } }
            Stack("Nested") {
                Construct("Group") { Rule("R", schedule: .rate(.hours(1))) { AwsApi(service: "ec2", action: "StartInstances") } }
            }
        })
        for stack in assembly.stacks {
            let functions: [String] = stack.template.resources.filter { $0.type == "AWS::Lambda::Function" }.map(\.logicalID)
            #expect(functions == [Self.functionID])
        }
        // A rule inside a group, as the CDK names its permission.
        #expect(assembly.stacks[1].template.resources.contains { $0.logicalID == "GroupRAllowEventRuleNestedGroupRRTarget0HandlerDC7B83636F520F2F" })
    }

    @Test func handlerFitsTheInlineCodeLimit() {
        #expect(AwsApi.handlerCode.utf8.count < 4096)
    }

    @Test func iamActionUsesTheServicePrefixAndUpperCasesTheAction() {
        #expect(AwsApi(service: "ECS", action: "updateService").iamAction == "ecs:UpdateService")
        #expect(AwsApi(service: "cloudwatch-logs", action: "putRetentionPolicy").iamAction == "logs:PutRetentionPolicy")
        #expect(AwsApi(service: "@aws-sdk/client-sfn", action: "StartExecution").iamAction == "states:StartExecution")
        #expect(AwsApi(service: "CloudWatchLogs", action: "putRetentionPolicy").iamAction == "logs:PutRetentionPolicy")
    }

    @Test func inputNamesAV2ServiceByItsV3Client() {
        #expect(AwsApi(service: "CloudWatchLogs", action: "x").inputServiceName == "cloudwatch-logs")
        #expect(AwsApi(service: "ECS", action: "x").inputServiceName == "ECS")
        #expect(AwsApi(service: "@aws-sdk/client-ecs", action: "x").inputServiceName == "@aws-sdk/client-ecs")
    }

    @Test func emptyServiceOrActionIsAnError() {
        let codes = errorCodes(App {
            Stack("Stack") {
                Rule("Rule", schedule: .rate(.hours(1))) {
                    AwsApi(service: "", action: "updateService")
                    AwsApi(service: "ecs", action: "")
                }
            }
        })
        #expect(codes == ["events.target.awsApi.service", "events.target.awsApi.action"])
    }

    @Test func unknownServiceIsAWarning() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") { Rule("Rule", schedule: .rate(.hours(1))) { AwsApi(service: "nosuchservice", action: "doIt") } }
        })
        #expect(assembly.warnings.map(\.code) == ["events.target.awsApi.unknownService"])
    }
}
