/// A VPC that exists outside the app, known by its ID and the IDs of its subnets, as the
/// CDK's `Vpc.fromVpcAttributes` describes one. Nothing is rendered for it: constructs
/// that need a network (a security group, an ECS task's network configuration) use its
/// IDs as literals.
///
/// ```swift
/// let vpc = Vpc.imported(id: "vpc-0a1b2c3d", privateSubnetIDs: ["subnet-11aa", "subnet-22bb"])
/// ```
///
/// swift-cdk does not build VPCs: networks are usually owned by another team or stack.
public struct Vpc: Equatable {
    /// The VPC's ID, such as `vpc-0a1b2c3d`.
    public let vpcID: String
    /// Subnets whose traffic leaves through a NAT gateway (the CDK's `PRIVATE_WITH_EGRESS`).
    public let privateSubnetIDs: [String]
    /// Subnets with a route to an internet gateway.
    public let publicSubnetIDs: [String]
    /// Subnets without a route out of the VPC.
    public let isolatedSubnetIDs: [String]

    /// A VPC known by its ID and its subnets' IDs, by the kind of subnet.
    public static func imported(
        id: String, privateSubnetIDs: [String] = [], publicSubnetIDs: [String] = [], isolatedSubnetIDs: [String] = []
    ) -> Vpc {
        Vpc(vpcID: id, privateSubnetIDs: privateSubnetIDs, publicSubnetIDs: publicSubnetIDs, isolatedSubnetIDs: isolatedSubnetIDs)
    }

    /// The subnets of one kind.
    public func subnetIDs(of type: SubnetType) -> [String] {
        switch type {
        case .privateWithEgress: return privateSubnetIDs
        case .public: return publicSubnetIDs
        case .privateIsolated: return isolatedSubnetIDs
        }
    }

    /// The kinds of subnet the VPC has, in the order the CDK lists them.
    var subnetTypes: [SubnetType] {
        SubnetType.allCases.filter { !subnetIDs(of: $0).isEmpty }
    }
}
