import CloudFormation

/// One way in which a value differs from a pattern: where, and how.
struct Mismatch {
    /// The keys and array indices from the matched value down to the difference.
    var path: [String]
    var message: String
    /// How much this mismatch counts when ranking near misses; notes that only help
    /// to read the other mismatches cost nothing.
    var cost: Int

    /// `/Properties/Targets/0/Arn: expected "x", got {"Fn::GetAtt":["Q","Arn"]}`.
    var rendered: String {
        "\(Mismatch.pointer(path)): \(message)"
    }

    /// The path as a JSON pointer (RFC 6901: `~` and `/` in keys escaped as `~0` and
    /// `~1`), `/` for the matched value itself.
    static func pointer(_ path: [String]) -> String {
        if path.isEmpty { return "/" }
        return path.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
    }
}

/// The outcome of matching one value against a pattern: every mismatch found.
struct MatchResult {
    private(set) var mismatches: [Mismatch] = []

    var isSuccess: Bool { mismatches.isEmpty }

    /// The number of real mismatches, notes excluded.
    var cost: Int { mismatches.reduce(0) { $0 + $1.cost } }

    mutating func fail(_ message: String, at path: [String] = [], cost: Int = 1) {
        mismatches.append(Mismatch(path: path, message: message, cost: cost))
    }

    /// Adds the mismatches of a nested value, found under `key`.
    mutating func compose(_ key: String, _ inner: MatchResult) {
        for mismatch in inner.mismatches {
            mismatches.append(Mismatch(path: [key] + mismatch.path, message: mismatch.message, cost: mismatch.cost))
        }
    }

    /// Adds the mismatches of the same value, found by another matcher.
    mutating func merge(_ other: MatchResult) {
        mismatches += other.mismatches
    }

    /// One line per mismatch, at most `limit` of them.
    func renderedLines(limit: Int = 30, indent: String = "") -> [String] {
        var lines = mismatches.prefix(limit).map { indent + $0.rendered }
        if mismatches.count > limit {
            lines.append(indent + "… and \(mismatches.count - limit) more")
        }
        return lines
    }
}

/// Short text for a value in a message: compact JSON, cut off after `limit` characters.
func abridged(_ value: JSONValue, limit: Int = 120) -> String {
    abridged(text: JSONWriter(indent: 0).render(value), limit: limit)
}

func abridged(_ matcher: Matcher, limit: Int = 120) -> String {
    abridged(text: matcher.description, limit: limit)
}

private func abridged(text: String, limit: Int) -> String {
    guard text.count > limit else { return text }
    return text.prefix(limit) + "…"
}
