import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 with @aws-cdk/aws-iot-alpha and
// aws-iot-actions-alpha 2.275.0-alpha.0, for the same declarations: rules 'ThingEvents'
// (SQS, SNS and Lambda actions) and 'Second' (named, described, disabled, base64 SQS,
// an SNS error action) in stack 'Stack'.
@Suite struct TopicRuleTests {
    let queue = Queue("Queue")
    let topic = Topic("Topic")
    let function = Function("Fn", runtime: "nodejs22.x", handler: "index.handler", inlineCode: "exports.handler=async()=>{}")

    func app() -> App {
        App {
            Stack("Stack") {
                queue
                topic
                function
                TopicRule("ThingEvents", sql: .version20160323("SELECT * FROM '$aws/events/thing/+/created'")) {
                    SqsQueueAction(queue)
                    SnsTopicAction(topic)
                    LambdaFunctionAction(function)
                }
                TopicRule("Second", sql: .version20151008("SELECT * FROM 'a/b'"), ruleName: "second_rule", description: "d",
                          enabled: false, errorAction: SnsTopicAction(topic)) {
                    SqsQueueAction(queue, useBase64: true)
                    LambdaFunctionAction(function)
                }
            }
        }
    }

    @Test func ruleRendersItsSqlAndActionsWithTheSharedRole() throws {
        #expect(try properties("ThingEventsB176EDD4", in: app()) == [
            "TopicRulePayload": [
                "Actions": [
                    ["Sqs": ["QueueUrl": ["Ref": "Queue4A7E3555"], "RoleArn": ["Fn::GetAtt": ["ThingEventsTopicRuleActionRoleF45D4515", "Arn"]]]],
                    ["Sns": ["RoleArn": ["Fn::GetAtt": ["ThingEventsTopicRuleActionRoleF45D4515", "Arn"]], "TargetArn": ["Ref": "TopicBFC7AF6E"]]],
                    ["Lambda": ["FunctionArn": ["Fn::GetAtt": ["Fn9270CBC0", "Arn"]]]],
                ],
                "AwsIotSqlVersion": "2016-03-23",
                "Sql": "SELECT * FROM '$aws/events/thing/+/created'",
            ],
        ])
    }

    @Test func nameDescriptionStateAndErrorActionRender() throws {
        #expect(try properties("Second394350F9", in: app()) == [
            "RuleName": "second_rule",
            "TopicRulePayload": [
                "Actions": [
                    ["Sqs": ["QueueUrl": ["Ref": "Queue4A7E3555"], "RoleArn": ["Fn::GetAtt": ["SecondTopicRuleActionRoleFD11ED13", "Arn"]], "UseBase64": true]],
                    ["Lambda": ["FunctionArn": ["Fn::GetAtt": ["Fn9270CBC0", "Arn"]]]],
                ],
                "AwsIotSqlVersion": "2015-10-08",
                "Description": "d",
                "ErrorAction": ["Sns": ["RoleArn": ["Fn::GetAtt": ["SecondTopicRuleActionRoleFD11ED13", "Arn"]], "TargetArn": ["Ref": "TopicBFC7AF6E"]]],
                "RuleDisabled": true,
                "Sql": "SELECT * FROM 'a/b'",
            ],
        ])
    }

    @Test func actionRoleTrustsIoTAndMayUseEachDestination() throws {
        #expect(try properties("ThingEventsTopicRuleActionRoleF45D4515", in: app()) == [
            "AssumeRolePolicyDocument": [
                "Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "iot.amazonaws.com"]]],
                "Version": "2012-10-17",
            ],
        ])
        #expect(try properties("ThingEventsTopicRuleActionRoleDefaultPolicy8B65916D", in: app()) == [
            "PolicyDocument": [
                "Statement": [
                    ["Action": "sqs:SendMessage", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Queue4A7E3555", "Arn"]]],
                    ["Action": "sns:Publish", "Effect": "Allow", "Resource": ["Ref": "TopicBFC7AF6E"]],
                ],
                "Version": "2012-10-17",
            ],
            "PolicyName": "ThingEventsTopicRuleActionRoleDefaultPolicy8B65916D",
            "Roles": [["Ref": "ThingEventsTopicRuleActionRoleF45D4515"]],
        ])
    }

    @Test func errorActionIsGrantedFirst() throws {
        let policy = try #require(try properties("SecondTopicRuleActionRoleDefaultPolicy55899C9F", in: app()))
        #expect(policy["PolicyDocument"]?["Statement"] == [
            ["Action": "sns:Publish", "Effect": "Allow", "Resource": ["Ref": "TopicBFC7AF6E"]],
            ["Action": "sqs:SendMessage", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Queue4A7E3555", "Arn"]]],
        ])
    }

    @Test func lambdaPermissionSitsUnderTheFunctionOncePerRule() throws {
        #expect(try properties("FnStackThingEventsB9E2C914IotLambdaFunctionAction8C5B5E36", in: app()) == [
            "Action": "lambda:InvokeFunction",
            "FunctionName": ["Fn::GetAtt": ["Fn9270CBC0", "Arn"]],
            "Principal": "iot.amazonaws.com",
            "SourceAccount": ["Ref": "AWS::AccountId"],
            "SourceArn": ["Fn::GetAtt": ["ThingEventsB176EDD4", "Arn"]],
        ])
        #expect(try properties("FnStackSecond4D9FD3F5IotLambdaFunctionAction404567C9", in: app())?["SourceArn"]
                == ["Fn::GetAtt": ["Second394350F9", "Arn"]])
    }

    @Test func givenRoleIsUsedInsteadOfTheRulesRole() throws {
        let role = Role("Given", assumedBy: .service("iot.amazonaws.com"))
        let queue = Queue("Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                queue
                role
                TopicRule("Rule", topic: IoTTopic("a/b")) { SqsQueueAction(queue, role: role) }
            }
        })
        let resources = assembly.stacks[0].template.resources
        #expect(!resources.contains { $0.logicalID.contains("TopicRuleActionRole") })
        let policy = try #require(resources.first { $0.logicalID.hasPrefix("GivenDefaultPolicy") })
        #expect(JSONValue.object(policy.properties)["PolicyDocument"]?["Statement"] == [
            ["Action": "sqs:SendMessage", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Queue4A7E3555", "Arn"]]],
        ])
    }

    @Test func ruleByTopicSelectsEveryMessage() throws {
        let queue = Queue("Queue")
        let rule = try #require(try properties("Rule4C995B7F", in: App {
            Stack("Stack") {
                queue
                TopicRule("Rule", topic: .presence(.disconnected)) { SqsQueueAction(queue) }
            }
        }))
        #expect(rule["TopicRulePayload"]?["Sql"] == "SELECT * FROM '$aws/events/presence/disconnected/+'")
        #expect(rule["TopicRulePayload"]?["AwsIotSqlVersion"] == "2016-03-23")
    }

    @Test func mistakesAreReported() {
        let fifoQueue = Queue("Fifo", fifo: true)
        let fifoTopic = Topic("FifoTopic", fifo: true)
        let queue = Queue("Queue")
        let codes = errorCodes(App {
            Stack("Stack") {
                fifoQueue
                fifoTopic
                queue
                TopicRule("Empty", sql: .version20160323(""), ruleName: "has-dashes")
                TopicRule("FifoRule", topic: IoTTopic("a/#/b"), errorAction: SnsTopicAction(fifoTopic)) { SqsQueueAction(fifoQueue) }
                TopicRule("Many", topic: IoTTopic("a")) {
                    for _ in 0..<11 { SqsQueueAction(queue) }
                }
            }
        })
        #expect(codes == [
            "iot.topicRule.sql.empty", "iot.topicRule.name.invalid",
            "iot.topic.invalid", "iot.action.sqs.fifo", "iot.action.sns.fifo",
            "iot.topicRule.tooManyActions",
        ])
    }
}
