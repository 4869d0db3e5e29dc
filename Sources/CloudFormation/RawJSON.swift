/// JSON exactly as written: numbers keep their spelling (`3.0e2`, `12345678901234567890`)
/// and objects keep every member in order, a repeated key included.
///
/// `JSONParser.parseRaw(_:)` reads text into it. EventBridge's matching depends on what
/// `JSONValue` normalizes away (a number too precise for a double matches only its own
/// spelling; a repeated key in a pattern is resolved by its last occurrence), so event
/// patterns and events are read this way.
///
/// `unresolved` stands for a value known only at deployment, such as a reference in a
/// synthesized template; the parser never produces it.
public indirect enum RawJSON: Equatable {
    case null
    case bool(Bool)
    /// A number, as written.
    case number(String)
    case string(String)
    case array([RawJSON])
    /// The members in order, repeated keys included.
    case object([(key: String, value: RawJSON)])
    /// A value known only at deployment (a token or an intrinsic function), described.
    case unresolved(String)

    public static func == (lhs: RawJSON, rhs: RawJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a.utf8.elementsEqual(b.utf8)
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.unresolved(a), .unresolved(b)): return a == b
        default: return false
        }
    }
}

extension RawJSON {
    /// The members of an object with a repeated key resolved as JSON readers do: the last
    /// value wins, at the key's first position.
    public var lastWinsMembers: [(key: String, value: RawJSON)]? {
        guard case let .object(members) = self else { return nil }
        if Self.keysAreDistinct(members) { return members }
        var index: [String: Int] = [:]
        var result: [(key: String, value: RawJSON)] = []
        for member in members {
            if let position = index[member.key] {
                result[position].value = member.value
            } else {
                index[member.key] = result.count
                result.append(member)
            }
        }
        return result
    }

    /// Whether no key is repeated: compared pairwise for the few members a pattern
    /// object has, without building a set.
    private static func keysAreDistinct(_ members: [(key: String, value: RawJSON)]) -> Bool {
        guard members.count <= 16 else { return Set(members.map(\.key)).count == members.count }
        for index in members.indices.dropFirst() {
            for earlier in 0..<index where members[earlier].key == members[index].key { return false }
        }
        return true
    }

    /// The member `key` (its last occurrence), `nil` for a missing key or a value that is
    /// not an object.
    public subscript(key: String) -> RawJSON? {
        guard case let .object(members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The string, if this is one.
    public var stringValue: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    /// The same value read as `JSONParser.parse(_:)` would read its text: repeated keys
    /// resolved, numbers as `.integer` or `.double` (a number too large for a double
    /// becomes `nil`), unresolved values as strings holding their description.
    public var jsonValue: JSONValue? {
        switch self {
        case .null: return .null
        case let .bool(value): return .bool(value)
        case let .number(text):
            if let integer = Int(text) { return .integer(integer) }
            guard let double = Double(text), double.isFinite else { return nil }
            return .double(double)
        case let .string(value): return .string(value)
        case let .unresolved(description): return .string(description)
        case let .array(items):
            var values: [JSONValue] = []
            for item in items {
                guard let value = item.jsonValue else { return nil }
                values.append(value)
            }
            return .array(values)
        case .object:
            var object = JSONObject()
            for (key, member) in lastWinsMembers ?? [] {
                guard let value = member.jsonValue else { return nil }
                object[key] = value
            }
            return .object(object)
        }
    }
}

extension RawJSON {
    /// `value` as written in a template: numbers in the writer's spelling (`inf` and `nan`
    /// for the doubles JSON cannot hold), each token and
    /// each intrinsic function (`{"Ref": …}`, `{"Fn::…": …}`) as `unresolved`.
    public init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case let .bool(bool): self = .bool(bool)
        case let .integer(number): self = .number(String(number))
        // A non-finite double has no JSON spelling; `inf` and `nan` keep it recognizable.
        case let .double(number): self = .number(JSONNumberFormat.javaScript(number) ?? "\(number)")
        case let .string(string): self = .string(string)
        case let .array(items): self = .array(items.map(RawJSON.init))
        case let .token(token): self = .unresolved(token.description)
        case let .object(object):
            if object.count == 1, let key = object.entries.first?.key, key == "Ref" || key.hasPrefix("Fn::") {
                self = .unresolved(JSONWriter(indent: 0).render(value))
            } else {
                self = .object(object.entries.map { ($0.key, RawJSON($0.value)) })
            }
        }
    }
}

extension RawJSON {
    /// The length in UTF-16 code units of the compact text (``description``), counted
    /// without writing it; `unresolved` counts as the text of its stand-in `unresolvedLength`.
    public func compactLength(unresolvedLength: (String) -> Int) -> Int {
        switch self {
        case .null: return 4
        case let .bool(value): return value ? 4 : 5
        case let .number(text): return text.utf8.count
        case let .string(value): return Self.literalLength(value)
        case let .unresolved(description): return unresolvedLength(description)
        case let .array(items):
            return 2 + max(items.count - 1, 0) + items.reduce(0) { $0 + $1.compactLength(unresolvedLength: unresolvedLength) }
        case let .object(members):
            return 2 + max(members.count - 1, 0)
                + members.reduce(0) { $0 + Self.literalLength($1.key) + 1 + $1.value.compactLength(unresolvedLength: unresolvedLength) }
        }
    }

    /// The length in UTF-16 code units of `string` written as a JSON string literal.
    public static func literalLength(_ string: String) -> Int {
        var length = 2
        for unit in string.utf16 {
            switch unit {
            case 0x22, 0x5C, 0x08, 0x0C, 0x0A, 0x0D, 0x09: length += 2
            case ..<0x20: length += 6
            default: length += 1
            }
        }
        return length
    }
}

extension RawJSON: CustomStringConvertible {
    /// The compact text, numbers as written; an unresolved value as a string holding
    /// its description.
    public var description: String { rendered(indent: 0) }

    /// The text with `indent` spaces per level (compact for 0), numbers as written.
    public func rendered(indent: Int) -> String {
        var output = ""
        write(into: &output, indent: indent, level: 0)
        return output
    }

    private func write(into output: inout String, indent: Int, level: Int) {
        let writer = JSONWriter(indent: 0)
        func newline(_ level: Int) {
            guard indent > 0 else { return }
            output += "\n" + String(repeating: " ", count: indent * level)
        }
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .number(text): output += text
        case let .string(value): output += writer.render(.string(value))
        case let .unresolved(description): output += writer.render(.string(description))
        case let .array(items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                newline(level + 1)
                item.write(into: &output, indent: indent, level: level + 1)
            }
            newline(level)
            output += "]"
        case let .object(members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                newline(level + 1)
                output += writer.render(.string(member.key)) + (indent > 0 ? ": " : ":")
                member.value.write(into: &output, indent: indent, level: level + 1)
            }
            newline(level)
            output += "}"
        }
    }
}
