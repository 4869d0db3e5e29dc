import Testing
@testable import CDK

@Suite struct RoleAndPolicyTests {
    @Test func policyIsNamedAfterItsLogicalIDAndAttachedToItsRoles() throws {
        let role = Role("Role", assumedBy: .service("events.amazonaws.com"))
        let app = App {
            Stack("Stack") {
                role
                Policy("Extra", statements: [PolicyStatement(actions: ["sns:Publish"], resources: ["*"])], roles: [role])
            }
        }
        let id = UniqueID.logicalID(["Extra", "Resource"]) ?? ""
        #expect(try properties(id, in: app) == [
            "PolicyDocument": ["Statement": [["Action": "sns:Publish", "Effect": "Allow", "Resource": "*"]], "Version": "2012-10-17"],
            "PolicyName": .string(id),
            "Roles": [.ref(UniqueID.logicalID(["Role", "Resource"]) ?? "")],
        ])
    }

    @Test func policyWithoutStatementsOrRolesIsReported() {
        let found = diagnostics(of: App { Stack("Stack") { Policy("Empty", statements: [], roles: []) } })
        #expect(found.map(\.code) == ["iam.policy.empty", "iam.policy.noRoles"])
    }

    @Test func ruleRoleIsRenderedAsRoleArn() throws {
        let role = Role("Role", assumedBy: .service("events.amazonaws.com"))
        let app = App { Stack("Stack") { role; Rule("Rule", schedule: .rate(.hours(1)), role: role) } }
        #expect(try properties(UniqueID.logicalID(["Rule", "Resource"]) ?? "", in: app)?["RoleArn"]
            == .getAtt(UniqueID.logicalID(["Role", "Resource"]) ?? "", "Arn"))
    }
}
