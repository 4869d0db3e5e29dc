/// The construct tree of one synthesis: where each declared construct was placed,
/// its path, and the constructs that synthesis generated.
///
/// Kept apart from the constructs themselves, so the same declarations can be
/// synthesized again (a test that synthesizes an app twice gets the same output).
final class ConstructTree {
    final class Node {
        let construct: Construct
        let path: String
        // The stack and the parent are ancestors, which the tree keeps: references to
        // them need not be weak (a weak reference costs a side table per node).
        /// The enclosing stack's node; `nil` for the app and the stacks themselves.
        private(set) unowned(unsafe) var stack: Node?
        /// The node this one is placed in; `nil` for the app.
        private(set) unowned(unsafe) var parent: Node?
        private(set) var children: [Node] = []
        /// Whether the construct's `prepare` ran in this synthesis: a construct generated
        /// into a stack that the prepare pass has not reached yet is prepared once.
        var isPrepared = false

        init(construct: Construct, path: String, stack: Node?) {
            self.construct = construct
            self.path = path
            self.stack = stack
        }

        /// The construct IDs from the enclosing stack (exclusive) down to this node:
        /// the input of logical IDs.
        var stackRelativeIDs: [String] {
            guard let stack else { return [] }
            return path.utf8.dropFirst(stack.path.utf8.count + 1).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
        }

        func child(named id: String) -> Node? {
            children.first { $0.construct.id == id }
        }

        fileprivate func append(_ node: Node) {
            node.parent = self
            children.append(node)
        }

        /// This node and everything below it, depth first, in declaration order.
        var subtree: [Node] {
            var result: [Node] = []
            var pending: [Node] = [self]
            while let node = pending.popLast() {
                result.append(node)
                pending.append(contentsOf: node.children.reversed())
            }
            return result
        }
    }

    let root: Node
    private(set) var stacks: [Node] = []
    private var nodes: [ObjectIdentifier: Node] = [:]
    /// Constructs a builder declares away from their owner, by owner, in declaration
    /// order: they are placed after the owner's own children.
    private var adoptions: [ObjectIdentifier: [Construct]] = [:]
    /// Imported owners that no builder declares, each placed where its first owned
    /// construct is declared (an imported construct renders nothing of its own).
    private var standIns: [ObjectIdentifier: Construct] = [:]

    /// Places every construct of `app`; problems with IDs and placement become diagnostics
    /// and the offending construct is left out of the tree.
    init(_ app: App, diagnostics: inout Diagnostics) {
        root = Node(construct: app, path: "", stack: nil)
        nodes[ObjectIdentifier(app)] = root
        let owned = collectOwned(app)
        place(app.children, under: root, diagnostics: &diagnostics)
        checkOwned(owned, diagnostics: &diagnostics)
    }

    /// The number of nodes, the app's included.
    var count: Int { nodes.count }

    /// The node where `construct` was placed, if it was.
    func node(of construct: Construct) -> Node? {
        nodes[ObjectIdentifier(construct)]
    }

    /// Adds a construct that synthesis generates, with the constructs inside it (they are
    /// trusted to have valid IDs).
    @discardableResult
    func addGenerated(_ construct: Construct, under parent: Node) -> Node {
        let node = makeNode(construct, under: parent)
        parent.append(node)
        nodes[ObjectIdentifier(construct)] = node
        if construct is Stack, parent === root || parent.construct is Stage { stacks.append(node) }
        for child in construct.children { addGenerated(child, under: node) }
        return node
    }

    private func makeNode(_ construct: Construct, under parent: Node) -> Node {
        let path = parent.path.isEmpty ? construct.id : parent.path + "/" + construct.id
        if construct is Stack {
            return Node(construct: construct, path: path, stack: nil)
        }
        let stack = parent.construct is Stack ? parent : parent.stack
        return Node(construct: construct, path: path, stack: stack)
    }

    private func place(_ constructs: [Construct], under parent: Node, diagnostics: inout Diagnostics) {
        var pending: [(constructs: [Construct], parent: Node)] = [(constructs, parent)]
        while let (constructs, parent) = pending.popLast() {
            var placedHere: [Node] = []
            for declared in constructs {
                var construct = declared
                if let owner = declared.owner, owner !== parent.construct {
                    guard let standIn = standIns[ObjectIdentifier(declared)] else { continue }
                    construct = standIn
                }
                guard let node = validatedNode(construct, under: parent, siblings: placedHere, diagnostics: &diagnostics) else { continue }
                parent.append(node)
                placedHere.append(node)
                nodes[ObjectIdentifier(construct)] = node
            }
            // Siblings first, then their subtrees in declaration order.
            for node in placedHere.reversed() {
                pending.append((node.construct.children + (adoptions[ObjectIdentifier(node.construct)] ?? []), node))
            }
        }
        stacks = root.children.flatMap { member in
            member.construct is Stage ? member.children.filter { $0.construct is Stack } : [member].filter { $0.construct is Stack }
        }
    }

