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
        guard let node = context?.tree.node(of: construct) else { return nil }
        return UniqueID.logicalID(node.path.split(separator: "/").map(String.init))
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
        guard let context, let node = context.tree.node(of: owner), node.child(named: construct.id) == nil else { return }
        context.prepareGenerated(context.tree.addGenerated(construct, under: node))
    }

    /// The role EventBridge assumes to reach a target: child `EventsRole` of `owner`
    /// (the target's resource), made on first use and shared by every rule that targets
    /// `owner`, as the CDK's `singletonEventRole`. `nil` when `owner` is not placed.
    /// Grant it what the target needs with `addStatement(_:to:)`.
    public func eventsRole(under owner: Construct) -> Role? {
        guard let context, let node = context.tree.node(of: owner) else { return nil }
        if let existing = node.child(named: "EventsRole")?.construct as? Role { return existing }
        let role = Role("EventsRole", assumedBy: .service("events.amazonaws.com"))
        context.prepareGenerated(context.tree.addGenerated(role, under: node))
        return role
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
