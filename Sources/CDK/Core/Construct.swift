/// A node of the construct tree: an ID and the constructs declared inside it.
///
/// Its place in the tree, and so its path, comes from where a builder puts it.
/// Used directly it groups other constructs, as `new Construct(scope, id)` does in the
/// CDK: the group's ID becomes part of its children's paths and logical IDs.
open class Construct {
    /// The construct ID, unique among its siblings.
    public let id: String
    private let declaredChildren: [Construct]

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

    /// A short name of the construct's kind for `tree.json`, such as `CfnResource`.
    open var kind: String { String(describing: type(of: self)) }
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
