import CDK

/// AWS IoT Core event messages, which travel over MQTT rather than EventBridge
/// ("Event messages" in the AWS IoT Core Developer Guide): thing and job events turned
/// on by a custom resource, a policy that lets devices receive them, and a topic rule
/// that sends every thing event to an SQS queue.
func iotEventMessages() -> App {
    let thingEvents = Queue("ThingEvents")
    return App {
        Stack("IoTEventMessages") {
            IoTEventConfigurations("EventConfigurations", enable: [.thing, .job, .jobExecution])
            thingEvents
            IoTPolicy(
                "DevicePolicy", connect: ["${iot:Connection.Thing.ThingName}"],
                subscribe: [.thing(), .job(.completed), .jobExecution(jobID: "firmware-update")])
            TopicRule("ThingEventsToQueue", topic: .thing(), description: "every thing created, updated or deleted") {
                SqsQueueAction(thingEvents)
            }
        }
    }
}
