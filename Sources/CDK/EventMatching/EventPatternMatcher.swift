import CloudFormation

/// An event pattern compiled for matching events offline, with EventBridge's semantics.
///
/// ```swift
/// let matcher = try EventPatternMatcher(jsonText: #"{"source": ["aws.greengrass"], "detail": {"status": ["FAILURE"]}}"#)
/// let event = try MatchableEvent(jsonText: eventText)
/// matcher.matches(event)          // true or false
/// matcher.mismatch(in: event)     // why not: "'detail.status' is \"SUCCESS\", not one of [\"FAILURE\"]"
/// ```
///
/// A pattern is validated first, by the validator that checks every rule's pattern at
/// synthesis; a pattern EventBridge would reject throws ``EventPatternError``. Matching
/// follows EventBridge's pattern compiler (aws/event-ruler): fields are ANDed and the
/// entries of one list ORed; arrays in events match when any element matches, and two
/// fields never combine values from different elements of one array; numbers compare by
/// value when a double holds them exactly and by spelling otherwise; an exact value
/// that is an IP address matches every spelling of that address; `$or` expands into
/// alternatives. See `docs/event-testing.md` and
/// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
public struct EventPatternMatcher {
    /// The pattern as written.
    public let json: RawJSON
    /// The alternatives `$or` expands to; the pattern matches when one of them does.
    let alternatives: [[Condition]]
    /// Warnings the validator found (a key written twice, a pattern over the default size).
    public let warnings: [Diagnostic]

    /// One field of one alternative: the path, its list's entries, and whether
    /// `{"exists": false}` is among them.
    struct Condition {
        var path: String
        var matchers: [ValueMatcher]
        var allowsAbsence: Bool
        /// The field's list, for explanations.
        var written: RawJSON
    }

    /// The pattern that `text` holds.
    /// - Throws: `EventPatternError` when the text is not JSON or EventBridge would
    ///   reject the pattern.
    public init(jsonText text: String) throws {
        let json: RawJSON
        do {
            json = try JSONParser.parseRaw(text)
        } catch {
            throw EventPatternError(message: "the pattern is not JSON: \(error)")
        }
        try self.init(json: json)
    }

    /// The pattern `json`.
    /// - Throws: `EventPatternError` when EventBridge would reject it.
    public init(json: RawJSON) throws {
        var validator = PatternValidator(constructPath: "")
        validator.validatePattern(json)
        let errors = validator.found.filter { $0.severity == .error }
        if !errors.isEmpty { throw EventPatternError(diagnostics: errors) }
        self.json = json
        self.warnings = validator.found
        self.alternatives = Self.compile(json, prefix: "")
    }

    /// The pattern a rule renders for `pattern`.
    /// - Throws: `EventPatternError` when EventBridge would reject it (the problems
    ///   synthesis reports as the rule's diagnostics).
    public init(_ pattern: EventPattern) throws {
        // The rule's diagnostics run the JSON validator and the typed checks together.
        let found = pattern.diagnostics(at: "")
        let errors = found.filter { $0.severity == .error }
        if !errors.isEmpty { throw EventPatternError(diagnostics: errors) }
        self.json = RawJSON(pattern.json)
        self.warnings = found
        self.alternatives = Self.compile(json, prefix: "")
    }
}
