extension JSONValue {
    /// This value with every `Fn::Join` reduced as the CDK reduces joins when it resolves
    /// a template: nested joins with the same delimiter are spliced in, adjacent literal
    /// strings and numbers are merged, and a join left with one element becomes that
    /// element (so a join of literals becomes a plain string).
    public func simplifyingJoins() -> JSONValue {
        reduced(resolvingTokens: nil) ?? self
    }

    /// This value with every token replaced by what `resolve` gives for it and every
    /// join reduced as ``simplifyingJoins()`` reduces it, in one walk: what the CDK does
    /// when it resolves a template. Arrays and objects without a token or a join are
    /// shared, not copied.
    public func resolvingTokens(_ resolve: (any Token) -> JSONValue) -> JSONValue {
        withoutActuallyEscaping(resolve) { reduced(resolvingTokens: $0) } ?? self
    }

    /// The value with tokens resolved (when `resolve` is given) and joins reduced, or
    /// `nil` when that changes nothing.
    private func reduced(resolvingTokens resolve: ((any Token) -> JSONValue)?) -> JSONValue? {
        switch self {
        case let .token(token):
            return resolve.map { $0(token).simplifyingJoins() }
        case let .array(items):
            var copy: [JSONValue]?
            for index in items.indices {
                guard let reduced = items[index].reduced(resolvingTokens: resolve) else { continue }
                if copy == nil { copy = items }
                copy?[index] = reduced
            }
            return copy.map(JSONValue.array)
        case let .object(object):
            var copy: JSONObject?
            for index in object.entries.indices {
                guard let reduced = object.entries[index].value.reduced(resolvingTokens: resolve) else { continue }
                if copy == nil { copy = object }
                copy?.entries[index].value = reduced
            }
            let members = copy ?? object
            guard members.count == 1, members.entries[0].key == "Fn::Join", case let .array(arguments) = members.entries[0].value,
                  arguments.count == 2, case let .string(delimiter) = arguments[0], case let .array(values) = arguments[1] else {
                return copy.map(JSONValue.object)
            }
            let joined = Self.minimalJoin(delimiter, values)
            return joined.count == 1 ? joined[0] : ["Fn::Join": [.string(delimiter), .array(joined)]]
        default:
            return nil
        }
    }

    /// The CDK's `minimalCloudFormationJoin`.
    private static func minimalJoin(_ delimiter: String, _ values: [JSONValue]) -> [JSONValue] {
        var result: [JSONValue] = []
        var pending = Array(values.reversed())
        while let value = pending.popLast() {
            if case let .object(object) = value, object.count == 1, case let .array(arguments)? = object["Fn::Join"],
               arguments.count == 2, arguments[0] == .string(delimiter), case let .array(inner) = arguments[1] {
                pending.append(contentsOf: inner.reversed())
            } else if let last = result.last, let left = last.concatenable, let right = value.concatenable {
                result[result.count - 1] = .string(left + delimiter + right)
            } else {
                result.append(value)
            }
        }
        return result
    }

    /// The text of a literal string or number, as JavaScript would concatenate it.
    private var concatenable: String? {
        switch self {
        case let .string(text): return text
        case .integer, .double: return JSONWriter(indent: 0).render(self)
        default: return nil
        }
    }
}
