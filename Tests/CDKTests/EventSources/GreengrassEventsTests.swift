import Testing
@testable import CDK

// Patterns as "Getting notifications for AWS IoT Greengrass events" writes them
// (https://docs.aws.amazon.com/greengrass/v1/developerguide/deployment-notifications.html).
@Suite struct GreengrassEventsTests {
    @Test func everyEventOfAGroup() {
        let expected: JSONValue = ["detail": ["group-id": ["group-1"]], "source": ["aws.greengrass"]]
        #expect(GreengrassEvents.events(groupIDs: ["group-1"]).json == expected)
    }

    @Test func allDeploymentNotifications() {
        let expected: JSONValue = ["detail-type": ["Greengrass Deployment Status Change"], "source": ["aws.greengrass"]]
        #expect(GreengrassEvents.deploymentStatusChange().json == expected)
    }

    @Test func failedNewDeploymentsAndRedeploymentsOfAGroup() {
        let pattern = GreengrassEvents.deploymentStatusChange(
            groupIDs: ["group-1"], deploymentTypes: [.newDeployment, .redeployment], statuses: [.failure])
        let expected: JSONValue = [
            "detail": [
                "group-id": ["group-1"],
                "status": ["Failure"],
                "deployment-type": ["NewDeployment", "Redeployment"],
            ],
            "detail-type": ["Greengrass Deployment Status Change"],
            "source": ["aws.greengrass"],
        ]
        #expect(pattern.json == expected)
    }

    @Test func everyDocumentedValueIsSpelledAsGreengrassSendsIt() {
        #expect(GreengrassEvents.DeploymentType.allCases.map(\.rawValue)
            == ["NewDeployment", "Redeployment", "ResetDeployment", "ForceResetDeployment"])
        #expect(GreengrassEvents.DeploymentStatus.allCases.map(\.rawValue) == ["Building", "InProgress", "Success", "Failure"])
    }

    @Test func fieldsForTargetInput() {
        #expect(GreengrassEvents.Field.time.path == "$.time")
        #expect(GreengrassEvents.Field.groupID.path == "$.detail.group-id")
        #expect(GreengrassEvents.Field.deploymentID.path == "$.detail.deployment-id")
    }
}
