import CloudFormation

/// The events a rule matches: conditions on the envelope fields of an event and on
/// its `detail`, rendered as a rule's `EventPattern`.
///
/// ```swift
/// EventPattern(
///     source: ["aws.greengrass"],
///     detailType: ["Greengrass Deployment Status Change"],
///     detail: ["status": ["FAILURE"], "group-id": .prefix("abc")]
/// )
/// ```
///
/// Each envelope field is a ``Match``: a list of exact values and matchers, any of which
/// may match; fields are all required to match. `detail` is a nested object with any
/// keys, kept in the order written.
///
/// Rendering follows the CDK: `detailType` becomes `detail-type`, and the fields given
/// to the initializer come out in the order a CDK app written in Python renders them
/// (`account`, `detail`, `detail-type`, `id`, `region`, `resources`, `source`, `time`,
/// `version`). A field assigned later, or added by ``merge(_:)``, goes at the end, as
/// `addEventPattern` appends new keys. An empty pattern renders nothing.
///
/// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
public struct EventPattern {
    /// The top-level fields, keyed by their JSON names (`detail-type`).
    var fields = Fields()
    /// Type clashes found while merging, reported by validation.
    public internal(set) var mergeConflicts: [MergeConflict] = []

    /// An empty pattern, to build up with ``merge(_:)`` or by assigning fields.
    public init() {}

    /// A pattern over these fields; leave a field `nil` to match any value.
    public init(
        source: Match? = nil,
        detailType: Match? = nil,
        resources: Match? = nil,
        account: Match? = nil,
        region: Match? = nil,
        time: Match? = nil,
        id: Match? = nil,
        version: Match? = nil,
        detail: Fields? = nil
    ) {
        // The order jsii gives a Python app's `EventPattern` struct, which is what the
        // reference templates hold.
        fields["account"] = account
        fields["detail"] = detail.map { Match(.fields($0)) }
        fields["detail-type"] = detailType
        fields["id"] = id
        fields["region"] = region
        fields["resources"] = resources
        fields["source"] = source
        fields["time"] = time
        fields["version"] = version
    }

    /// The version of the event format (`version`), usually `"0"`.
    public var version: Match? {
        get { fields["version"] }
        set { fields["version"] = newValue }
    }

    /// The unique ID of the event (`id`).
    public var id: Match? {
        get { fields["id"] }
        set { fields["id"] = newValue }
    }

    /// The kind of event (`detail-type`), such as `"EC2 Instance State-change Notification"`.
    public var detailType: Match? {
        get { fields["detail-type"] }
        set { fields["detail-type"] = newValue }
    }

    /// The service or application that sent the event (`source`), such as `"aws.ec2"`.
    public var source: Match? {
        get { fields["source"] }
        set { fields["source"] = newValue }
    }

    /// The account the event comes from (`account`).
    public var account: Match? {
        get { fields["account"] }
        set { fields["account"] = newValue }
    }

    /// When the event happened (`time`), as an ISO 8601 string.
    public var time: Match? {
        get { fields["time"] }
        set { fields["time"] = newValue }
    }

    /// The region the event comes from (`region`).
    public var region: Match? {
        get { fields["region"] }
        set { fields["region"] = newValue }
    }

    /// The ARNs of the resources the event concerns (`resources`).
    public var resources: Match? {
        get { fields["resources"] }
        set { fields["resources"] = newValue }
    }

    /// Conditions on the event's `detail` object.
    public var detail: Fields? {
        get { fields["detail"]?.fields }
        set { fields["detail"] = newValue.map { Match(.fields($0)) } }
    }

    /// Whether the pattern has no fields; a rule then renders no `EventPattern`.
    public var isEmpty: Bool { fields.isEmpty }

    /// The pattern as the template holds it: an object with the fields in order.
    public var json: JSONValue { fields.json }
}

extension EventPattern: Equatable {
    /// Two patterns are equal when they render to equal JSON.
    public static func == (lhs: EventPattern, rhs: EventPattern) -> Bool {
        lhs.json == rhs.json
    }
}

extension EventPattern: CustomStringConvertible {
    /// The compact JSON.
    public var description: String { JSONWriter(indent: 0).render(json) }
}

extension EventPattern {
    /// The fields of a pattern object, in the order they were written; each is a list
    /// of values and matchers, or a nested object.
    public struct Fields {
        private var members = OrderedMembers<Match>()
        /// Names written more than once in one literal: the last value wins, at the
        /// first position, as in JSON and in EventBridge.
        var duplicateKeys: [String] = []

        /// No fields.
        public init() {}

        /// These fields, in this order.
        public init<S: Sequence>(_ fields: S) where S.Element == (String, Match) {
            for (key, value) in fields {
                if members[key] != nil, !duplicateKeys.contains(key) { duplicateKeys.append(key) }
                members[key] = value
            }
        }

        /// The field names, in order.
        public var keys: [String] { members.keys }
        public var count: Int { members.count }
        public var isEmpty: Bool { members.isEmpty }

        /// The field `key`; setting `nil` removes it, setting a new one appends it.
        public subscript(key: String) -> Match? {
            get { members[key] }
            set { members[key] = newValue }
        }

        /// The object this renders to.
        public var json: JSONValue {
            var object = JSONObject()
            for (key, value) in self { object[key] = value.json }
            return .object(object)
        }
    }
}

extension EventPattern.Fields: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Match)...) {
        self.init(elements)
    }
}

extension EventPattern.Fields: Sequence {
    public func makeIterator() -> IndexingIterator<[(key: String, value: Match)]> {
        members.makeIterator()
    }
}

extension EventPattern.Fields: Equatable {
    /// Two objects are equal when they render to equal JSON.
    public static func == (lhs: EventPattern.Fields, rhs: EventPattern.Fields) -> Bool {
        lhs.json == rhs.json
    }
}
