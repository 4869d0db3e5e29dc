/// The reserved topics on which AWS IoT publishes event messages (`$aws/events/…`), over
/// MQTT rather than EventBridge. A name left out, and an operation left `nil`, is the
/// wildcard `+`: `IoTTopic.thing()` is `$aws/events/thing/+/+`, every thing event.
///
/// Registry and jobs events need their event type turned on (`IoTEventConfigurations`);
/// lifecycle events (presence, subscriptions) are always published.
/// https://docs.aws.amazon.com/iot/latest/developerguide/reserved-topics.html#reserved-topics-event
extension IoTTopic {
    /// What happened to a thing, thing type or thing group.
    /// https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
    public enum RegistryOperation: String, CaseIterable {
        case created, updated, deleted
    }

    /// A thing added to or removed from a group, or a group to or from its parent.
    public enum MembershipChange: String, CaseIterable {
        case added, removed
    }

    /// https://docs.aws.amazon.com/iot/latest/developerguide/events-jobs.html
    public enum JobOperation: String, CaseIterable {
        case completed, canceled, deleted
        case cancellationInProgress = "cancellation_in_progress"
        case deletionInProgress = "deletion_in_progress"
    }

    /// https://docs.aws.amazon.com/iot/latest/developerguide/events-jobs.html
    public enum JobExecutionOperation: String, CaseIterable {
        case succeeded, failed, rejected, canceled, removed, deleted
        case timedOut = "timed_out"
    }

    /// https://docs.aws.amazon.com/iot/latest/developerguide/life-cycle-events.html
    public enum PresenceEvent: String, CaseIterable {
        case connected, disconnected
        case connectFailed = "connect_failed"
    }

    /// https://docs.aws.amazon.com/iot/latest/developerguide/life-cycle-events.html
    public enum SubscriptionEvent: String, CaseIterable {
        case subscribed, unsubscribed
    }

    /// `$aws/events/thing/<thing>/<operation>` (`THING`).
    public static func thing(_ operation: RegistryOperation? = nil, thing: String = "+") -> IoTTopic {
        event(["thing", thing, operation?.rawValue], .thing)
    }

    /// `$aws/events/thingType/<thingType>/<operation>` (`THING_TYPE`).
    public static func thingType(_ operation: RegistryOperation? = nil, thingType: String = "+") -> IoTTopic {
        event(["thingType", thingType, operation?.rawValue], .thingType)
    }

    /// `$aws/events/thingGroup/<group>/<operation>` (`THING_GROUP`).
    public static func thingGroup(_ operation: RegistryOperation? = nil, group: String = "+") -> IoTTopic {
        event(["thingGroup", group, operation?.rawValue], .thingGroup)
    }

    /// `$aws/events/thingTypeAssociation/thing/<thing>/<thingType>`, published when a thing
    /// is associated with or disassociated from a type (`THING_TYPE_ASSOCIATION`).
    public static func thingTypeAssociation(thing: String = "+", thingType: String = "+") -> IoTTopic {
        event(["thingTypeAssociation", "thing", thing, thingType], .thingTypeAssociation)
    }

    /// `$aws/events/thingGroupMembership/thingGroup/<group>/thing/<thing>/<change>`
    /// (`THING_GROUP_MEMBERSHIP`).
    public static func thingGroupMembership(_ change: MembershipChange? = nil, group: String = "+", thing: String = "+") -> IoTTopic {
        event(["thingGroupMembership", "thingGroup", group, "thing", thing, change?.rawValue], .thingGroupMembership)
    }

    /// `$aws/events/thingGroupHierarchy/thingGroup/<parent>/childThingGroup/<child>/<change>`
    /// (`THING_GROUP_HIERARCHY`).
    public static func thingGroupHierarchy(_ change: MembershipChange? = nil, parent: String = "+", child: String = "+") -> IoTTopic {
        event(["thingGroupHierarchy", "thingGroup", parent, "childThingGroup", child, change?.rawValue], .thingGroupHierarchy)
    }

    /// `$aws/events/job/<jobID>/<operation>` (`JOB`).
    public static func job(_ operation: JobOperation? = nil, jobID: String = "+") -> IoTTopic {
        event(["job", jobID, operation?.rawValue], .job)
    }

    /// `$aws/events/jobExecution/<jobID>/<operation>` (`JOB_EXECUTION`).
    public static func jobExecution(_ operation: JobExecutionOperation? = nil, jobID: String = "+") -> IoTTopic {
        event(["jobExecution", jobID, operation?.rawValue], .jobExecution)
    }

    /// `$aws/events/presence/<event>/<clientID>`: a client connected, disconnected or
    /// failed to connect (always published).
    public static func presence(_ event: PresenceEvent? = nil, clientID: String = "+") -> IoTTopic {
        self.event(["presence", event?.rawValue, clientID], nil)
    }

    /// `$aws/events/subscriptions/<event>/<clientID>`: a client subscribed or unsubscribed
    /// (always published).
    public static func subscriptions(_ event: SubscriptionEvent? = nil, clientID: String = "+") -> IoTTopic {
        self.event(["subscriptions", event?.rawValue, clientID], nil)
    }

    /// `$aws/events/` and the levels, `nil` ones as `+`; a name that is not one level is
    /// a problem reported by `diagnostics(at:)`.
    private static func event(_ levels: [String?], _ eventType: IoTEventType?) -> IoTTopic {
        let levels = levels.map { $0 ?? "+" }
        let problems = levels.compactMap { level -> String? in
            if level.isEmpty { return "a name in event topic '$aws/events/\(levels.joined(separator: "/"))' is empty" }
            guard level != "+", level.contains(where: { "/+#".contains($0) }) else { return nil }
            return "name '\(level)' in an event topic is not one topic level"
        }
        return IoTTopic(name: "$aws/events/" + levels.joined(separator: "/"), eventType: eventType, problems: problems)
    }
}
