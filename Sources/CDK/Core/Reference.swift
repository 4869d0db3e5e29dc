/// A reference to an attribute of a template element, resolved at synthesis
/// relative to the stack that uses it: `Ref`/`Fn::GetAtt` in the same stack,
/// `Fn::ImportValue` of an export from another stack of the same environment.
public struct Reference: Token, Equatable {
    public enum Attribute: Equatable {
        /// `{"Ref": logicalID}`.
        case ref
        /// `{"Fn::GetAtt": [logicalID, name]}`.
        case getAtt(String)
        /// The logical ID itself, as a string (for `Condition` and `Fn::If`).
        case logicalID
    }

    public let target: CfnElement
    public let attribute: Attribute

    public init(_ target: CfnElement, _ attribute: Attribute) {
        self.target = target
        self.attribute = attribute
    }

    public static func == (lhs: Reference, rhs: Reference) -> Bool {
        lhs.target === rhs.target && lhs.attribute == rhs.attribute
    }

    /// Written out rather than inherited from `Token`'s generic default, which costs a
    /// generic cast per comparison; templates compare many references.
    public func isEqual(to other: any Token) -> Bool {
        guard let other = other as? Reference else { return false }
        return self == other
    }

    /// A readable name for diagnostics: `Queue.Arn`.
    public var description: String {
        switch attribute {
        case .ref: return "\(target.id).Ref"
        case let .getAtt(name): return "\(target.id).\(name)"
        case .logicalID: return "\(target.id).LogicalId"
        }
    }
}
