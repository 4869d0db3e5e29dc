/// Events AWS Proton sends when one of its resources changes status, typed per
/// resource kind: each kind accepts only the statuses its API documents (plus
/// `DELETED`, sent when the resource is deleted).
///
/// Patterns of several kinds combine in one rule by writing them one after the other
/// in its builder: EventBridge patterns merge field by field, as the CDK's
/// `addEventPattern` does.
///
/// ```swift
/// Rule("ProtonStatusFailures") {
///     ProtonEvents.serviceTemplateStatusChange(status: [.registrationFailed])
///     ProtonEvents.environmentStatusChange(status: [.deleteFailed])
///     SqsQueue(queue)
/// }
/// ```
///
/// Detail filters render in the order `name`, `serviceName`, `id`, `majorVersion`,
/// `minorVersion`, `status`, `previousStatus`.
///
/// See https://docs.aws.amazon.com/proton/latest/userguide/event-bridge.html
public enum ProtonEvents {
    /// The `source` of Proton events.
    public static let source = "aws.proton"

    /// The resource kinds that send status changes, by their `detail-type`.
    public enum Resource: String, CaseIterable, Sendable {
        case environmentTemplate = "AWS Proton Environment Template Status Change"
        case environmentTemplateVersion = "AWS Proton Environment Template Version Status Change"
        case serviceTemplate = "AWS Proton Service Template Status Change"
        case serviceTemplateVersion = "AWS Proton Service Template Version Status Change"
        case environment = "AWS Proton Environment Status Change"
        case service = "AWS Proton Service Status Change"
        case serviceInstance = "AWS Proton Service Instance Status Change"
        case servicePipeline = "AWS Proton Service Pipeline Status Change"
        case environmentAccountConnection = "AWS Proton Environment Account Connection Status Change"
        case component = "AWS Proton Component Status Change"
    }

    /// The status of a template or template version (`TemplateVersionStatus`).
    public enum TemplateStatus: String, CaseIterable, Sendable {
        case registrationInProgress = "REGISTRATION_IN_PROGRESS", registrationFailed = "REGISTRATION_FAILED"
        case draft = "DRAFT", published = "PUBLISHED", deleted = "DELETED"
    }

    /// The deployment status of an environment, service instance, service pipeline or
    /// component (`DeploymentStatus`).
    public enum DeploymentStatus: String, CaseIterable, Sendable {
        case inProgress = "IN_PROGRESS", failed = "FAILED", succeeded = "SUCCEEDED"
        case deleteInProgress = "DELETE_IN_PROGRESS", deleteFailed = "DELETE_FAILED", deleteComplete = "DELETE_COMPLETE"
        case cancelling = "CANCELLING", cancelled = "CANCELLED", deleted = "DELETED"
    }

    /// The status of a service (`ServiceStatus`).
    public enum ServiceStatus: String, CaseIterable, Sendable {
        case createInProgress = "CREATE_IN_PROGRESS", createFailed = "CREATE_FAILED"
        case createFailedCleanupInProgress = "CREATE_FAILED_CLEANUP_IN_PROGRESS"
        case createFailedCleanupComplete = "CREATE_FAILED_CLEANUP_COMPLETE"
        case createFailedCleanupFailed = "CREATE_FAILED_CLEANUP_FAILED"
        case active = "ACTIVE"
        case deleteInProgress = "DELETE_IN_PROGRESS", deleteFailed = "DELETE_FAILED"
        case updateInProgress = "UPDATE_IN_PROGRESS", updateFailed = "UPDATE_FAILED"
        case updateFailedCleanupInProgress = "UPDATE_FAILED_CLEANUP_IN_PROGRESS"
        case updateFailedCleanupComplete = "UPDATE_FAILED_CLEANUP_COMPLETE"
        case updateFailedCleanupFailed = "UPDATE_FAILED_CLEANUP_FAILED"
        case updateCompleteCleanupFailed = "UPDATE_COMPLETE_CLEANUP_FAILED"
        case deleted = "DELETED"
    }

    /// The status of an environment account connection (`EnvironmentAccountConnectionStatus`).
    public enum ConnectionStatus: String, CaseIterable, Sendable {
        case pending = "PENDING", connected = "CONNECTED", rejected = "REJECTED", deleted = "DELETED"
    }

