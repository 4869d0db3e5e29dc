import CloudFormation

/// A pattern that a JSON value of a template must match, as the AWS CDK's `Match`
/// in `aws-cdk-lib/assertions` expresses it.
///
/// Write a pattern as a literal, with explicit matchers where a literal is not enough:
///
/// ```swift
/// try template.hasResourceProperties("AWS::Events::Rule", [
///     "State": "ENABLED",
///     "Targets": .arrayWith([.objectLike(["Id": "Target0"])]),
///     "RoleArn": .absent,
/// ])
/// ```
///
/// Literals follow the CDK's rules:
/// - A literal scalar matches an equal value (`1` and `1.0` are equal).
/// - A literal array matches an array of the same length, element by element.
/// - A literal object matches an object with those keys, and is partial (other keys
///   allowed) or exact just like the object matcher it is nested in: inside
///   `objectLike`, and at the top of `hasResource`, `hasResourceProperties`,
///   `hasOutput` and the other section assertions, nested literal objects match
///   partially at every depth; inside `objectEquals`, `arrayWith`, `arrayEquals`,
///   `exact`, `not` and `serializedJson` they match exactly.
/// - A key whose value is `.absent` must be missing; any other key of the pattern
///   must be present.
public struct Matcher {
    let kind: Kind

    indirect enum Kind {
        /// A JSON scalar (never an object or array: those become `object` and `array`).
        case scalar(JSONValue)
        case object([(key: String, value: Matcher)], ObjectMode)
        case array([Matcher], ArrayMode)
        /// A pattern made of literals only, matched with every object exact.
        case exact(Matcher)
        case absent
        case anyValue
        case regularExpression(String)
        case not(Matcher)
        case serializedJSON(Matcher)
    }

    enum ObjectMode {
        /// Written as a literal: partial or exact as the enclosing object matcher.
        case literal
        case like
        case equals
    }

    enum ArrayMode {
        /// Written as a literal: the same length, objects inside as the enclosing matcher.
        case literal
        case with
        case equals
    }

    init(kind: Kind) {
        self.kind = kind
    }

    /// A literal pattern: matches a value equal to `value`, objects nested in it
    /// matching partially or exactly as described on `Matcher`.
    public init(_ value: JSONValue) {
        switch value {
        case let .object(object):
            kind = .object(object.map { (key: $0.key, value: Matcher($0.value)) }, .literal)
        case let .array(items):
            kind = .array(items.map(Matcher.init), .literal)
        default:
            kind = .scalar(value)
        }
    }
}

extension Matcher {
    /// Matches an object that has at least these keys, with matching values; other
    /// keys are allowed, and literal objects nested in `pattern` match partially too.
    public static func objectLike(_ pattern: KeyValuePairs<String, Matcher>) -> Matcher {
        Matcher(kind: .object(members(pattern), .like))
    }

    /// Matches an object that has exactly these keys (apart from keys whose pattern is
    /// `.absent`), with matching values; literal objects nested in `pattern` match exactly.
    public static func objectEquals(_ pattern: KeyValuePairs<String, Matcher>) -> Matcher {
        Matcher(kind: .object(members(pattern), .equals))
    }

    /// Matches an array that contains elements matching `pattern`, in this order but
    /// not necessarily adjacent (a subsequence, as the CDK's `Match.arrayWith`).
    ///
    /// Literal objects in `pattern` match exactly; wrap them in `objectLike` to match
    /// elements partially. `absent` and `anyValue` cannot be elements of the pattern.
    public static func arrayWith(_ pattern: [Matcher]) -> Matcher {
        Matcher(kind: .array(pattern, .with))
    }

    /// Matches an array of exactly these elements in this order; literal objects in
    /// `pattern` match exactly.
    public static func arrayEquals(_ pattern: [Matcher]) -> Matcher {
        Matcher(kind: .array(pattern, .equals))
    }

