/// The fields of a CodeCommit repository state-change event, for a target's input:
/// `.text("pushed to \(ReferenceEvent.referenceName)")`.
/// https://docs.aws.amazon.com/codecommit/latest/userguide/monitoring-events.html
public enum ReferenceEvent {
    /// What happened: `referenceCreated`, `referenceUpdated` or `referenceDeleted` (`$.detail.event`).
    public static var eventType: EventField { .path("$.detail.event") }
    /// `$.detail.repositoryName`.
    public static var repositoryName: EventField { .path("$.detail.repositoryName") }
    /// `$.detail.repositoryId`.
    public static var repositoryId: EventField { .path("$.detail.repositoryId") }
    /// `branch` or `tag` (`$.detail.referenceType`).
    public static var referenceType: EventField { .path("$.detail.referenceType") }
    /// The branch or tag name, such as `main` (`$.detail.referenceName`).
    public static var referenceName: EventField { .path("$.detail.referenceName") }
    /// The full reference, such as `refs/heads/main` (`$.detail.referenceFullName`).
    public static var referenceFullName: EventField { .path("$.detail.referenceFullName") }
    /// The commit the reference points to (`$.detail.commitId`).
    public static var commitId: EventField { .path("$.detail.commitId") }
}
