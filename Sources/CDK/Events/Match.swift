import CloudFormation

/// How one field of an event must look for a rule to match: a list of values and
/// matchers (any one of which may match), or a nested pattern object.
///
/// `Match` plays the part of the CDK's `Match` class: every helper returns a list,
/// and lists written next to each other concatenate, so a field reads as it renders:
///
/// ```swift
/// EventPattern(
///     source: ["aws.ec2"],
///     detail: [
///         "state": ["running", .prefix("stop")],     // ["running", {"prefix": "stop"}]
///         "instance-id": .anythingButPrefix("i-0"),  // [{"anything-but": {"prefix": "i-0"}}]
///         "cpu": .interval(0, 80),                   // [{"numeric": [">=", 0, "<=", 80]}]
///         "tags": ["team": ["core"]],                // a nested object
///     ]
/// )
/// ```
///
/// A bare literal (`"state": "running"`) is a list of one value. Strings, numbers and
/// booleans are written as literals; `nullValue()` matches null, and `value(_:)`
/// takes any JSON value, such as a reference resolved at synthesis. An `$or` key takes
/// a list of nested objects: `"$or": [["a": ["x"]], ["b": ["y"]]]`.
///
/// Helpers never fail: a matcher EventBridge would reject (an empty `anythingBut()`, an
/// `interval(10, 0)`, a malformed CIDR) renders as written and is reported by
/// ``EventPattern/diagnostics(at:)``.
///
/// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
public struct Match {
    /// One entry of a list.
    enum Element {
        /// A value written as-is: merging drops it when an equal one is already listed.
        case value(JSONValue)
        /// A matcher built by a helper. The CDK makes each one an opaque token, so
        /// merging never treats two of them as duplicates.
        case matcher(JSONValue)
        /// An object inside a list: an alternative of an `$or`.
        case fields(EventPattern.Fields)
        /// `allOf` over matchers that are not all numeric: the CDK fails at synthesis,
        /// validation reports it.
        case unmergeable([JSONValue])
    }

    enum Storage {
        case list([Element])
        case fields(EventPattern.Fields)
    }

    var storage: Storage

    init(_ storage: Storage) {
        self.storage = storage
    }

    init(elements: [Element]) {
        self.storage = .list(elements)
    }

    /// The concatenation of `matches`, as one list; a nested object becomes one entry.
    public init<S: Sequence>(_ matches: S) where S.Element == Match {
        var elements: [Element] = []
        for match in matches { elements.append(contentsOf: match.elements) }
        self.storage = .list(elements)
    }

    /// The entries of this match as a list: a nested object is one entry.
    var elements: [Element] {
        switch storage {
        case let .list(elements): return elements
        case let .fields(fields): return [.fields(fields)]
        }
    }

    /// The list's entries, or `nil` for a nested object.
    var listElements: [Element]? {
        if case let .list(elements) = storage { return elements }
        return nil
    }

    /// The nested object, or `nil` for a list.
    var fields: EventPattern.Fields? {
        if case let .fields(fields) = storage { return fields }
        return nil
    }

    /// Whether this is a list with nothing in it (EventBridge rejects it).
    public var isEmpty: Bool {
        switch storage {
        case let .list(elements): return elements.isEmpty
        case let .fields(fields): return fields.isEmpty
        }
    }

    /// The JSON this renders to in a template: an array, or an object for a nested pattern.
    public var json: JSONValue {
        switch storage {
        case let .list(elements): return .array(elements.flatMap(\.json))
        case let .fields(fields): return fields.json
        }
    }

    private static func matcher(_ json: JSONValue) -> Match {
        Match(elements: [.matcher(json)])
    }
}

extension Match.Element {
    /// The JSON entries this element renders to.
    var json: [JSONValue] {
        switch self {
        case let .value(json), let .matcher(json): return [json]
        case let .fields(fields): return [fields.json]
        case let .unmergeable(jsons): return jsons
        }
    }
}

// MARK: - Helpers, as the CDK's `Match` has them

extension Match {
    /// Matches a field whose value is JSON `null`: `[null]`.
    public static func nullValue() -> Match { matcher(.null) }

