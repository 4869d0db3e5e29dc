import CDK
import Samples
import Testing

@Suite struct IoTEventMessagesTests {
    func resource(_ type: String) throws -> Resource {
        let sample = try #require(samples.first { $0.name == "IoTEventMessages" })
        let assembly = try Synthesizer.synthesize(sample.makeApp())
        return try #require(assembly.stacks[0].template.resources.first { $0.type == type })
    }

    static func arn(_ resource: String) -> JSONValue {
        .join("", ["arn:", .pseudo(.partition), ":iot:", .pseudo(.region), ":", .pseudo(.accountId), .string(":" + resource)])
    }

    @Test func devicePolicyConnectsAsItsThingAndReceivesThingAndJobEvents() throws {
        let policy = try resource("AWS::IoT::Policy")
        #expect(policy.properties["PolicyDocument"]?["Statement"] == [
            ["Action": "iot:Connect", "Effect": "Allow", "Resource": Self.arn("client/${iot:Connection.Thing.ThingName}")],
            ["Action": "iot:Subscribe", "Effect": "Allow", "Resource": [
                Self.arn("topicfilter/$aws/events/thing/+/+"),
                Self.arn("topicfilter/$aws/events/job/+/completed"),
                Self.arn("topicfilter/$aws/events/jobExecution/firmware-update/+"),
            ]],
            ["Action": "iot:Receive", "Effect": "Allow", "Resource": [
                Self.arn("topic/$aws/events/thing/*/*"),
                Self.arn("topic/$aws/events/job/*/completed"),
                Self.arn("topic/$aws/events/jobExecution/firmware-update/*"),
            ]],
        ])
    }

    @Test func ruleSendsEveryThingEventToTheQueue() throws {
        let rule = try resource("AWS::IoT::TopicRule")
        #expect(rule.properties["TopicRulePayload"]?["Sql"] == "SELECT * FROM '$aws/events/thing/+/+'")
        #expect(rule.properties["TopicRulePayload"]?["Actions"]?.arrayValue?.first?["Sqs"]?["QueueUrl"] == ["Ref": "ThingEventsB176EDD4"])
    }

    @Test func thingAndJobEventsAreTurnedOn() throws {
        let configurations = try resource("Custom::IoTEventConfigurations")
        #expect(configurations.properties["EventConfigurations"] == [
            "THING": ["Enabled": true], "JOB": ["Enabled": true], "JOB_EXECUTION": ["Enabled": true],
        ])
    }
}
