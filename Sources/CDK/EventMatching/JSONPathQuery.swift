import CloudFormation

/// A JSON path of the kind EventBridge evaluates: `$`, then dot steps with optional
/// array indices (`$.detail.items[0].name`, `$.resources[1]`).
struct JSONPathQuery {
    enum Step {
        case member(String)
        case index(Int)
    }

    let steps: [Step]

    init?(_ path: String) {
        guard path.hasPrefix("$") else { return nil }
        var steps: [Step] = []
        var rest = path.dropFirst()
        while !rest.isEmpty {
            if rest.hasPrefix(".") {
                rest = rest.dropFirst()
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                guard end > rest.startIndex else { return nil }
                steps.append(.member(String(rest[..<end])))
                rest = rest[end...]
            } else if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                if let number = Int(inside) {
                    steps.append(.index(number))
                } else if inside.count >= 2, inside.first == "'" || inside.first == "\"", inside.last == inside.first {
                    steps.append(.member(String(inside.dropFirst().dropLast())))
                } else {
                    return nil
                }
                rest = rest[rest.index(after: close)...]
            } else {
                return nil
            }
        }
        self.steps = steps
    }

    /// The value at this path in `json`, `nil` when there is none.
    func value(in json: RawJSON) -> RawJSON? {
        var current = json
        for step in steps {
            switch step {
            case let .member(name):
                guard let next = current[name] else { return nil }
                current = next
            case let .index(index):
                guard case let .array(items) = current, items.indices.contains(index) else { return nil }
                current = items[index]
            }
        }
        return current
    }
}
