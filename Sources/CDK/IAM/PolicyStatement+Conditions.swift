/// The `Condition` element of an IAM policy statement: condition operators
/// (`StringEquals`, `ArnLike`…), each mapping context keys to a value or a list of values.
///
/// Operators and keys keep the order in which they were added. Adding an operator that
/// is already present merges its keys into the existing ones, a key given again taking
/// the new value in its old place, as the CDK's `addCondition` does.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
public struct PolicyConditions: Equatable {
    /// Operator → (context key → value), in the order they were added.
    public private(set) var operators: JSONObject = [:]

    public init() {}

    /// Conditions with these operators, merged in this order.
    public init<S: Sequence>(_ operators: S) where S.Element == (String, JSONObject) {
        for (name, keys) in operators { add(name, keys) }
    }

    /// Whether there is no condition.
    public var isEmpty: Bool { operators.isEmpty }

    /// The keys and values of one operator, if present.
    public subscript(operator name: String) -> JSONObject? {
        operators[name]?.objectValue
    }

    /// Adds `keys` under the operator `name`, merging them into the keys already there.
    public mutating func add(_ name: String, _ keys: JSONObject) {
        guard var merged = self[operator: name] else {
            operators[name] = .object(keys)
            return
        }
        for (key, value) in keys { merged[key] = value }
        operators[name] = .object(merged)
    }

    /// Adds every operator of `other`, in its order, merging as `add` does.
    public mutating func merge(_ other: PolicyConditions) {
        for (name, keys) in other.operators {
            add(name, keys.objectValue ?? [:])
        }
    }

    /// These conditions with `other` merged in.
    public func merging(_ other: PolicyConditions) -> PolicyConditions {
        var result = self
        result.merge(other)
        return result
    }

    /// The `Condition` element's JSON.
    public var json: JSONValue { .object(operators) }
}

extension PolicyConditions: ExpressibleByDictionaryLiteral {
    /// `["StringEquals": ["aws:SourceAccount": "111111111111"]]`.
    public init(dictionaryLiteral elements: (String, JSONObject)...) {
        self.init(elements)
    }
}
