/// A node of the construct tree: an ID and the constructs declared inside it.
///
/// Its place in the tree, and so its path, comes from where a builder puts it.
/// Used directly it groups other constructs, as `new Construct(scope, id)` does in the
/// CDK: the group's ID becomes part of its children's paths and logical IDs.
open class Construct {
    /// The construct ID, unique among its siblings.
    public let id: String
    private let declaredChildren: [Construct]
    /// Constructs that must be created first: every resource of this construct depends
    /// on every resource of each of them (`DependsOn` in one stack, a stack dependency
    /// across stacks), as the CDK's `node.addDependency` does.
    public private(set) var dependencies: [Construct] = []
    /// The construct whose method made this one (a repository's `onCommit` rule): it is
    /// placed under its owner wherever a builder declares it, as the CDK scopes it.
    var owner: Construct?

    public init(_ id: String, @ConstructBuilder children: () -> [Construct] = { [] }) {
        self.id = id
        self.declaredChildren = children()
    }

    init(_ id: String, declaredChildren: [Construct]) {
        self.id = id
        self.declaredChildren = declaredChildren
    }

    /// The constructs inside this one. Subclasses that generate children (an L2 and
    /// its `Resource`) override this and include `super.children`.
    open var children: [Construct] { declaredChildren }

    /// Makes every resource of this construct depend on every resource of `construct`;
    /// returns this construct, so it can be used in a builder.
    @discardableResult
    public func addDependency(_ construct: Construct) -> Self {
        if !dependencies.contains(where: { $0 === construct }) { dependencies.append(construct) }
        return self
    }

    /// A short name of the construct's kind for `tree.json`, such as `CfnResource`.
    open var kind: String { _typeName(type(of: self), qualified: false) }

    /// Called once per synthesis, in tree order, before references are wired: a
    /// higher-level construct fills in the properties of the L1 elements it owns.
    /// It must set them from scratch each time, so the same declarations synthesize again.
    open func prepare(_ scope: ConstructScope) {}

    /// The problems in this construct's own declaration, found before anything is written.
    open func validate(_ scope: ConstructScope) -> [Diagnostic] { [] }
}

/// Where a construct sits in the tree of one synthesis, as the prepare and validate
/// phases see it.
public struct ConstructScope {
    /// The construct's path, such as `Stack/Rule`.
    public let path: String
    /// The IDs from the app's child down to the construct (the stack's ID first).
    /// Computed when asked for: most constructs never need it, and a large app has many.
    public var pathComponents: [String] {
        path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }
    /// The environment of the enclosing stack.
    public let environment: Environment
    /// The construct this one is placed in.
    public let parent: Construct?
    /// The synthesis this scope belongs to.
    let context: SynthesisContext?
    /// The construct's node in that synthesis's tree.
    let node: ConstructTree.Node?

    /// The node of the stack the construct is in (the construct's own, for a stack).
    var stackNode: ConstructTree.Node? {
        guard let node else { return nil }
        return node.construct is Stack ? node : node.stack
    }

    /// A name unique in the app, as the CDK's `Names.uniqueId` computes it
    /// (`StackMyBus4CCA052A` for `MyBus` in `Stack`).
    public var uniqueID: String {
        UniqueID.logicalID(pathComponents) ?? ""
    }

    /// An error about this construct, for its `validate`.
    public func error(_ code: String, _ message: String, hint: String) -> Diagnostic {
        Diagnostic(.error, code: code, path: path, message: message, hint: hint)
    }

    /// The unique ID (`Names.uniqueId`) of another construct of the app, `nil` when it is
    /// not placed.
    public func uniqueID(of construct: Construct) -> String? {
        guard let context, let node = context.tree.node(of: construct) else { return nil }
        return context.uniqueID(of: node)
    }

    /// Adds `statement` to the policy `holder` keeps (an SNS topic policy, an SQS queue
    /// policy, a role's default policy), rendered once with all the statements of a
    /// synthesis.
    public func addStatement(_ statement: PolicyStatement, to holder: PolicyHolder) {
        context?.addStatement(statement, to: holder)
    }

    /// Places a construct that this synthesis generates (a permission, a role) under
    /// `owner`, unless `owner` already holds one with its ID.
    public func addGenerated(_ construct: Construct, under owner: Construct) {
        _ = singleton(construct.id, under: owner) { construct }
    }

    /// Reports a problem found while preparing, with the others found at synthesis.
    public func report(_ diagnostic: Diagnostic) {
        context?.diagnostics.append(contentsOf: [diagnostic])
    }

