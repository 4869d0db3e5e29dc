import CloudFormation

extension EventPattern {
    /// A field that is a list in one pattern and a nested object in the other, so the
    /// two cannot merge. The existing value is kept; validation reports the clash.
    public struct MergeConflict: Equatable {
        /// Where, in the pattern: `detail.state`.
        public var path: String
        /// The value already in the pattern.
        public var existing: JSONValue
        /// The value the merge tried to add.
        public var added: JSONValue

        public init(path: String, existing: JSONValue, added: JSONValue) {
            self.path = path
            self.existing = existing
            self.added = added
        }
    }

    /// Adds the fields of `other`, as the CDK's `addEventPattern` does.
    ///
    /// - A field only `other` has is appended, after the existing fields.
    /// - Two lists are concatenated, existing entries first, and duplicate values are
    ///   dropped, keeping the first. Matchers built by ``Match`` helpers are never
    ///   duplicates of one another (the CDK makes each one a distinct token), so merging
    ///   `.exists()` twice lists it twice, as the CDK does.
    /// - Two nested objects merge field by field.
    /// - A list against an object is a ``MergeConflict``: the existing value stays, and
    ///   ``diagnostics(at:)`` reports it.
    public mutating func merge(_ other: EventPattern) {
        fields.merge(other.fields, path: [], conflicts: &mergeConflicts)
        mergeConflicts.append(contentsOf: other.mergeConflicts)
    }

    /// This pattern with the fields of `other` added, as ``merge(_:)`` adds them.
    public func merging(_ other: EventPattern) -> EventPattern {
        var merged = self
        merged.merge(other)
        return merged
    }
}

extension EventPattern.Fields {
    mutating func merge(_ other: EventPattern.Fields, path: [String], conflicts: inout [EventPattern.MergeConflict]) {
        for key in other.duplicateKeys where !duplicateKeys.contains(key) {
            duplicateKeys.append(key)
        }
        for (key, added) in other {
            guard let existing = self[key] else {
                self[key] = added
                continue
            }
            switch (existing.storage, added.storage) {
            case let (.list(existingElements), .list(addedElements)):
                self[key] = Match(elements: Match.Element.deduplicated(existingElements + addedElements))
            case let (.fields(existingFields), .fields(addedFields)):
                var merged = existingFields
                merged.merge(addedFields, path: path + [key], conflicts: &conflicts)
                self[key] = Match(.fields(merged))
            default:
                conflicts.append(EventPattern.MergeConflict(
                    path: PatternPath.display(path + [key]), existing: existing.json, added: added.json))
            }
        }
    }
}

extension Match.Element {
    /// `elements` without the values equal (as JSON text) to an earlier one, as the
    /// CDK de-duplicates merged arrays by `JSON.stringify`.
    static func deduplicated(_ elements: [Match.Element]) -> [Match.Element] {
        var kept: [Match.Element] = []
        var seen: [JSONValue] = []
        for element in elements {
            guard let literal = element.literalJSON else {
                kept.append(element)
                continue
            }
            if seen.contains(where: { sameJSONText($0, literal) }) { continue }
            seen.append(literal)
            kept.append(element)
        }
        return kept
    }

    /// The JSON of a value the user wrote as-is; `nil` for a matcher.
    var literalJSON: JSONValue? {
        switch self {
        case let .value(json): return json
        case let .fields(fields): return fields.json
        case .matcher, .unmergeable: return nil
        }
    }
}

extension Match.Element {
    /// Whether two values render to the same JSON text, which is how the CDK compares
    /// pattern entries: object keys in order, numbers by value, tokens by what they stand for.
    static func sameJSONText(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case (.integer, .integer), (.integer, .double), (.double, .integer), (.double, .double):
            return lhs == rhs
        case let (.array(a), .array(b)):
            return a.count == b.count && zip(a, b).allSatisfy { sameJSONText($0, $1) }
        case let (.object(a), .object(b)):
            return a.keys == b.keys && a.keys.allSatisfy { key in
                guard let x = a[key], let y = b[key] else { return false }
                return sameJSONText(x, y)
            }
        case let (.token(a), .token(b)): return a.isEqual(to: b)
        default: return false
        }
    }
}

/// How a place in a pattern is written in messages: `detail.state`, `detail.$or[1].a`.
enum PatternPath {
    static func display(_ steps: [String]) -> String {
        var text = ""
        for step in steps {
            if step.hasPrefix("[") {
                text += step
            } else {
                text += text.isEmpty ? step : "." + step
            }
        }
        return text
    }
}