    /// A construct declared away from its owner: where, and in which stack.
    private struct OwnedDeclaration {
        let construct: Construct
        let owner: Construct
        let path: String
        let stack: Construct?
    }

    /// Finds the constructs that belong under an owner other than where they are
    /// declared, and prepares their adoption.
    private func collectOwned(_ app: App) -> [OwnedDeclaration] {
        var declared = Set<ObjectIdentifier>()
        var owned: [OwnedDeclaration] = []
        func visit(_ construct: Construct, in parent: Construct, path: String, stack: Construct?) {
            declared.insert(ObjectIdentifier(construct))
            if let owner = construct.owner, owner !== parent {
                owned.append(OwnedDeclaration(construct: construct, owner: owner, path: path, stack: stack))
            }
            let childStack = stack ?? (construct is Stack ? construct : nil)
            for child in construct.children {
                visit(child, in: construct, path: path + "/" + child.id, stack: childStack)
            }
        }
        for child in app.children { visit(child, in: app, path: child.id, stack: nil) }
        for declaration in owned {
            let ownerKey = ObjectIdentifier(declaration.owner)
            adoptions[ownerKey, default: []].append(declaration.construct)
            if !declared.contains(ownerKey), declaration.owner is ImportedConstruct {
                standIns[ObjectIdentifier(declaration.construct)] = declaration.owner
                declared.insert(ownerKey)
            }
        }
        return owned
    }

    /// Reports owned constructs whose owner is not placed, or is placed in another stack
    /// than the one that declares them.
    private func checkOwned(_ owned: [OwnedDeclaration], diagnostics: inout Diagnostics) {
        var checked = Set<ObjectIdentifier>()
        for declaration in owned where checked.insert(ObjectIdentifier(declaration.construct)).inserted {
            let name = declaration.construct.id
            guard let node = node(of: declaration.construct) else {
                // A placed owner whose child was refused already has its diagnostic.
                guard node(of: declaration.owner) == nil else { continue }
                diagnostics.error(
                    "construct.owner.unplaced", at: declaration.path,
                    "'\(name)' belongs to '\(declaration.owner.id)', which is not placed in any stack",
                    hint: "place '\(declaration.owner.id)' in a stack; '\(name)' is placed inside it")
                continue
            }
            if let stack = declaration.stack, let placedStack = node.stack, placedStack.construct !== stack {
                diagnostics.error(
                    "construct.owner.otherStack", at: declaration.path,
                    "'\(name)' is declared in stack '\(stack.id)' but belongs to '\(node.parent?.path ?? declaration.owner.id)' in stack '\(placedStack.path)'",
                    hint: "declare '\(name)' in stack '\(placedStack.path)', where its owner is")
            }
        }
    }

    private func validatedNode(_ construct: Construct, under parent: Node, siblings: [Node], diagnostics: inout Diagnostics) -> Node? {
        let parentPath = parent.path.isEmpty ? "<app>" : parent.path
        let shownPath = parent.path.isEmpty ? construct.id : parent.path + "/" + construct.id
        if let existing = nodes[ObjectIdentifier(construct)] {
            diagnostics.error(
                "construct.placedTwice", at: shownPath,
                "construct '\(construct.id)' is already placed at '\(existing.path)'; a construct has one place in the tree",
                hint: "create a second construct with its own ID, or refer to the first one through its attributes")
            return nil
        }
        if construct.id.isEmpty {
            diagnostics.error(
                "construct.id.empty", at: parentPath,
                "a \(construct.kind) in '\(parentPath)' has an empty ID; only the app may have one",
                hint: "give the construct a non-empty ID")
            return nil
        }
        if construct.id.contains("/") {
            diagnostics.error(
                "construct.id.invalidCharacter", at: shownPath,
                "construct ID '\(construct.id)' contains '/', the path separator",
                hint: "use another character, such as '-'")
            return nil
        }
        if siblings.contains(where: { $0.construct.id == construct.id }) {
            diagnostics.error(
                "construct.id.duplicate", at: shownPath,
                "there is already a construct named '\(construct.id)' in '\(parentPath)'",
                hint: "construct IDs must be unique among siblings; rename one of them")
            return nil
        }
        if construct is Stage, !(parent.construct is App) {
            diagnostics.error(
                "stage.nested", at: shownPath,
                "stage '\(construct.id)' is placed inside '\(parentPath)'; stages belong directly in the app",
                hint: "move the stage into the App builder")
            return nil
        }
        if construct is Stack, !(parent.construct is App || parent.construct is Stage) {
            diagnostics.error(
                "stack.nested", at: shownPath,
                "stack '\(construct.id)' is placed inside '\(parentPath)'; stacks belong directly in the app or a stage",
                hint: "move the stack into the App or Stage builder")
            return nil
        }
        return makeNode(construct, under: parent)
    }
}
