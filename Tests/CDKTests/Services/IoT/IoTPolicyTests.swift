import Testing
@testable import CDK

@Suite struct IoTPolicyTests {
    static func arn(_ resource: String) -> JSONValue {
        .join("", ["arn:", .pseudo(.partition), ":iot:", .pseudo(.region), ":", .pseudo(.accountId), .string(":" + resource)])
    }

    @Test func subscribingAllowsTheFiltersAsWrittenAndReceivingTheTopicsTheyMatch() throws {
        let policy = try #require(try properties("DevicePolicyDE7893AB", in: App {
            Stack("Stack") { IoTPolicy("DevicePolicy", subscribe: [.thing(.created), .presence(.connected, clientID: "device-1")]) }
        }))
        #expect(policy == [
            "PolicyDocument": [
                "Statement": [
                    ["Action": "iot:Subscribe", "Effect": "Allow", "Resource": [
                        Self.arn("topicfilter/$aws/events/thing/+/created"),
                        Self.arn("topicfilter/$aws/events/presence/connected/device-1"),
                    ]],
                    ["Action": "iot:Receive", "Effect": "Allow", "Resource": [
                        Self.arn("topic/$aws/events/thing/*/created"),
                        Self.arn("topic/$aws/events/presence/connected/device-1"),
                    ]],
                ],
                "Version": "2012-10-17",
            ],
        ])
    }

    @Test func connectAndPublishComeBeforeAndAfterAndANameRenders() throws {
        let policy = try #require(try properties("DevicePolicyDE7893AB", in: App {
            Stack("Stack") {
                IoTPolicy("DevicePolicy", policyName: "devices", connect: ["${iot:Connection.Thing.ThingName}"],
                          subscribe: [.job(.completed)], publish: [IoTTopic("telemetry/room1")],
                          statements: [PolicyStatement(actions: ["iot:UpdateThingShadow"], resources: ["*"])])
            }
        }))
        #expect(policy["PolicyName"] == "devices")
        #expect(policy["PolicyDocument"]?["Statement"] == [
            ["Action": "iot:Connect", "Effect": "Allow", "Resource": Self.arn("client/${iot:Connection.Thing.ThingName}")],
            ["Action": "iot:Subscribe", "Effect": "Allow", "Resource": Self.arn("topicfilter/$aws/events/job/+/completed")],
            ["Action": "iot:Receive", "Effect": "Allow", "Resource": Self.arn("topic/$aws/events/job/*/completed")],
            ["Action": "iot:Publish", "Effect": "Allow", "Resource": Self.arn("topic/telemetry/room1")],
            ["Action": "iot:UpdateThingShadow", "Effect": "Allow", "Resource": "*"],
        ])
    }

    @Test func arnsAreLiteralInAConcreteEnvironment() throws {
        let policy = try #require(try properties("DevicePolicyDE7893AB", in: App {
            Stack("Stack", env: .aws(account: "123456789012", region: "eu-west-1")) {
                IoTPolicy("DevicePolicy", subscribe: [.jobExecution(.failed)])
            }
        }))
        #expect(policy["PolicyDocument"]?["Statement"]?.arrayValue?.first?["Resource"]
                == .join("", ["arn:", .pseudo(.partition), ":iot:eu-west-1:123456789012:topicfilter/$aws/events/jobExecution/+/failed"]))
    }

    @Test func mistakesAreReported() {
        let codes = errorCodes(App {
            Stack("Stack") {
                IoTPolicy("Empty")
                IoTPolicy("Bad", policyName: "no spaces", connect: [""], subscribe: [.thing(thing: "a/b")], publish: [IoTTopic("a/+")])
            }
        })
        #expect(codes == [
            "iot.policy.empty",
            "iot.policy.name.invalid", "iot.policy.clientID.empty", "iot.topic.name", "iot.policy.publishToFilter",
        ])
    }
}
