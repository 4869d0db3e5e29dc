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

    /// A name unique in the app built from this construct's path, with the stack's name
    /// in place of its ID, as the CDK's `Names.uniqueResourceName`.
    func uniqueResourceName(maxLength: Int) -> String {
        var components = pathComponents
        if let context, let stack = stackNode {
            let depth = stack.path.split(separator: "/").count
            components.replaceSubrange(0..<min(depth, components.count), with: [context.stackName(stack)])
        }
        return UniqueID.uniqueResourceName(components, maxLength: maxLength)
    }
}