    /// Matches when the field is present with a leaf value: `[{"exists": true}]`.
    public static func exists() -> Match { matcher(["exists": true]) }

    /// Matches when the field is absent: `[{"exists": false}]`.
    public static func doesNotExist() -> Match { matcher(["exists": false]) }

    /// Matches exactly this string: `["s"]`.
    public static func exactString(_ value: String) -> Match {
        Match(elements: [.value(.string(value))])
    }

    /// Matches exactly this JSON value: a string, number, boolean, null, or a value
    /// resolved at synthesis, such as the stack's account (`.value(.pseudo(.accountId))`).
    public static func value(_ value: JSONValue) -> Match {
        Match(elements: [.value(value)])
    }

    /// Matches a string equal to `value` ignoring case: `[{"equals-ignore-case": "v"}]`.
    public static func equalsIgnoreCase(_ value: String) -> Match {
        matcher(["equals-ignore-case": .string(value)])
    }

    /// Matches a string that starts with `value`: `[{"prefix": "v"}]`.
    public static func prefix(_ value: String) -> Match {
        matcher(["prefix": .string(value)])
    }

    /// Matches a string that ends with `value`: `[{"suffix": "v"}]`.
    public static func suffix(_ value: String) -> Match {
        matcher(["suffix": .string(value)])
    }

    /// Matches a string that starts with `value`, ignoring case:
    /// `[{"prefix": {"equals-ignore-case": "v"}}]`.
    public static func prefixEqualsIgnoreCase(_ value: String) -> Match {
        matcher(["prefix": ["equals-ignore-case": .string(value)]])
    }

    /// Matches a string that ends with `value`, ignoring case:
    /// `[{"suffix": {"equals-ignore-case": "v"}}]`.
    public static func suffixEqualsIgnoreCase(_ value: String) -> Match {
        matcher(["suffix": ["equals-ignore-case": .string(value)]])
    }

    /// Matches a string against a pattern where `*` stands for any run of characters:
    /// `[{"wildcard": "dir/*.png"}]`. `\*` is a literal star; `**` is rejected.
    public static func wildcard(_ value: String) -> Match {
        matcher(["wildcard": .string(value)])
    }

    /// Matches an IPv4 or IPv6 address inside a CIDR block: `[{"cidr": "10.0.0.0/8"}]`.
    public static func cidr(_ range: String) -> Match {
        matcher(["cidr": .string(range)])
    }

    /// The same as ``cidr(_:)``.
    public static func ipAddressRange(_ range: String) -> Match {
        cidr(range)
    }

    /// Matches anything except these values, all strings or all numbers:
    /// `[{"anything-but": ["a", "b"]}]` (always a list, even for one value).
    public static func anythingBut(_ values: JSONValue...) -> Match {
        matcher(["anything-but": .array(values)])
    }

    /// Matches any string that does not start with one of `values`:
    /// `[{"anything-but": {"prefix": "p"}}]` for one value, a list for several.
    public static func anythingButPrefix(_ values: String...) -> Match {
        anythingButConjunction("prefix", values)
    }

    /// Matches any string that does not end with one of `values`:
    /// `[{"anything-but": {"suffix": "s"}}]` for one value, a list for several.
    public static func anythingButSuffix(_ values: String...) -> Match {
        anythingButConjunction("suffix", values)
    }

    /// Matches any string that matches none of the wildcard patterns `values`:
    /// `[{"anything-but": {"wildcard": "*/tmp/*"}}]` for one value, a list for several.
    public static func anythingButWildcard(_ values: String...) -> Match {
        anythingButConjunction("wildcard", values)
    }

    /// Matches any string equal to none of `values`, ignoring case:
    /// `[{"anything-but": {"equals-ignore-case": "x"}}]` for one value, a list for several.
    public static func anythingButEqualsIgnoreCase(_ values: String...) -> Match {
        anythingButConjunction("equals-ignore-case", values)
    }

    private static func anythingButConjunction(_ key: String, _ values: [String]) -> Match {
        let argument: JSONValue = values.count == 1 ? .string(values[0]) : .array(values.map(JSONValue.string))
        return matcher(["anything-but": .object(JSONObject([(key, argument)]))])
    }

