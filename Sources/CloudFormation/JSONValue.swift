/// A JSON value as CloudFormation sees it: objects keep their key order, numbers
/// keep their integer or floating-point nature, and a `token` stands for a value
/// that a later phase of synthesis resolves (a reference to another resource).
///
/// Only `token` is stored out of line (an existential is five words); arrays and
/// objects already hold their members out of line, and keeping the other cases inline
/// saves an allocation per value, which a large template has hundreds of thousands of.
public enum JSONValue {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
    indirect case token(any Token)
}

/// A value that only a later phase can turn into JSON, such as a reference to a
/// resource whose logical ID is not known yet.
public protocol Token: CustomStringConvertible {
    /// Whether `other` stands for the same value.
    func isEqual(to other: any Token) -> Bool
}

extension Token where Self: Equatable {
    public func isEqual(to other: any Token) -> Bool {
        (other as? Self) == self
    }
}

extension JSONValue: Equatable {
    /// JSON equality: object keys compare without regard to order, tokens by what they stand for.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.integer(a), .double(b)), let (.double(b), .integer(a)): return Double(a) == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a == b
        case let (.token(a), .token(b)): return a.isEqual(to: b)
        default: return false
        }
    }
}

extension JSONValue {
    /// The string, if this is one.
    public var stringValue: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    /// The object, if this is one.
    public var objectValue: JSONObject? {
        if case let .object(value) = self { return value }
        return nil
    }

    /// The array, if this is one.
    public var arrayValue: [JSONValue]? {
        if case let .array(value) = self { return value }
        return nil
    }

    /// The member `key` of an object, `nil` for a missing key or a value that is not an object.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// Every token in this value, depth first, in document order.
    public var tokens: [any Token] {
        var found: [any Token] = []
        collectTokens(into: &found)
        return found
    }

    private func collectTokens(into found: inout [any Token]) {
        forEachToken { found.append($0) }
    }

    /// Calls `body` with every token in this value, depth first, in document order.
    public func forEachToken(_ body: (any Token) -> Void) {
        switch self {
        case let .token(token): body(token)
        case let .array(items): for item in items { item.forEachToken(body) }
        case let .object(object): for entry in object.entries { entry.value.forEachToken(body) }
        default: break
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .integer(value) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements))
    }
}

extension JSONValue: CustomStringConvertible {
    public var description: String { JSONWriter().render(self) }
}
