extension EventGraph {
    func rendered(_ format: GraphFormat) -> String {
        switch format {
        case .mermaid: return mermaid
        case .dot: return dot
        }
    }

    // MARK: Mermaid

    /// A `flowchart LR` with a `subgraph` per environment and per stack; labels are
    /// quoted, with `#quot;`-style entities for the characters Mermaid reserves.
    var mermaid: String {
        var lines = ["flowchart LR"]
        func emit(_ cluster: String?, indent: String) {
            for node in nodes(in: cluster) {
                let label = Self.mermaidLabel(node.label)
                let shape: String
                switch node.shape {
                case .source: shape = "([\(label)])"
                case .bus: shape = "[[\(label)]]"
                case .rule: shape = "{{\(label)}}"
                case .target: shape = "[\(label)]"
                case .archive: shape = "[(\(label))]"
                case .policy: shape = ">\(label)]"
                }
                lines.append(indent + node.id + shape)
            }
            for child in clusters(in: cluster) {
                lines.append(indent + "subgraph \(child.id)[\(Self.mermaidLabel(child.label))]")
                emit(child.id, indent: indent + "  ")
                lines.append(indent + "end")
            }
        }
        emit(nil, indent: "  ")
        if nodes.isEmpty { lines.append("  %% " + Self.emptyNote) }
        for edge in edges {
            let arrow = edge.dashed ? "-.->" : "-->"
            let label = edge.label.map { "|\(Self.mermaidLabel($0))|" } ?? ""
            lines.append("  \(edge.from) \(arrow)\(label) \(edge.to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What an empty graph says, so that it does not look like a failure.
    static let emptyNote = "no EventBridge buses, rules, archives or bus policies in these stacks"

    static func mermaidLabel(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\"": escaped += "#quot;"
            case "\n": escaped += "<br/>"
            case "<": escaped += "#lt;"
            case ">": escaped += "#gt;"
            case "|": escaped += "#124;"
            case "#": escaped += "#35;"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }

    // MARK: DOT

    /// A `digraph` with a `cluster_` subgraph per environment and per stack.
    var dot: String {
        var lines = [
            "digraph events {",
            "  rankdir=LR;",
            "  node [fontname=\"Helvetica\", fontsize=11];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
        ]
        func emit(_ cluster: String?, indent: String) {
            for node in nodes(in: cluster) {
                let attributes: String
                switch node.shape {
                case .source: attributes = "shape=ellipse, style=filled, fillcolor=\"#fff4d6\""
                case .bus: attributes = "shape=box, style=\"filled,bold\", fillcolor=\"#dbe9ff\""
                case .rule: attributes = "shape=hexagon, style=filled, fillcolor=\"#e6f4e6\""
                case .target: attributes = "shape=box, style=\"filled,rounded\", fillcolor=\"#f2f2f2\""
                case .archive: attributes = "shape=cylinder, style=filled, fillcolor=\"#efe6ff\""
                case .policy: attributes = "shape=note, style=filled, fillcolor=\"#ffe6e6\""
                }
                lines.append(indent + "\(node.id) [label=\(Self.dotString(node.label)), \(attributes)];")
            }
            for child in clusters(in: cluster) {
                lines.append(indent + "subgraph cluster_\(child.id) {")
                lines.append(indent + "  label=\(Self.dotString(child.label));")
                lines.append(indent + "  style=\(child.parent == nil ? "\"rounded,bold\"" : "rounded");")
                emit(child.id, indent: indent + "  ")
                lines.append(indent + "}")
            }
        }
        emit(nil, indent: "  ")
        if nodes.isEmpty { lines.append("  // " + Self.emptyNote) }
        for edge in edges {
            var attributes: [String] = []
            if let label = edge.label { attributes.append("label=\(Self.dotString(label))") }
            if edge.dashed { attributes.append("style=dashed") }
            lines.append("  \(edge.from) -> \(edge.to)" + (attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]") + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func dotString(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }
}
