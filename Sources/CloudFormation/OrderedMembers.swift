/// Members of an object that keep their insertion order, so output follows the order
/// in which a user or a construct wrote them. `JSONObject` is the JSON case; event
/// patterns use it for their fields.
public struct OrderedMembers<Value> {
    public private(set) var keys: [String] = []
    private var values: [String: Value] = [:]

    public init() {}

    /// These members in this order; a repeated key keeps its first position and its
    /// last value.
    public init<S: Sequence>(_ members: S) where S.Element == (String, Value) {
        for (key, value) in members { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The member `key`; setting `nil` removes it, setting a new key appends it.
    public subscript(key: String) -> Value? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The same members with their values transformed, in the same order.
    public func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> OrderedMembers<T> {
        var result = OrderedMembers<T>()
        for key in keys {
            if let value = values[key] { result[key] = try transform(value) }
        }
        return result
    }

    /// The same members with the keys in ascending code-point order, as CloudFormation
    /// property bags are conventionally written.
    public func sortedByKey() -> OrderedMembers {
        var result = OrderedMembers()
        for key in keys.sorted() { result[key] = values[key] }
        return result
    }
}

/// A JSON object that keeps its keys in insertion order.
public typealias JSONObject = OrderedMembers<JSONValue>

extension OrderedMembers: Sequence {
    public func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var index = 0
        return AnyIterator {
            while index < keys.count {
                let key = keys[index]
                index += 1
                if let value = values[key] { return (key, value) }
            }
            return nil
        }
    }
}

extension OrderedMembers: Equatable where Value: Equatable {
    /// Members compare without regard to order, as JSON defines.
    public static func == (lhs: OrderedMembers, rhs: OrderedMembers) -> Bool {
        lhs.values == rhs.values
    }
}

extension OrderedMembers: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }
}