    /// Matches a value deeply equal to `value`: objects at every depth must have
    /// exactly the same keys.
    public static func exact(_ value: JSONValue) -> Matcher {
        Matcher(kind: .exact(Matcher(value)))
    }

    /// Matches a missing key: use it as the value of a key that must not be present.
    public static var absent: Matcher { Matcher(kind: .absent) }

    /// Matches any present value except `null`.
    public static var anyValue: Matcher { Matcher(kind: .anyValue) }

    /// Matches a string in which `pattern` (an `NSRegularExpression` pattern, `^` and
    /// `$` matching at line boundaries) finds a match anywhere; anchor it to match
    /// the whole string.
    public static func stringLikeRegexp(_ pattern: String) -> Matcher {
        Matcher(kind: .regularExpression(pattern))
    }

    /// Matches any value that `pattern` does not match; literal objects in `pattern`
    /// match exactly.
    public static func not(_ pattern: Matcher) -> Matcher {
        Matcher(kind: .not(pattern))
    }

    /// Matches a string that holds JSON text whose parsed value matches `pattern`;
    /// literal objects in `pattern` match exactly.
    public static func serializedJson(_ pattern: Matcher) -> Matcher {
        Matcher(kind: .serializedJSON(pattern))
    }

    /// The members of a pattern object; a repeated key keeps its first position and
    /// its last value, as in `JSONObject`.
    static func members<S: Sequence>(_ pairs: S) -> [(key: String, value: Matcher)] where S.Element == (key: String, value: Matcher) {
        var result: [(key: String, value: Matcher)] = []
        for pair in pairs {
            if let index = result.firstIndex(where: { $0.key == pair.key }) {
                result[index].value = pair.value
            } else {
                result.append(pair)
            }
        }
        return result
    }
}

extension Matcher: ExpressibleByDictionaryLiteral {
    /// A literal object whose values are patterns.
    public init(dictionaryLiteral elements: (String, Matcher)...) {
        kind = .object(Matcher.members(elements.map { (key: $0.0, value: $0.1) }), .literal)
    }
}

extension Matcher: ExpressibleByArrayLiteral {
    /// A literal array whose elements are patterns.
    public init(arrayLiteral elements: Matcher...) {
        kind = .array(elements, .literal)
    }
}

extension Matcher: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { kind = .scalar(.string(value)) }
}

extension Matcher: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { kind = .scalar(.integer(value)) }
}

extension Matcher: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { kind = .scalar(.double(value)) }
}

extension Matcher: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { kind = .scalar(.bool(value)) }
}

extension Matcher: ExpressibleByNilLiteral {
    /// A literal `null`.
    public init(nilLiteral: ()) { kind = .scalar(.null) }
}

extension Matcher: CustomStringConvertible {
    /// The pattern in the notation it is written in: `{"Id":"Target0"}`,
    /// `arrayWith([objectLike({"Id":"Target0"})])`, `absent`.
    public var description: String {
        switch kind {
        case let .scalar(value):
            return JSONWriter(indent: 0).render(value)
        case let .object(members, mode):
            let body = "{" + members.map { JSONWriter(indent: 0).render(.string($0.key)) + ":" + $0.value.description }.joined(separator: ",") + "}"
            switch mode {
            case .literal: return body
            case .like: return "objectLike(\(body))"
            case .equals: return "objectEquals(\(body))"
            }
        case let .array(elements, mode):
            let body = "[" + elements.map(\.description).joined(separator: ",") + "]"
            switch mode {
            case .literal: return body
            case .with: return "arrayWith(\(body))"
            case .equals: return "arrayEquals(\(body))"
            }
        case let .exact(inner): return "exact(\(inner))"
        case .absent: return "absent"
        case .anyValue: return "anyValue"
        case let .regularExpression(pattern): return "stringLikeRegexp(\(JSONWriter(indent: 0).render(.string(pattern))))"
        case let .not(inner): return "not(\(inner))"
        case let .serializedJSON(inner): return "serializedJson(\(inner))"
        }
    }
}
