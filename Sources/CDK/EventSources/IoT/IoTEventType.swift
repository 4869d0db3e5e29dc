/// A kind of AWS IoT event message that an account turns on or off, by its name in
/// `UpdateEventConfigurations` (`THING`, `JOB`…). Lifecycle events (presence,
/// subscriptions) are always on and have no configuration.
///
/// https://docs.aws.amazon.com/iot/latest/apireference/API_UpdateEventConfigurations.html
public enum IoTEventType: String, CaseIterable, Equatable {
    /// `$aws/events/thing/<thing>/created|updated|deleted`.
    case thing = "THING"
    /// `$aws/events/thingGroup/<group>/created|updated|deleted`.
    case thingGroup = "THING_GROUP"
    /// `$aws/events/thingType/<type>/created|updated|deleted`.
    case thingType = "THING_TYPE"
    /// `$aws/events/thingGroupMembership/thingGroup/<group>/thing/<thing>/added|removed`.
    case thingGroupMembership = "THING_GROUP_MEMBERSHIP"
    /// `$aws/events/thingGroupHierarchy/thingGroup/<parent>/childThingGroup/<child>/added|removed`.
    case thingGroupHierarchy = "THING_GROUP_HIERARCHY"
    /// `$aws/events/thingTypeAssociation/thing/<thing>/<type>`.
    case thingTypeAssociation = "THING_TYPE_ASSOCIATION"
    /// `$aws/events/job/<job>/completed|canceled|deleted|cancellation_in_progress|deletion_in_progress`.
    case job = "JOB"
    /// `$aws/events/jobExecution/<job>/succeeded|failed|rejected|canceled|timed_out|removed|deleted`.
    case jobExecution = "JOB_EXECUTION"
    /// Accepted by `UpdateEventConfigurations`; the developer guide lists no event topic
    /// for it, nor for the two below.
    case policy = "POLICY"
    case certificate = "CERTIFICATE"
    case caCertificate = "CA_CERTIFICATE"
}
