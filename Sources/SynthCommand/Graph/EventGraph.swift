import CloudFormation

/// The event flow of an assembly: event sources, buses, rules, targets, archives and
/// event bus policies as nodes; what flows where as edges; nodes grouped by
/// environment (account and region), then by stack. Built from the templates alone,
/// so it works on an assembly read back from disk; everything is in the assembly's
/// order, so the rendering is deterministic.
struct EventGraph {
    enum Shape { case source, bus, rule, target, archive, policy }

    struct Node {
        var id: String
        var label: String
        var shape: Shape
        /// The clusters the node is in, outermost first.
        var clusters: [String]
    }

    struct Edge: Equatable {
        var from: String
        var to: String
        var label: String?
        var dashed = false
    }

    struct Cluster {
        var id: String
        var label: String
        var parent: String?
    }

    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []
    private(set) var clusters: [Cluster] = []

    mutating func addCluster(_ id: String, label: String, parent: String?) {
        guard !clusters.contains(where: { $0.id == id }) else { return }
        clusters.append(Cluster(id: id, label: label, parent: parent))
    }

    mutating func addNode(_ id: String, label: String, shape: Shape, clusters: [String]) {
        guard !nodes.contains(where: { $0.id == id }) else { return }
        nodes.append(Node(id: id, label: label, shape: shape, clusters: clusters))
    }

    mutating func addEdge(_ from: String, _ to: String, label: String? = nil, dashed: Bool = false) {
        let edge = Edge(from: from, to: to, label: label, dashed: dashed)
        guard !edges.contains(edge) else { return }
        edges.append(edge)
    }

    /// Without the clusters that hold no node (stacks without event resources).
    mutating func removeEmptyClusters() {
        func isUsed(_ id: String) -> Bool {
            nodes.contains { $0.clusters.contains(id) }
        }
        clusters.removeAll { !isUsed($0.id) }
    }

    /// The clusters directly inside `parent` (top level for `nil`), in order.
    func clusters(in parent: String?) -> [Cluster] {
        clusters.filter { $0.parent == parent }
    }

    /// The nodes directly inside cluster `id` (outside every cluster for `nil`).
    func nodes(in id: String?) -> [Node] {
        nodes.filter { $0.clusters.last == id }
    }

    /// An identifier for Mermaid and DOT: letters, digits and underscores.
    static func identifier(_ parts: String...) -> String {
        parts.joined(separator: "_").map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII ? String($0) : "_" }.joined()
    }
}
