/// The formats of `graph --format`: Mermaid (which the common code hosts render in a
/// ```` ```mermaid ```` block) and Graphviz DOT.
enum GraphFormat: String, CaseIterable {
    case mermaid, dot
}
