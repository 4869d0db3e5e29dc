import Testing
@testable import CDK

@Suite struct IoTEventConfigurationsTests {
    static let functionID = "IoTEventConfigurations27c5cb9f2cc4434ebbcb38ada1faaf6e29459660"
    static let roleID = "IoTEventConfigurations27c5cb9f2cc4434ebbcb38ada1faaf6eServiceRoleD4EE14F9"
    static let policyID = "IoTEventConfigurations27c5cb9f2cc4434ebbcb38ada1faaf6eServiceRoleDefaultPolicyD581AAFD"

    func resources(_ app: App) throws -> [Resource] {
        try Synthesizer.synthesize(app).stacks[0].template.resources
    }

    @Test func customResourceCallsTheSharedHandlerWithTheConfigurations() throws {
        let resources = try resources(App {
            Stack("Stack") { IoTEventConfigurations("Events", enable: [.job, .thing], disable: [.thingGroup]) }
        })
        let resource = try #require(resources.first { $0.type == "Custom::IoTEventConfigurations" })
        // The logical ID the CDK gives Stack/Events/Resource.
        #expect(resource.logicalID == "EventsD32975C2")
        #expect(JSONValue.object(resource.properties) == [
            "EventConfigurations": ["THING": ["Enabled": true], "THING_GROUP": ["Enabled": false], "JOB": ["Enabled": true]],
            "ServiceToken": ["Fn::GetAtt": [.string(Self.functionID), "Arn"]],
        ])
        #expect(resource.deletionPolicy == "Delete")
        #expect(resource.updateReplacePolicy == "Delete")
    }

    @Test func handlerRoleMayDescribeAndUpdateEventConfigurations() throws {
        let app = App { Stack("Stack") { IoTEventConfigurations("Events", enable: [.thing]) } }
        #expect(try properties(Self.policyID, in: app)?["PolicyDocument"]?["Statement"] == [
            ["Action": ["iot:DescribeEventConfigurations", "iot:UpdateEventConfigurations"], "Effect": "Allow", "Resource": "*"],
        ])
        let function = try #require(try resources(app).first { $0.logicalID == Self.functionID })
        #expect(function.properties["Runtime"] == "nodejs24.x")
        #expect(function.properties["Code"] == ["ZipFile": .string(IoTEventConfigurations.handlerCode)])
        #expect(function.properties["Role"] == .getAtt(Self.roleID, "Arn"))
        #expect(function.dependsOn == [Self.policyID])
    }

    @Test func severalConstructsOfAStackShareOneHandler() throws {
        let resources = try resources(App {
            Stack("Stack") {
                IoTEventConfigurations("A", enable: [.thing])
                Construct("Group") { IoTEventConfigurations("B", enable: [.job]) }
            }
        })
        let functions: [String] = resources.filter { $0.type == "AWS::Lambda::Function" }.map(\.logicalID)
        #expect(functions == [Self.functionID])
        #expect(resources.filter { $0.type == "AWS::IAM::Policy" }.count == 1)
        #expect(resources.filter { $0.type == "Custom::IoTEventConfigurations" }.count == 2)
    }

    @Test func topicsNameTheTypesToEnable() {
        let configurations = IoTEventConfigurations("E", enableFor: [.thing(.created), .presence(), .jobExecution(), .thing(.deleted)])
        #expect(configurations.enabledTypes == [.thing, .jobExecution])
    }

    @Test func handlerFitsTheInlineCodeLimit() {
        #expect(IoTEventConfigurations.handlerCode.utf8.count < 4096)
    }

    @Test func mistakesAreReported() {
        #expect(errorCodes(App {
            Stack("Stack") {
                IoTEventConfigurations("None", enable: [])
                IoTEventConfigurations("Both", enable: [.job], disable: [.job])
            }
        }) == ["iot.eventConfigurations.empty", "iot.eventConfigurations.conflict"])
    }

    @Test func topicsOfTypesTheStackLeavesOffAreWarnedAbout() throws {
        let queue = Queue("Queue")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                IoTEventConfigurations("Events", enable: [.thing])
                queue
                TopicRule("Jobs", topic: .job(.completed)) { SqsQueueAction(queue) }
                TopicRule("Things", topic: .thing(.created)) { SqsQueueAction(queue) }
                IoTPolicy("Devices", subscribe: [.jobExecution(), .jobExecution(.failed), .presence(), .thing()])
            }
        })
        #expect(assembly.warnings.map(\.code) == ["iot.topic.eventTypeDisabled", "iot.topic.eventTypeDisabled"])
        #expect(assembly.warnings.map(\.path) == ["Stack/Jobs", "Stack/Devices"])
    }

    @Test func withoutEventConfigurationsInTheStackNothingIsWarnedAbout() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") { IoTPolicy("Devices", subscribe: [.jobExecution()]) }
        })
        #expect(assembly.warnings.isEmpty)
    }
}
