/// A kind of subnet, by how its traffic leaves the VPC.
public enum SubnetType: String, CaseIterable, Equatable {
    /// Subnets whose traffic leaves through a NAT gateway.
    case privateWithEgress = "Private"
    /// Subnets with a route to an internet gateway.
    case `public` = "Public"
    /// Subnets without a route out of the VPC.
    case privateIsolated = "Isolated"
}

/// Which subnets a resource is placed in: all the subnets of one kind of a VPC, or
/// subnets named by ID.
public struct SubnetSelection: Equatable {
    /// The kind of subnet selected; `nil` when subnets are named by ID.
    public let subnetType: SubnetType?
    /// The subnets named by ID, when they are.
    public let subnetIDs: [String]?

    /// Every subnet of one kind in the VPC.
    public static func type(_ type: SubnetType) -> SubnetSelection {
        SubnetSelection(subnetType: type, subnetIDs: nil)
    }

    /// These subnets, whatever their kind.
    public static func subnets(_ ids: [String]) -> SubnetSelection {
        SubnetSelection(subnetType: nil, subnetIDs: ids)
    }

    /// The selected subnet IDs in `vpc`; `nil` when a kind is selected and there is no VPC.
    func subnetIDs(in vpc: Vpc?) -> [String]? {
        if let subnetIDs { return subnetIDs }
        guard let vpc, let subnetType else { return nil }
        return vpc.subnetIDs(of: subnetType)
    }
}
