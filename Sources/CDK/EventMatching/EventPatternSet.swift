/// Many patterns compiled for one event at a time: the entry point for matching an
/// event against every rule of an application, or for measuring matching throughput.
///
/// ```swift
/// let set = EventPatternSet(try patterns.map { try EventPatternMatcher(jsonText: $0) })
/// let event = try MatchableEvent(jsonText: eventText)  // prepared once
/// set.matchingIndices(event)                            // [0, 3]: the patterns that match
/// ```
///
/// Patterns are indexed by the exact `source` values they require, as most rules
/// name their source: an event is tried only against the patterns of its source and
/// those that require none, so matching does not slow down with the number of rules
/// of other sources.
public struct EventPatternSet {
    public let matchers: [EventPatternMatcher]
    /// The patterns that match only events from one of a list of exact sources, by source.
    private let bySource: [String: [Int]]
    /// The other patterns.
    private let unindexed: [Int]

    public init(_ matchers: [EventPatternMatcher]) {
        self.matchers = matchers
        var bySource: [String: [Int]] = [:]
        var unindexed: [Int] = []
        for (index, matcher) in matchers.enumerated() {
            guard let sources = matcher.requiredSources else {
                unindexed.append(index)
                continue
            }
            for source in sources { bySource[source, default: []].append(index) }
        }
        self.bySource = bySource
        self.unindexed = unindexed
    }

    /// The indices, in ascending order, of the patterns that match `event`.
    public func matchingIndices(_ event: MatchableEvent) -> [Int] {
        candidates(for: event).filter { matchers[$0].matches(event) }
    }

    /// How many patterns match `event`.
    public func matchCount(_ event: MatchableEvent) -> Int {
        candidates(for: event).reduce(0) { $0 + (matchers[$1].matches(event) ? 1 : 0) }
    }

    /// The patterns that may match `event`, in ascending order, each once.
    private func candidates(for event: MatchableEvent) -> [Int] {
        var found = unindexed
        for leaf in event.leaves(at: "source") {
            if case let .string(source) = leaf.value, let indices = bySource[source] { found += indices }
        }
        guard found.count > unindexed.count else { return found }
        return Array(Set(found)).sorted()
    }
}

extension EventPatternMatcher {
    /// The exact `source` values one of which every alternative requires, `nil` when an
    /// alternative accepts other sources (a matcher, an absent source, an IP-like value
    /// that other spellings match).
    var requiredSources: [String]? {
        var sources: [String] = []
        for alternative in alternatives {
            guard let condition = alternative.first(where: { $0.path == "source" }), !condition.allowsAbsence else { return nil }
            for matcher in condition.matchers {
                guard case let .string(text, ipHex) = matcher, ipHex == nil else { return nil }
                sources.append(text)
            }
        }
        return sources.isEmpty ? nil : sources
    }
}