    /// Matches a number greater than `value`: `[{"numeric": [">", value]}]`.
    public static func greaterThan(_ value: Double) -> Match { numeric(">", value) }

    /// Matches a number greater than or equal to `value`: `[{"numeric": [">=", value]}]`.
    public static func greaterThanOrEqual(_ value: Double) -> Match { numeric(">=", value) }

    /// Matches a number less than `value`: `[{"numeric": ["<", value]}]`.
    public static func lessThan(_ value: Double) -> Match { numeric("<", value) }

    /// Matches a number less than or equal to `value`: `[{"numeric": ["<=", value]}]`.
    public static func lessThanOrEqual(_ value: Double) -> Match { numeric("<=", value) }

    /// Matches a number equal to `value`: `[{"numeric": ["=", value]}]`.
    public static func equal(_ value: Double) -> Match { numeric("=", value) }

    private static func numeric(_ operation: String, _ value: Double) -> Match {
        matcher(["numeric": [.string(operation), .double(value)]])
    }

    /// Matches a number from `lower` to `upper`, both included:
    /// `[{"numeric": [">=", lower, "<=", upper]}]`. EventBridge needs `lower < upper`.
    public static func interval(_ lower: Double, _ upper: Double) -> Match {
        allOf(greaterThanOrEqual(lower), lessThanOrEqual(upper))
    }

    /// Combines numeric matchers into one that needs all of them:
    /// `allOf(.greaterThan(0), .lessThan(5))` renders `[{"numeric": [">", 0, "<", 5]}]`.
    /// Only numeric matchers combine; anything else is reported by validation.
    public static func allOf(_ matches: Match...) -> Match {
        let entries = matches.flatMap { $0.elements.flatMap(\.json) }
        guard !entries.isEmpty else { return Match(elements: []) }
        var operands: [JSONValue] = []
        for entry in entries {
            guard let numeric = numericOperands(of: entry) else {
                return Match(elements: [.unmergeable(entries)])
            }
            operands.append(contentsOf: numeric)
        }
        return matcher(["numeric": .array(operands)])
    }

    /// The list of a `{"numeric": [...]}` matcher, or `nil` for anything else.
    private static func numericOperands(of entry: JSONValue) -> [JSONValue]? {
        guard let object = entry.objectValue, object.count == 1 else { return nil }
        return object["numeric"]?.arrayValue
    }

    /// Matches when any of `matches` matches: their lists, concatenated.
    public static func anyOf(_ matches: Match...) -> Match {
        Match(matches)
    }
}

// MARK: - Literals

extension Match: ExpressibleByArrayLiteral {
    /// A list: the entries of every element, in order.
    public init(arrayLiteral elements: Match...) {
        self.init(elements)
    }
}

extension Match: ExpressibleByDictionaryLiteral {
    /// A nested pattern object, with its fields in the order written.
    public init(dictionaryLiteral elements: (String, Match)...) {
        self.storage = .fields(EventPattern.Fields(elements))
    }
}

extension Match: ExpressibleByStringLiteral {
    /// A list of this one string.
    public init(stringLiteral value: String) {
        self.init(elements: [.value(.string(value))])
    }
}

extension Match: ExpressibleByIntegerLiteral {
    /// A list of this one number.
    public init(integerLiteral value: Int) {
        self.init(elements: [.value(.integer(value))])
    }
}

extension Match: ExpressibleByFloatLiteral {
    /// A list of this one number.
    public init(floatLiteral value: Double) {
        self.init(elements: [.value(.double(value))])
    }
}

extension Match: ExpressibleByBooleanLiteral {
    /// A list of this one boolean.
    public init(booleanLiteral value: Bool) {
        self.init(elements: [.value(.bool(value))])
    }
}

extension Match: Equatable {
    /// Two matches are equal when they render to equal JSON.
    public static func == (lhs: Match, rhs: Match) -> Bool {
        lhs.json == rhs.json
    }
}

extension Match: CustomStringConvertible {
    /// The compact JSON.
    public var description: String { JSONWriter(indent: 0).render(json) }
}
