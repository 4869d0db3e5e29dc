extension ConstructScope {
    /// The role EventBridge assumes to reach `owner` (``eventsRole(under:)``); when
    /// `owner` is not placed in any stack, `nil` and an error at this scope, as an
    /// imported resource must be placed for its role to have a place.
    func eventsRole(under owner: Construct, targetKind: String) -> Role? {
        if let role = eventsRole(under: owner) { return role }
        context?.diagnostics.error(
            "events.target.unplaced", at: path,
            "the \(targetKind) target of '\(path)' uses '\(owner.id)', which is not placed in any stack",
            hint: "place '\(owner.id)' in a stack: the role EventBridge assumes is created under it")
        return nil
    }

    /// Child `id` of `owner`, made by `make` and placed on first use and shared after,
    /// as the CDK's `node.tryFindChild(id) ?? new …(owner, id)`. `nil` when `owner` is
    /// not placed, or its child `id` is of another kind.
    func generatedChild<Child: Construct>(_ id: String, under owner: Construct, make: () -> Child) -> Child? {
        guard let context, let node = context.tree.node(of: owner) else { return nil }
        if let existing = node.child(named: id) { return existing.construct as? Child }
        let child = make()
        context.prepareGenerated(context.tree.addGenerated(child, under: node))
        return child
    }

    /// A name unique in the app built from this construct's path, with the stack's name
    /// in place of its ID, as the CDK's `Names.uniqueResourceName`.
    func uniqueResourceName(maxLength: Int) -> String {
        var components = pathComponents
        if let context, let first = components.first, let stack = context.tree.stacks.first(where: { $0.path == first }) {
            components[0] = context.stackName(stack)
        }
        return UniqueID.uniqueResourceName(components, maxLength: maxLength)
    }
}
