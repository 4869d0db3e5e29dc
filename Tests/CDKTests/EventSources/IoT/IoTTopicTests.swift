import Testing
@testable import CDK

// Topic names from the AWS IoT Core Developer Guide: "Reserved topics" (event topics and
// job topics), "Registry events", "Jobs events" and "Lifecycle events".
@Suite struct IoTTopicTests {
    @Test func registryTopicsNameTheThingTypeOrGroupThenTheOperation() {
        #expect(IoTTopic.thing(.created, thing: "MyThing").name == "$aws/events/thing/MyThing/created")
        #expect(IoTTopic.thing(.deleted).name == "$aws/events/thing/+/deleted")
        #expect(IoTTopic.thing().name == "$aws/events/thing/+/+")
        #expect(IoTTopic.thingType(.updated, thingType: "Sensor").name == "$aws/events/thingType/Sensor/updated")
        #expect(IoTTopic.thingGroup(.created, group: "Fleet").name == "$aws/events/thingGroup/Fleet/created")
        #expect(IoTTopic.thingTypeAssociation(thing: "MyThing", thingType: "Sensor").name
                == "$aws/events/thingTypeAssociation/thing/MyThing/Sensor")
        #expect(IoTTopic.thingGroupMembership(.added, group: "Fleet", thing: "MyThing").name
                == "$aws/events/thingGroupMembership/thingGroup/Fleet/thing/MyThing/added")
        #expect(IoTTopic.thingGroupHierarchy(.removed, parent: "Fleet", child: "East").name
                == "$aws/events/thingGroupHierarchy/thingGroup/Fleet/childThingGroup/East/removed")
    }

    @Test func jobTopicsNameTheJobThenTheOperation() {
        #expect(IoTTopic.job(.completed, jobID: "update-1").name == "$aws/events/job/update-1/completed")
        #expect(IoTTopic.job(.cancellationInProgress).name == "$aws/events/job/+/cancellation_in_progress")
        #expect(IoTTopic.job(.deletionInProgress).name == "$aws/events/job/+/deletion_in_progress")
        #expect(IoTTopic.jobExecution(.timedOut, jobID: "update-1").name == "$aws/events/jobExecution/update-1/timed_out")
        #expect(IoTTopic.JobExecutionOperation.allCases.map(\.rawValue) == ["succeeded", "failed", "rejected", "canceled", "removed", "deleted", "timed_out"])
    }

    @Test func lifecycleTopicsNameTheEventThenTheClient() {
        #expect(IoTTopic.presence(.connected, clientID: "device-1").name == "$aws/events/presence/connected/device-1")
        #expect(IoTTopic.presence(.connectFailed).name == "$aws/events/presence/connect_failed/+")
        #expect(IoTTopic.presence().name == "$aws/events/presence/+/+")
        #expect(IoTTopic.subscriptions(.unsubscribed).name == "$aws/events/subscriptions/unsubscribed/+")
    }

    @Test func eachTopicNamesTheEventConfigurationThatTurnsItOn() {
        #expect(IoTTopic.thing().eventType == .thing)
        #expect(IoTTopic.thingType().eventType == .thingType)
        #expect(IoTTopic.thingGroup().eventType == .thingGroup)
        #expect(IoTTopic.thingTypeAssociation().eventType == .thingTypeAssociation)
        #expect(IoTTopic.thingGroupMembership().eventType == .thingGroupMembership)
        #expect(IoTTopic.thingGroupHierarchy().eventType == .thingGroupHierarchy)
        #expect(IoTTopic.job().eventType == .job)
        #expect(IoTTopic.jobExecution().eventType == .jobExecution)
        #expect(IoTTopic.presence().eventType == nil)
        #expect(IoTTopic.subscriptions().eventType == nil)
        #expect(IoTTopic("sensors/+/temperature").eventType == nil)
        #expect(IoTEventType.thingGroupMembership.rawValue == "THING_GROUP_MEMBERSHIP")
        #expect(IoTEventType.caCertificate.rawValue == "CA_CERTIFICATE")
    }

    @Test func policyPatternReplacesEachWildcardLevelWithAStar() {
        #expect(IoTTopic.thing(.created).policyTopicPattern == "$aws/events/thing/*/created")
        #expect(IoTTopic("sensors/#").policyTopicPattern == "sensors/*")
        #expect(IoTTopic("sensors/room1/temperature").policyTopicPattern == "sensors/room1/temperature")
        #expect(IoTTopic.thing(.created).isFilter)
        #expect(!IoTTopic.thing(.created, thing: "MyThing").isFilter)
    }

    @Test func ruleSqlSelectsEveryMessageOfTheTopic() {
        #expect(IoTTopic.thing(.created).selectAll == "SELECT * FROM '$aws/events/thing/+/created'")
        #expect(IoTSql.selectAll(from: .job()) == IoTSql.version20160323("SELECT * FROM '$aws/events/job/+/+'"))
    }

    @Test func namesThatAreNotOneLevelAreReported() {
        #expect(IoTTopic.thing(.created, thing: "a/b").diagnostics(at: "S/P").map(\.code) == ["iot.topic.name"])
        #expect(IoTTopic.job(jobID: "").diagnostics(at: "S/P").map(\.code) == ["iot.topic.name"])
        #expect(IoTTopic.presence(clientID: "dev#1").diagnostics(at: "S/P").map(\.code) == ["iot.topic.name"])
        #expect(IoTTopic.thing(thing: "MyThing").diagnostics(at: "S/P").isEmpty)
    }

    @Test func misplacedWildcardsAndOversizedTopicsAreReported() {
        #expect(IoTTopic("a/#/b").diagnostics(at: "S/P").map(\.code) == ["iot.topic.invalid"])
        #expect(IoTTopic("a/b+").diagnostics(at: "S/P").map(\.code) == ["iot.topic.invalid"])
        #expect(IoTTopic("").diagnostics(at: "S/P").map(\.code) == ["iot.topic.invalid"])
        #expect(IoTTopic(String(repeating: "a", count: 257)).diagnostics(at: "S/P").map(\.code) == ["iot.topic.invalid"])
        #expect(IoTTopic("a/+/b/#").diagnostics(at: "S/P").isEmpty)
    }
}
