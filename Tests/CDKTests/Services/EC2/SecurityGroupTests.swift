import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (ec2.SecurityGroup in a VPC imported
// with Vpc.fromVpcAttributes).
@Suite struct SecurityGroupTests {
    let vpc = Vpc.imported(id: "vpc-1234", privateSubnetIDs: ["s"])

    @Test func groupWithoutOutboundTrafficHasTheCDKsBlockingRule() throws {
        let app = App { Stack("Stack") { SecurityGroup("Closed", vpc: vpc, description: "closed", allowAllOutbound: false) } }
        #expect(try properties("ClosedBAF26A78", in: app) == [
            "GroupDescription": "closed",
            "SecurityGroupEgress": [[
                "CidrIp": "255.255.255.255/32", "Description": "Disallow all traffic", "FromPort": 252, "IpProtocol": "icmp", "ToPort": 86,
            ]],
            "VpcId": "vpc-1234",
        ])
    }

    @Test func descriptionDefaultsToThePath() throws {
        let app = App { Stack("Stack") { SecurityGroup("Open", vpc: vpc) } }
        let group = try Synthesizer.synthesize(app).stacks[0].template.resources.first
        #expect(group?.properties["GroupDescription"] == "Stack/Open")
    }

    @Test func longDescriptionIsReported() {
        let found = diagnostics(of: App { Stack("Stack") { SecurityGroup("G", vpc: vpc, description: String(repeating: "d", count: 256)) } })
        #expect(found.map(\.code) == ["ec2.securityGroup.description.tooLong"])
    }

    @Test func importedVpcSelectsSubnetsByKindOrID() {
        let vpc = Vpc.imported(id: "vpc-1", privateSubnetIDs: ["p1", "p2"], publicSubnetIDs: ["u1"])
        #expect(SubnetSelection.type(.privateWithEgress).subnetIDs(in: vpc) == ["p1", "p2"])
        #expect(SubnetSelection.type(.public).subnetIDs(in: vpc) == ["u1"])
        #expect(SubnetSelection.type(.privateIsolated).subnetIDs(in: vpc) == [])
        #expect(SubnetSelection.subnets(["x"]).subnetIDs(in: nil) == ["x"])
        #expect(vpc.subnetTypes == [.privateWithEgress, .public])
    }
}
