/// Something permissions can be granted to: an identity whose policy receives the
/// statement (a role, or a construct acting through its role, such as a function).
public protocol Grantable {
    func addToPrincipalPolicy(_ statement: PolicyStatement)
}
