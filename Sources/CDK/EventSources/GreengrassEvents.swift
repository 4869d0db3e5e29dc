/// Events AWS IoT Greengrass (V1) sends about group deployments, typed: a misspelled
/// status or deployment type does not compile.
///
/// ```swift
/// Rule("DeploymentFailed", eventPattern: GreengrassEvents.deploymentStatusChange(
///     deploymentTypes: [.newDeployment, .redeployment], statuses: [.failure])) {
///     SnsTopic(alerts, message: .text("Deployment \(GreengrassEvents.Field.deploymentID) of \(GreengrassEvents.Field.groupID) failed at \(GreengrassEvents.Field.time)"))
/// }
/// ```
///
/// Greengrass may deliver an event more than once, and not in the order the changes
/// happened: a target that keeps state should order events by their `time` (offered
/// as ``Field/time``) and ignore duplicates by deployment ID and status.
///
/// See https://docs.aws.amazon.com/greengrass/v1/developerguide/deployment-notifications.html
public enum GreengrassEvents {
    /// The `source` of Greengrass events.
    public static let source = "aws.greengrass"
    /// The `detail-type` of deployment notifications.
    public static let deploymentStatusChangeDetailType = "Greengrass Deployment Status Change"

    /// The kind of deployment (`detail.deployment-type`).
    public enum DeploymentType: String, CaseIterable, Sendable {
        case newDeployment = "NewDeployment"
        case redeployment = "Redeployment"
        case resetDeployment = "ResetDeployment"
        case forceResetDeployment = "ForceResetDeployment"
    }

    /// Where a deployment is (`detail.status`).
    public enum DeploymentStatus: String, CaseIterable, Sendable {
        case building = "Building"
        case inProgress = "InProgress"
        case success = "Success"
        case failure = "Failure"
    }

    /// Every Greengrass event about these groups (`detail.group-id`), of any detail type.
    public static func events(groupIDs: Match? = nil) -> EventPattern {
        EventPattern(service: source, detailTypes: [], detail: [("group-id", groupIDs)])
    }

    /// Deployment status changes, filtered by group, deployment, deployment type and
    /// status; a filter left `nil` matches any value. Filters render in the order
    /// `group-id`, `deployment-id`, `status`, `deployment-type`.
    public static func deploymentStatusChange(
        groupIDs: Match? = nil,
        deploymentIDs: Match? = nil,
        deploymentTypes: [DeploymentType]? = nil,
        statuses: [DeploymentStatus]? = nil
    ) -> EventPattern {
        EventPattern(service: source, detailTypes: [deploymentStatusChangeDetailType], detail: [
            ("group-id", groupIDs),
            ("deployment-id", deploymentIDs),
            ("status", .anyOf(statuses)),
            ("deployment-type", .anyOf(deploymentTypes)),
        ])
    }

    /// The fields of a deployment notification, for a target's input.
    public enum Field {
        public static let groupID = EventField.path("$.detail.group-id")
        public static let deploymentID = EventField.path("$.detail.deployment-id")
        public static let deploymentType = EventField.path("$.detail.deployment-type")
        public static let status = EventField.path("$.detail.status")
        /// When the change happened: the order to apply events in, since Greengrass may
        /// deliver them late or twice.
        public static let time = EventField.time
    }
}
