import CDK

/// Greengrass notifications to SNS, as in "Getting notifications for AWS IoT Greengrass
/// events": one rule for every event of a Greengrass group, one for failed
/// deployments; both publish to one topic, whose policy lets EventBridge publish.
/// Same stack and construct IDs as the CDK reference app `greengrass_notifications.py`.
func greengrassNotifications() -> App {
    let groupID = "4a1e6e8b-2f3c-4a44-9b0e-0a1b2c3d4e5f"
    let topic = Topic("GreengrassTopic", displayName: "Greengrass notifications")
    let groupRule = Rule(
        "GreengrassGroupRule",
        description: "All events of one Greengrass group",
        eventPattern: GreengrassEvents.events(groupIDs: [.exactString(groupID)])
    ) {
        SnsTopic(topic)
    }
    return App {
        Stack("GreengrassNotifications") {
            topic
            groupRule
            Rule(
                "GreengrassDeploymentFailed",
                name: "greengrass-deployment-failed",
                eventPattern: GreengrassEvents.deploymentStatusChange(
                    deploymentTypes: [.newDeployment, .redeployment], statuses: [.failure])
            ) {
                SnsTopic(topic)
            }
            .addDependency(groupRule)
        }
    }
}
