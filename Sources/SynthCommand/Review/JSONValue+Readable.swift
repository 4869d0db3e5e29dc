import CloudFormation

extension JSONValue {
    /// A short human reading of a template value: strings as they are, `Ref X` as `X`,
    /// the partition as `aws`, `Fn::GetAtt [X, A]` as `X.A`, joins concatenated, an
    /// import as `import NAME`, `Fn::Sub` as its template; other values as compact JSON.
    var readable: String {
        switch self {
        case let .string(text):
            return text
        case let .object(object) where object.count == 1:
            if let name = object["Ref"]?.stringValue {
                return name == "AWS::Partition" ? "aws" : name
            }
            if let parts = object["Fn::GetAtt"]?.arrayValue, parts.count == 2,
               let id = parts[0].stringValue, let attribute = parts[1].stringValue {
                return "\(id).\(attribute)"
            }
            if let arguments = object["Fn::Join"]?.arrayValue, arguments.count == 2,
               let delimiter = arguments[0].stringValue, let values = arguments[1].arrayValue {
                return values.map(\.readable).joined(separator: delimiter)
            }
            if let exported = object["Fn::ImportValue"] {
                return "import " + exported.readable
            }
            if let template = object["Fn::Sub"]?.stringValue ?? object["Fn::Sub"]?.arrayValue?.first?.stringValue {
                return template
            }
            return compact
        default:
            return compact
        }
    }

    /// One-line JSON.
    var compact: String { JSONWriter(indent: 0).render(self) }

    /// The logical ID a `Ref` or `Fn::GetAtt` points to.
    var referencedLogicalID: String? {
        if let name = self["Ref"]?.stringValue { return name.hasPrefix("AWS::") ? nil : name }
        return self["Fn::GetAtt"]?.arrayValue?.first?.stringValue
    }

    /// The value's array elements, or the value alone.
    var elements: [JSONValue] {
        if case let .array(items) = self { return items }
        return [self]
    }
}
