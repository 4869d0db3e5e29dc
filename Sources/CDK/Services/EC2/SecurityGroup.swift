/// A security group a resource can be placed in: one of this app's `SecurityGroup`s, or
/// one imported by ID.
public protocol SecurityGroupReference {
    /// The group's ID (`sg-…`).
    var securityGroupID: JSONValue { get }
}

/// Renders an `AWS::EC2::SecurityGroup` in a VPC, described by its path unless given a
/// description, and allowing all outbound traffic by default, as the CDK's
/// `SecurityGroup` renders it.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroup.html
public final class SecurityGroup: Construct, SecurityGroupReference {
    public let resource: CfnResource
    public let vpc: Vpc
    public let groupDescription: String?
    public let allowAllOutbound: Bool

    public init(_ id: String, vpc: Vpc, description: String? = nil, allowAllOutbound: Bool = true) {
        self.vpc = vpc
        self.groupDescription = description
        self.allowAllOutbound = allowAllOutbound
        self.resource = CfnResource("Resource", type: "AWS::EC2::SecurityGroup")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var securityGroupID: JSONValue { resource.getAtt("GroupId") }

    /// A group known by its ID.
    public static func imported(id: String) -> SecurityGroupReference {
        ImportedSecurityGroup(securityGroupID: .string(id))
    }

    public override func prepare(_ scope: ConstructScope) {
        // Without outbound traffic, the CDK renders one rule no packet matches (ICMP type
        // 252, code 86 to 255.255.255.255/32), so the default allow-all rule is replaced.
        let egress: JSONValue = allowAllOutbound
            ? ["CidrIp": "0.0.0.0/0", "Description": "Allow all outbound traffic by default", "IpProtocol": "-1"]
            : ["CidrIp": "255.255.255.255/32", "Description": "Disallow all traffic", "FromPort": 252, "IpProtocol": "icmp", "ToPort": 86]
        resource.properties = [
            "GroupDescription": .string(groupDescription ?? scope.path),
            "SecurityGroupEgress": [egress],
            "VpcId": .string(vpc.vpcID),
        ]
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard let groupDescription, groupDescription.count > 255 else { return [] }
        return [scope.error(
            "ec2.securityGroup.description.tooLong",
            "security group description has \(groupDescription.count) characters; EC2 allows at most 255",
            hint: "shorten the description")]
    }
}

struct ImportedSecurityGroup: SecurityGroupReference {
    let securityGroupID: JSONValue
}
