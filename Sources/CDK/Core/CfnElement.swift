/// A construct that renders one entry of a template: a resource, an output, a
/// parameter, a condition or a mapping.
///
/// Its logical ID is computed from its path as the CDK computes it, unless overridden.
open class CfnElement: Construct {
    /// The logical ID to use instead of the computed one.
    public private(set) var logicalIDOverride: String?

    public override init(_ id: String, @ConstructBuilder children: () -> [Construct] = { [] }) {
        super.init(id, children: children)
    }

    /// Uses `logicalID` instead of the ID computed from the path, as the CDK's
    /// `overrideLogicalId` does; returns the element, so it can be used in a builder.
    @discardableResult
    public func overrideLogicalID(_ logicalID: String) -> Self {
        logicalIDOverride = logicalID
        return self
    }

    /// The element's logical ID, resolved in the stack that uses it.
    public var logicalIDToken: JSONValue { .token(Reference(self, .logicalID)) }
}
