import CloudFormation

/// One entry of a pattern field's list, compiled: a value to equal, or an operator.
/// `exists: false` is not here: it is about a field having no value at all
/// (``CompiledPattern/Condition/allowsAbsence``).
enum ValueMatcher {
    case string(String, ipHex: String?)
    /// A number as written, and its double when the double holds exactly that number.
    case number(String, Double?)
    case bool(Bool)
    case null
    case prefix(String)
    case suffix(String)
    case prefixIgnoringCase([Unicode.Scalar])
    case suffixIgnoringCase([Unicode.Scalar])
    case equalsIgnoringCase([Unicode.Scalar])
    case wildcard(WildcardPattern)
    case anythingButStrings([String])
    case anythingButNumbers([(text: String, value: Double?)])
    case anythingButPrefixes([String])
    case anythingButSuffixes([String])
    case anythingButIgnoringCase([[Unicode.Scalar]])
    case anythingButWildcards([WildcardPattern])
    /// Every comparison must hold: `(">", 0), ("<=", 5)`.
    case numeric([(operation: String, value: Double)])
    case exists
    case cidr(low: String, high: String)

    /// Whether `leaf` satisfies this entry.
    func matches(_ leaf: LeafValue) -> Bool {
        switch self {
        case let .string(expected, ipHex):
            guard case let .string(text) = leaf else { return false }
            if Self.equal(text, expected) { return true }
            guard let ipHex, let other = IPAddress.hex(text) else { return false }
            return ipHex == other
        case let .number(expectedText, expected):
            guard case let .number(text, value) = leaf else { return false }
            if let expected, let value { return expected == value }
            return expected == nil && value == nil && text == expectedText
        case let .bool(expected):
            if case let .bool(flag) = leaf { return flag == expected }
            return false
        case .null:
            if case .null = leaf { return true }
            return false
        case let .prefix(prefix):
            guard case let .string(text) = leaf else { return false }
            return text.utf8.starts(with: prefix.utf8)
        case let .suffix(suffix):
            guard case let .string(text) = leaf else { return false }
            return Self.hasSuffix(text, suffix)
        case let .prefixIgnoringCase(prefix):
            guard case let .string(text) = leaf else { return false }
            return CaseFolding.folded(text).starts(with: prefix)
        case let .suffixIgnoringCase(suffix):
            guard case let .string(text) = leaf else { return false }
            let folded = CaseFolding.folded(text)
            return folded.count >= suffix.count && folded.suffix(suffix.count).elementsEqual(suffix)
        case let .equalsIgnoringCase(expected):
            guard case let .string(text) = leaf else { return false }
            return CaseFolding.folded(text) == expected
        case let .wildcard(pattern):
            guard case let .string(text) = leaf else { return false }
            return pattern.matches(text)
        case let .anythingButStrings(excluded):
            guard case let .string(text) = leaf else { return true }
            return !excluded.contains { Self.equal(text, $0) }
        case let .anythingButNumbers(excluded):
            guard case let .number(text, value) = leaf else { return true }
            return !excluded.contains { entry in
                if let value, let excludedValue = entry.value { return value == excludedValue }
                return entry.text == text
            }
        case let .anythingButPrefixes(prefixes):
            guard case let .string(text) = leaf else { return true }
            return !prefixes.contains { text.utf8.starts(with: $0.utf8) }
        case let .anythingButSuffixes(suffixes):
            guard case let .string(text) = leaf else { return true }
            return !suffixes.contains { Self.hasSuffix(text, $0) }
        case let .anythingButIgnoringCase(excluded):
            guard case let .string(text) = leaf else { return true }
            let folded = CaseFolding.folded(text)
            return !excluded.contains(folded)
        case let .anythingButWildcards(patterns):
            guard case let .string(text) = leaf else { return true }
            return !patterns.contains { $0.matches(text) }
        case let .numeric(comparisons):
            guard case let .number(_, value?) = leaf else { return false }
            return comparisons.allSatisfy { comparison in
                switch comparison.operation {
                case "=": return value == comparison.value
                case "<": return value < comparison.value
                case "<=": return value <= comparison.value
                case ">": return value > comparison.value
                case ">=": return value >= comparison.value
                default: return false
                }
            }
        case .exists:
            return true
        case let .cidr(low, high):
            guard case let .string(text) = leaf, let hex = IPAddress.hex(text) else { return false }
            // Compared as text, as EventBridge does: an IPv4 block can take in some IPv6
            // addresses (`0.0.0.0/0` takes every one).
            return hex >= low && hex <= high
        }
    }

    /// Code-point equality: Swift's `==` would equate canonically equivalent strings
    /// (`"café"` and `"cafe\u{301}"`), which EventBridge keeps apart.
    static func equal(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }

    private static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let bytes = text.utf8
        let count = suffix.utf8.count
        guard bytes.count >= count else { return false }
        return bytes.suffix(count).elementsEqual(suffix.utf8)
    }
}
