/// Members of an object that keep their insertion order, so output follows the order
/// in which a user or a construct wrote them. `JSONObject` is the JSON case; event
/// patterns use it for their fields.
///
/// The members are stored as one array of pairs: most objects of a template have a
/// handful of members, where scanning a few keys costs less than hashing one, and one
/// allocation less per object adds up over a large app. An object that grows past
/// `indexedCount` members also keeps the positions of its keys in a dictionary (a
/// template's `Resources` section, a stack's construct tree).
public struct OrderedMembers<Value> {
    @usableFromInline var entries: [(key: String, value: Value)] = []
    /// Where each key is in `entries`, kept only for objects of more than `indexedCount` members.
    @usableFromInline var positions: [String: Int]?

    /// The number of members above which lookups go through a dictionary.
    @usableFromInline static var indexedCount: Int { 16 }

    @inlinable public init() {}

    /// These members in this order; a repeated key keeps its first position and its
    /// last value.
    @inlinable public init<S: Sequence>(_ members: S) where S.Element == (String, Value) {
        entries.reserveCapacity(members.underestimatedCount)
        for (key, value) in members { self[key] = value }
    }

    @usableFromInline init(entries: [(key: String, value: Value)], positions: [String: Int]?) {
        self.entries = entries
        self.positions = positions
    }

    /// The keys, in order.
    @inlinable public var keys: [String] { entries.map(\.key) }
    /// The members, in order.
    @inlinable public var elements: [(key: String, value: Value)] { entries }
    @inlinable public var count: Int { entries.count }
    @inlinable public var isEmpty: Bool { entries.isEmpty }

    /// The member `key`; setting `nil` removes it, setting a new key appends it.
    @inlinable public subscript(key: String) -> Value? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let index = position(of: key) {
                if let newValue {
                    entries[index].value = newValue
                } else {
                    entries.remove(at: index)
                    positions = Self.positions(of: entries)
                }
            } else if let newValue {
                entries.append((key, newValue))
                if positions != nil {
                    positions?[key] = entries.count - 1
                } else if entries.count > Self.indexedCount {
                    positions = Self.positions(of: entries)
                }
            }
        }
    }

    @inlinable func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return entries.firstIndex { $0.key == key }
    }

    @inlinable static func positions(of entries: [(key: String, value: Value)]) -> [String: Int]? {
        guard entries.count > indexedCount else { return nil }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() { positions[entry.key] = index }
        return positions
    }

    /// The same members with their values transformed, in the same order.
    @inlinable public func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> OrderedMembers<T> {
        OrderedMembers<T>(entries: try entries.map { ($0.key, try transform($0.value)) }, positions: positions)
    }

    /// The same members with the keys in ascending code-point order, as CloudFormation
    /// property bags are conventionally written.
    @inlinable public func sortedByKey() -> OrderedMembers {
        let sorted = entries.sorted { $0.key < $1.key }
        return OrderedMembers(entries: sorted, positions: Self.positions(of: sorted))
    }
}

/// A JSON object that keeps its keys in insertion order.
public typealias JSONObject = OrderedMembers<JSONValue>

extension OrderedMembers: Sequence {
    @inlinable public func makeIterator() -> IndexingIterator<[(key: String, value: Value)]> {
        entries.makeIterator()
    }

    @inlinable public var underestimatedCount: Int { entries.count }
}

extension OrderedMembers: Equatable where Value: Equatable {
    /// Members compare without regard to order, as JSON defines.
    @inlinable public static func == (lhs: OrderedMembers, rhs: OrderedMembers) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.entries.allSatisfy { entry in rhs[entry.key].map { $0 == entry.value } ?? false }
    }
}

extension OrderedMembers: ExpressibleByDictionaryLiteral {
    @inlinable public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }
}
