import CloudFormation

extension EventPatternMatcher {
    /// The alternatives of a validated pattern object under `prefix`: each `$or` and each
    /// nested object multiplies them, each list adds a condition to every one.
    static func compile(_ object: RawJSON, prefix: String) -> [[Condition]] {
        var result: [[Condition]] = [[]]
        for (key, value) in object.lastWinsMembers ?? [] {
            if key == "$or", case let .array(options) = value {
                let expanded = options.flatMap { compile($0, prefix: prefix) }
                result = result.flatMap { base in expanded.map { base + $0 } }
                continue
            }
            let path = prefix.isEmpty ? key : prefix + "." + key
            switch value {
            case .object:
                let nested = compile(value, prefix: path)
                result = result.flatMap { base in nested.map { base + $0 } }
            case let .array(entries):
                let condition = compileCondition(entries, path: path, written: value)
                result = result.map { $0 + [condition] }
            default:
                continue
            }
        }
        return result
    }

    private static func compileCondition(_ entries: [RawJSON], path: String, written: RawJSON) -> Condition {
        var matchers: [ValueMatcher] = []
        var allowsAbsence = false
        for entry in entries {
            switch entry {
            case .null: matchers.append(.null)
            case let .bool(flag): matchers.append(.bool(flag))
            case let .number(text): matchers.append(.number(text, NumberSpelling.exactDouble(text)))
            case let .string(text): matchers.append(.string(text, ipHex: IPAddress.hex(text)))
            case let .object(members):
                guard let (name, argument) = members.first else { continue }
                if name == "exists", case .bool(false) = argument {
                    allowsAbsence = true
                } else if let matcher = operatorMatcher(name, argument) {
                    matchers.append(matcher)
                }
            case .array, .unresolved:
                continue
            }
        }
        // A path with an empty step names no event field: EventBridge never matches it.
        if path.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
            matchers = []
        }
        return Condition(path: path, matchers: matchers, allowsAbsence: allowsAbsence, written: written)
    }

    private static func operatorMatcher(_ name: String, _ argument: RawJSON) -> ValueMatcher? {
        switch name {
        case "prefix", "suffix":
            if case let .object(inner) = argument, let folded = inner.first?.value.stringValue {
                let scalars = CaseFolding.folded(folded)
                return name == "prefix" ? .prefixIgnoringCase(scalars) : .suffixIgnoringCase(scalars)
            }
            guard let text = argument.stringValue else { return nil }
            return name == "prefix" ? .prefix(text) : .suffix(text)
        case "equals-ignore-case":
            return argument.stringValue.map { .equalsIgnoringCase(CaseFolding.folded($0)) }
        case "exactly":
            return argument.stringValue.map { .string($0, ipHex: nil) }
        case "wildcard":
            return argument.stringValue.map { .wildcard(WildcardPattern($0)) }
        case "exists":
            return .exists
        case "cidr":
            guard let text = argument.stringValue, let range = IPAddress.range(text) else { return nil }
            return .cidr(low: range.low, high: range.high)
        case "numeric":
            guard case let .array(operands) = argument else { return nil }
            var comparisons: [(operation: String, value: Double)] = []
            for index in stride(from: 0, to: operands.count - 1, by: 2) {
                guard let operation = operands[index].stringValue, case let .number(text) = operands[index + 1],
                      let value = Double(text) else { return nil }
                comparisons.append((operation, value))
            }
            return .numeric(comparisons)
        case "anything-but":
            return anythingBut(argument)
        default:
            return nil
        }
    }

    private static func anythingBut(_ argument: RawJSON) -> ValueMatcher? {
        let values: [RawJSON]
        switch argument {
        case .string, .number: values = [argument]
        case let .array(list): values = list
        case let .object(members):
            guard let (name, inner) = members.first else { return nil }
            let strings: [String]
            if case let .array(list) = inner { strings = list.compactMap(\.stringValue) } else { strings = inner.stringValue.map { [$0] } ?? [] }
            switch name {
            case "prefix": return .anythingButPrefixes(strings)
            case "suffix": return .anythingButSuffixes(strings)
            case "equals-ignore-case": return .anythingButIgnoringCase(strings.map(CaseFolding.folded))
            case "wildcard": return .anythingButWildcards(strings.map(WildcardPattern.init))
            default: return nil
            }
        default: return nil
        }
        if case .number = values.first {
            return .anythingButNumbers(values.compactMap { value in
                guard case let .number(text) = value else { return nil }
                return (text, NumberSpelling.exactDouble(text))
            })
        }
        return .anythingButStrings(values.compactMap(\.stringValue))
    }
}
