import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (ecs.Cluster on an imported VPC).
@Suite struct ClusterTests {
    let vpc = Vpc.imported(id: "vpc-1234", privateSubnetIDs: ["s"])

    @Test func clusterWithoutSettingsHasNoProperties() throws {
        let app = App { Stack("Stack") { Cluster("Cluster", vpc: vpc) } }
        let cluster = try Synthesizer.synthesize(app).stacks[0].template.resources.first
        #expect(cluster?.logicalID == "ClusterEB0386A7")
        #expect(cluster?.type == "AWS::ECS::Cluster")
        #expect(cluster?.properties.isEmpty == true)
    }

    @Test func nameAndContainerInsightsRender() throws {
        let app = App {
            Stack("Stack") {
                Cluster("Named", vpc: vpc, clusterName: "my-cluster", containerInsights: true)
                Cluster("C", vpc: vpc, containerInsights: false)
            }
        }
        #expect(try properties("NamedD2F31604", in: app) == [
            "ClusterName": "my-cluster", "ClusterSettings": [["Name": "containerInsights", "Value": "enabled"]],
        ])
        #expect(try properties("C375D67C5", in: app) == ["ClusterSettings": [["Name": "containerInsights", "Value": "disabled"]]])
    }

    @Test func importedClusterDefaultsItsARNToTheStacksAccountAndRegion() {
        let cluster = Cluster.imported(name: "jobs")
        #expect(cluster.clusterName == "jobs")
        #expect(cluster.clusterArn == StackValue.arn(service: "ecs", resource: "cluster/jobs"))
        #expect(cluster.vpc == nil)
    }

    @Test func invalidNameIsReported() {
        let found = diagnostics(of: App { Stack("Stack") { Cluster("C", clusterName: "bad name") } })
        #expect(found.map(\.code) == ["ecs.cluster.name.invalid"])
    }
}
