/// An ECS cluster tasks can run in: one of this app's `Cluster`s, or one imported by name.
public protocol ClusterReference {
    var clusterArn: JSONValue { get }
    var clusterName: JSONValue { get }
    /// The network of the cluster's tasks; `nil` when it is not known.
    var vpc: Vpc? { get }
}

/// Renders an `AWS::ECS::Cluster` whose tasks run in an imported VPC, as the CDK's
/// `Cluster` renders it (a cluster without settings has no properties).
///
/// ```swift
/// Cluster("Cluster", vpc: .imported(id: "vpc-0a1b2c3d", privateSubnetIDs: ["subnet-11aa"]))
/// ```
///
/// Unlike the CDK's, a cluster declared without a VPC does not create one: its tasks
/// need subnets named by ID (``SubnetSelection/subnets(_:)``).
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-cluster.html
public final class Cluster: Construct, ClusterReference {
    public let resource: CfnResource
    public let vpc: Vpc?
    public let name: String?
    /// CloudWatch Container Insights (`ClusterSettings` `containerInsights`), unset by default.
    public let containerInsights: Bool?

    public init(_ id: String, vpc: Vpc? = nil, clusterName: String? = nil, containerInsights: Bool? = nil) {
        self.vpc = vpc
        self.name = clusterName
        self.containerInsights = containerInsights
        self.resource = CfnResource("Resource", type: "AWS::ECS::Cluster")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var clusterArn: JSONValue { resource.getAtt("Arn") }
    /// The cluster's name (its `Ref`).
    public var clusterName: JSONValue { resource.ref }

    /// A cluster known by name, in the account and region of the stack that uses it
    /// unless its ARN is given, as the CDK's `Cluster.fromClusterAttributes`.
    public static func imported(name: String, arn: String? = nil, vpc: Vpc? = nil) -> ClusterReference {
        ImportedCluster(
            clusterArn: arn.map(JSONValue.string) ?? StackValue.arn(service: "ecs", resource: .string("cluster/" + name)),
            clusterName: .string(name), vpc: vpc)
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties = JSONObject()
        if let name { properties["ClusterName"] = .string(name) }
        if let containerInsights {
            properties["ClusterSettings"] = [["Name": "containerInsights", "Value": containerInsights ? "enabled" : "disabled"]]
        }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard let name, !(1...255).contains(name.count) || !name.isAlphanumeric(allowing: "-_") else { return [] }
        return [scope.error(
            "ecs.cluster.name.invalid",
            "cluster name '\(name)' must be 1 to 255 letters, digits, '-' or '_'",
            hint: "remove the other characters from the name")]
    }
}

struct ImportedCluster: ClusterReference {
    let clusterArn: JSONValue
    let clusterName: JSONValue
    let vpc: Vpc?
}