    /// The stack this construct is placed in.
    public var stack: Stack? {
        stackNode?.construct as? Stack
    }

    /// The stack `construct` is placed in, `nil` when it is not placed.
    public func stack(of construct: Construct) -> Stack? {
        guard let node = context?.tree.node(of: construct) else { return nil }
        return (node.construct as? Stack) ?? node.stack?.construct as? Stack
    }

    /// Adds a stack that this synthesis generates (a permission stack) to `stage`, or to
    /// the app, unless it already has a stack with its ID; returns the stack it has.
    public func addGeneratedStack(_ stack: Stack, in stage: Stage? = nil) -> Stack {
        guard let context else { return stack }
        return singleton(stack.id, under: stage ?? context.tree.root.construct) {
            if let stage { stack.join(stage) }
            return stack
        } ?? stack
    }

    /// Makes `stack` deploy after `other`, for `reason` (shown when the two form a cycle).
    public func addStackDependency(_ stack: Stack, on other: Stack, reason: String) {
        guard let context, let consumer = context.tree.node(of: stack), let producer = context.tree.node(of: other) else { return }
        context.addDependency(from: consumer, to: producer, reason: reason)
    }

    /// Places an imported construct that no builder declares directly in this
    /// construct's stack, where the CDK's `fromXxx(stack, id, …)` puts it, so what is
    /// generated under it gets the CDK's logical IDs.
    func placeInStack(_ construct: ImportedConstruct) {
        guard let context, context.tree.node(of: construct) == nil,
              let parent, let parentNode = context.tree.node(of: parent),
              let stack = parentNode.construct is Stack ? parentNode : parentNode.stack
        else { return }
        guard stack.child(named: construct.id) == nil else {
            context.diagnostics.error(
                "construct.imported.idTaken", at: path,
                "imported '\(construct.id)' cannot be placed in stack '\(stack.path)', which already has a construct with that ID",
                hint: "give the imported construct another ID, or declare it in a stack's builder")
            return
        }
        context.prepareGenerated(context.tree.addGenerated(construct, under: stack))
    }

    /// The logical ID of a resource of the app in its stack, `nil` when it is not placed.
    public func logicalID(of element: CfnElement) -> String? {
        guard let context, let node = context.tree.node(of: element) else { return nil }
        return context.logicalID(of: node)
    }

    /// The role EventBridge assumes to reach a target: child `EventsRole` of `owner`
    /// (the target's resource), made on first use and shared by every rule that targets
    /// `owner`, as the CDK's `singletonEventRole`. `nil` when `owner` is not placed.
    /// Grant it what the target needs with `addStatement(_:to:)`.
    public func eventsRole(under owner: Construct) -> Role? {
        singleton("EventsRole", under: owner) { Role("EventsRole", assumedBy: .service("events.amazonaws.com")) }
    }

    /// The child `id` of `owner` (of the enclosing stack when `owner` is `nil`), made by
    /// `make` and placed on first use, then shared by every construct that asks for it
    /// in this synthesis: the mechanism behind the CDK's singleton roles and functions.
    /// `nil` when `owner` is not placed, or when its child `id` is of another type.
    public func singleton<T: Construct>(_ id: String, under owner: Construct? = nil, make: () -> T) -> T? {
        guard let context else { return nil }
        let ownerNode: ConstructTree.Node?
        if let owner {
            ownerNode = context.tree.node(of: owner)
        } else {
            ownerNode = stackNode
        }
        guard let node = ownerNode else { return nil }
        if let existing = node.child(named: id) { return existing.construct as? T }
        let made = make()
        context.prepareGenerated(context.tree.addGenerated(made, under: node))
        return made
    }
}

/// A construct that keeps a policy other constructs add statements to: a topic's or a
/// queue's resource policy, a role's default policy.
public protocol PolicyHolder: Construct {
    /// The construct that renders the policy, placed as a child of the holder (whose
    /// scope is `scope`).
    func policy(_ document: PolicyDocument, scope: ConstructScope) -> Construct
}

/// A construct the user composes from others, declared by a `body`.
///
/// ```swift
/// struct Alerts: Composite {
///     let id = "Alerts"
///     var body: [Construct] {
///         CfnResource("Topic", type: "AWS::SNS::Topic")
///     }
/// }
/// ```
/// It renders as a group named `id` holding the body's constructs.
public protocol Composite {
    var id: String { get }
    @ConstructBuilder var body: [Construct] { get }
}
