/// Many patterns compiled for one event at a time: the entry point for matching an
/// event against every rule of an application, or for measuring matching throughput.
///
/// ```swift
/// let set = EventPatternSet(try patterns.map { try EventPatternMatcher(jsonText: $0) })
/// let event = try MatchableEvent(jsonText: eventText)  // prepared once
/// set.matchingIndices(event)                            // [0, 3]: the patterns that match
/// ```
public struct EventPatternSet {
    public let matchers: [EventPatternMatcher]

    public init(_ matchers: [EventPatternMatcher]) {
        self.matchers = matchers
    }

    /// The indices, in ascending order, of the patterns that match `event`.
    public func matchingIndices(_ event: MatchableEvent) -> [Int] {
        matchers.indices.filter { matchers[$0].matches(event) }
    }

    /// How many patterns match `event`.
    public func matchCount(_ event: MatchableEvent) -> Int {
        matchers.reduce(0) { $0 + ($1.matches(event) ? 1 : 0) }
    }
}
