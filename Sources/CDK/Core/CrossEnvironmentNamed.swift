import CloudFormation

/// A construct whose resource stacks of other accounts and regions refer to by name.
///
/// From another environment a reference can be neither a `Ref` nor an export: it
/// resolves to a value built from the resource's physical name (its ARN, its URL), as
/// the CDK resolves references to resources named `PhysicalName.GENERATE_IF_NEEDED`.
/// The name is the one its name property renders; a resource without one gets a name
/// when first referred to that way, generated as the CDK generates it (the stack name,
/// the construct's unique ID and a hash of both with the region and account).
public protocol CrossEnvironmentNamed: Construct {
    /// The L1 resource others refer to.
    var resource: CfnResource { get }
    /// The property that names the resource, such as `FunctionName`.
    var physicalNameProperty: String { get }
    /// The value of `attribute` for this resource named `name` in `account` and
    /// `region`; `nil` when the name does not tell it (a generated ID).
    func crossEnvironmentValue(of attribute: Reference.Attribute, name: String, account: String, region: String) -> JSONValue?
}

extension CrossEnvironmentNamed {
    /// `arn:<partition>:<service>:<region>:<account>:<resource>`, the partition that of
    /// the stack that uses it.
    func arn(service: String, region: String, account: String, resource: String) -> JSONValue {
        StackValue.arn(service: service, resource: .string(resource), region: .string(region), account: .string(account))
    }
}
