import CloudFormation

/// One element of one array: which array (numbered in document order) and where.
struct ArrayStep: Equatable {
    var array: Int
    var index: Int
}

/// A leaf value of an event and the array elements it sits in, outermost first.
struct EventLeaf {
    var value: LeafValue
    var trail: [ArrayStep]
}

/// A string, number, boolean or null of an event.
enum LeafValue {
    case null
    case bool(Bool)
    /// A number as written, and its double when the double holds exactly that number.
    case number(String, Double?)
    case string(String)

    /// The value as JSON text, for explanations.
    var text: String {
        switch self {
        case .null: return "null"
        case let .bool(flag): return flag ? "true" : "false"
        case let .number(text, _): return text
        case let .string(string): return RawJSON.string(string).description
        }
    }
}
