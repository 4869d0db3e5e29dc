import CloudFormation

/// An event prepared for matching: its leaf values, keyed by their dot-joined path,
/// each with the array elements it sits in. Prepare an event once to match it against
/// many patterns (``EventPatternSet``).
///
/// Paths join steps with `.`, as EventBridge does, so `{"a": {"b": 1}}` and
/// `{"a.b": 1}` give the same field. Arrays add no step: each element's values belong
/// to the array's field, and nested arrays flatten. Objects and empty arrays hold no
/// leaf; a member with an empty name is never matched.
public struct MatchableEvent {
    /// The event as written.
    public let json: RawJSON
    /// The leaves of each field path.
    let fields: [String: [EventLeaf]]

    /// The event that `text` holds.
    /// - Throws: `JSONParseError` for text that is not JSON, `EventPatternError` for
    ///   JSON that is not an object.
    public init(jsonText text: String) throws {
        try self.init(json: JSONParser.parseRaw(text))
    }

    /// The event `json`, which must be an object.
    /// - Throws: `EventPatternError` for JSON that is not an object.
    public init(json: RawJSON) throws {
        guard case .object = json else {
            throw EventPatternError(message: "the event must be a JSON object, not \(json.description.prefix(80))")
        }
        self.json = json
        var flattener = Flattener()
        flattener.walk(json, path: "", trail: [])
        self.fields = flattener.fields
    }

    /// The leaves at `path`, empty when there are none.
    func leaves(at path: String) -> [EventLeaf] {
        fields[path] ?? []
    }

    private struct Flattener {
        var fields: [String: [EventLeaf]] = [:]
        var arrays = 0

        mutating func walk(_ value: RawJSON, path: String, trail: [ArrayStep]) {
            switch value {
            case let .object(members):
                for (key, member) in members where !key.isEmpty {
                    walk(member, path: path.isEmpty ? key : path + "." + key, trail: trail)
                }
            case let .array(items):
                arrays += 1
                let array = arrays
                for (index, item) in items.enumerated() {
                    walk(item, path: path, trail: trail + [ArrayStep(array: array, index: index)])
                }
            case .null: add(.null, path, trail)
            case let .bool(flag): add(.bool(flag), path, trail)
            case let .string(text): add(.string(text), path, trail)
            case let .number(text): add(.number(text, NumberSpelling.exactDouble(text)), path, trail)
            case .unresolved: break
            }
        }

        private mutating func add(_ value: LeafValue, _ path: String, _ trail: [ArrayStep]) {
            guard !path.isEmpty else { return }
            fields[path, default: []].append(EventLeaf(value: value, trail: trail))
        }
    }
}
