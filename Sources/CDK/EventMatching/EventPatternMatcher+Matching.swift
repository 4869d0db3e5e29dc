import CloudFormation

extension EventPatternMatcher {
    /// Whether `event` matches the pattern.
    public func matches(_ event: MatchableEvent) -> Bool {
        alternatives.contains { Self.matches($0, event) }
    }

    /// Whether the event that `text` holds matches the pattern.
    /// - Throws: `JSONParseError` or `EventPatternError` when the text is not a JSON object.
    public func matches(eventJSON text: String) throws -> Bool {
        matches(try MatchableEvent(jsonText: text))
    }

    /// Why `event` does not match, in one line (`'detail.status' is "SUCCESS", not one
    /// of ["FAILURE"]`); `nil` when it matches.
    public func mismatch(in event: MatchableEvent) -> String? {
        guard !matches(event) else { return nil }
        guard let first = alternatives.first else { return "the pattern has no fields" }
        let reason = Self.reason(first, event)
        if alternatives.count == 1 { return reason }
        return "none of the \(alternatives.count) '$or' alternatives matches; the first fails because \(reason)"
    }

    // MARK: - One alternative

    /// Whether one leaf per condition can be chosen, all from the same elements of every
    /// array they share, with each field that may be absent absent from those elements.
    static func matches(_ conditions: [Condition], _ event: MatchableEvent) -> Bool {
        var candidates: [(condition: Condition, leaves: [EventLeaf])] = []
        candidates.reserveCapacity(conditions.count)
        for condition in conditions {
            let leaves = event.leaves(at: condition.path).filter { leaf in
                condition.matchers.contains { $0.matches(leaf.value) }
            }
            if leaves.isEmpty && !condition.allowsAbsence { return false }
            candidates.append((condition, leaves))
        }
        // Try the most constrained fields first.
        candidates.sort { $0.leaves.count < $1.leaves.count }
        var chosen: [ArrayStep] = []
        var absent: [String] = []
        return search(candidates[...], event: event, chosen: &chosen, absent: &absent)
    }

    private static func search(
        _ remaining: ArraySlice<(condition: Condition, leaves: [EventLeaf])>,
        event: MatchableEvent, chosen: inout [ArrayStep], absent: inout [String]
    ) -> Bool {
        guard let next = remaining.first else {
            // A field counts as absent when none of its values sits in the chosen elements.
            return absent.allSatisfy { path in
                !event.leaves(at: path).contains { consistent($0.trail, with: chosen) }
            }
        }
        let rest = remaining.dropFirst()
        for leaf in next.leaves where consistent(leaf.trail, with: chosen) {
            let mark = chosen.count
            for step in leaf.trail where !chosen.contains(where: { $0.array == step.array }) {
                chosen.append(step)
            }
            if search(rest, event: event, chosen: &chosen, absent: &absent) { return true }
            chosen.removeSubrange(mark...)
        }
        if next.condition.allowsAbsence {
            absent.append(next.condition.path)
            if search(rest, event: event, chosen: &chosen, absent: &absent) { return true }
            absent.removeLast()
        }
        return false
    }

    /// Whether `trail` takes the same element of every array that `chosen` has an element of.
    private static func consistent(_ trail: [ArrayStep], with chosen: [ArrayStep]) -> Bool {
        trail.allSatisfy { step in
            chosen.allSatisfy { $0.array != step.array || $0.index == step.index }
        }
    }

    // MARK: - Explanations

    /// The fields that fail on their own, at most two, joined by `; `: first envelope
    /// fields with another value (`source`, `detail-type`), then other fields with another
    /// value, then missing ones. When each field matches on its own, the array elements
    /// that keep them apart.
    private static func reason(_ conditions: [Condition], _ event: MatchableEvent) -> String {
        var reasons: [(rank: Int, text: String)] = []
        for condition in conditions {
            let leaves = event.leaves(at: condition.path)
            let matching = leaves.filter { leaf in condition.matchers.contains { $0.matches(leaf.value) } }
            if !matching.isEmpty { continue }
            let rank = condition.path.contains(".") ? 1 : 0
            if condition.allowsAbsence {
                if leaves.isEmpty { continue }
                reasons.append((rank, "'\(condition.path)' is \(describe(leaves)), and the pattern wants \(condition.written) or no value"))
            } else if leaves.isEmpty {
                reasons.append((2, "the event has no value at '\(condition.path)' (the pattern wants \(condition.written))"))
            } else {
                reasons.append((rank, "'\(condition.path)' is \(describe(leaves)), not matched by \(condition.written)"))
            }
        }
        if reasons.isEmpty {
            return "the fields match only in different elements of one array (EventBridge never combines them)"
        }
        let ranked = reasons.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element.text)
        var text = ranked.prefix(2).joined(separator: "; ")
        if ranked.count > 2 { text += "; and \(ranked.count - 2) more \(ranked.count == 3 ? "field" : "fields")" }
        return text
    }

    private static func describe(_ leaves: [EventLeaf]) -> String {
        let shown = leaves.prefix(3).map(\.value.text)
        if leaves.count == 1 { return shown[0] }
        return "[" + shown.joined(separator: ", ") + (leaves.count > 3 ? ", …" : "") + "]"
    }
}
