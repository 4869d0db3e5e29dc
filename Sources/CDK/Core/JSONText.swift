import CloudFormation

extension JSONValue {
    /// This value as compact JSON text, as the CDK's `Stack.toJsonString` renders it: a
    /// plain string, or an `Fn::Join` where the text embeds references. A reference, a
    /// pseudo parameter or an `Fn::Join` stands for a string and takes that string's place,
    /// inside its quotes.
    var jsonText: JSONValue {
        var parts: [JSONValue] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { parts.append(.string(literal)) }
            literal = ""
        }
        func appendString(_ value: JSONValue) {
            switch value {
            case let .string(text):
                literal += String(JSONWriter(indent: 0).render(.string(text)).dropFirst().dropLast())
            case let .object(object) where object.count == 1 && object["Fn::Join"] != nil:
                guard case let .array(arguments)? = object["Fn::Join"], arguments.count == 2,
                      case let .string(delimiter) = arguments[0], case let .array(items) = arguments[1] else { fallthrough }
                for (index, item) in items.enumerated() {
                    if index > 0 { appendString(.string(delimiter)) }
                    appendString(item)
                }
            default:
                flush()
                parts.append(value)
            }
        }
        func append(_ value: JSONValue) {
            switch value {
            case .null, .bool, .integer, .double:
                literal += JSONWriter(indent: 0).render(value)
            case .string, .token:
                literal += "\""
                appendString(value)
                literal += "\""
            case let .object(object) where object.count == 1 && object.keys[0].hasPrefix("Fn::") || object["Ref"] != nil && object.count == 1:
                literal += "\""
                appendString(value)
                literal += "\""
            case let .array(items):
                literal += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { literal += "," }
                    append(item)
                }
                literal += "]"
            case let .object(object):
                literal += "{"
                for (index, member) in object.enumerated() {
                    if index > 0 { literal += "," }
                    literal += JSONWriter(indent: 0).render(.string(member.key)) + ":"
                    append(member.value)
                }
                literal += "}"
            }
        }
        append(self)
        flush()
        if parts.count == 1, case .string = parts[0] { return parts[0] }
        return parts.isEmpty ? .string("") : .join("", parts)
    }
}