    public static func environmentTemplateStatusChange(
        names: Match? = nil, status: [TemplateStatus]? = nil, previousStatus: [TemplateStatus]? = nil
    ) -> EventPattern {
        pattern(.environmentTemplate, [("name", names)], status, previousStatus)
    }

    public static func environmentTemplateVersionStatusChange(
        names: Match? = nil, majorVersions: Match? = nil, minorVersions: Match? = nil,
        status: [TemplateStatus]? = nil, previousStatus: [TemplateStatus]? = nil
    ) -> EventPattern {
        pattern(.environmentTemplateVersion, [("name", names), ("majorVersion", majorVersions), ("minorVersion", minorVersions)],
                status, previousStatus)
    }

    public static func serviceTemplateStatusChange(
        names: Match? = nil, status: [TemplateStatus]? = nil, previousStatus: [TemplateStatus]? = nil
    ) -> EventPattern {
        pattern(.serviceTemplate, [("name", names)], status, previousStatus)
    }

    public static func serviceTemplateVersionStatusChange(
        names: Match? = nil, majorVersions: Match? = nil, minorVersions: Match? = nil,
        status: [TemplateStatus]? = nil, previousStatus: [TemplateStatus]? = nil
    ) -> EventPattern {
        pattern(.serviceTemplateVersion, [("name", names), ("majorVersion", majorVersions), ("minorVersion", minorVersions)],
                status, previousStatus)
    }

    public static func environmentStatusChange(
        names: Match? = nil, status: [DeploymentStatus]? = nil, previousStatus: [DeploymentStatus]? = nil
    ) -> EventPattern {
        pattern(.environment, [("name", names)], status, previousStatus)
    }

    public static func serviceStatusChange(
        names: Match? = nil, status: [ServiceStatus]? = nil, previousStatus: [ServiceStatus]? = nil
    ) -> EventPattern {
        pattern(.service, [("name", names)], status, previousStatus)
    }

    public static func serviceInstanceStatusChange(
        names: Match? = nil, serviceNames: Match? = nil,
        status: [DeploymentStatus]? = nil, previousStatus: [DeploymentStatus]? = nil
    ) -> EventPattern {
        pattern(.serviceInstance, [("name", names), ("serviceName", serviceNames)], status, previousStatus)
    }

    public static func servicePipelineStatusChange(
        serviceNames: Match? = nil, status: [DeploymentStatus]? = nil, previousStatus: [DeploymentStatus]? = nil
    ) -> EventPattern {
        pattern(.servicePipeline, [("serviceName", serviceNames)], status, previousStatus)
    }

    public static func environmentAccountConnectionStatusChange(
        ids: Match? = nil, status: [ConnectionStatus]? = nil, previousStatus: [ConnectionStatus]? = nil
    ) -> EventPattern {
        pattern(.environmentAccountConnection, [("id", ids)], status, previousStatus)
    }

    public static func componentStatusChange(
        names: Match? = nil, status: [DeploymentStatus]? = nil, previousStatus: [DeploymentStatus]? = nil
    ) -> EventPattern {
        pattern(.component, [("name", names)], status, previousStatus)
    }

    /// Status changes of any of these kinds, with no status filter.
    public static func statusChange(of resources: [Resource]) -> EventPattern {
        EventPattern(service: source, detailTypes: resources.map(\.rawValue), detail: [])
    }

    private static func pattern<Status: RawRepresentable>(
        _ resource: Resource, _ names: [(key: String, filter: Match?)], _ status: [Status]?, _ previousStatus: [Status]?
    ) -> EventPattern where Status.RawValue == String {
        EventPattern(service: source, detailTypes: [resource.rawValue], detail: names + [
            ("status", .anyOf(status)),
            ("previousStatus", .anyOf(previousStatus)),
        ])
    }

    /// The fields of a Proton status change, for a target's input.
    public enum Field {
        public static let name = EventField.path("$.detail.name")
        public static let serviceName = EventField.path("$.detail.serviceName")
        public static let id = EventField.path("$.detail.id")
        public static let majorVersion = EventField.path("$.detail.majorVersion")
        public static let minorVersion = EventField.path("$.detail.minorVersion")
        public static let status = EventField.path("$.detail.status")
        public static let previousStatus = EventField.path("$.detail.previousStatus")
    }
}
