import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (`logs.LogGroup` with the same props).
@Suite struct LogGroupTests {
    @Test func defaultLogGroupKeepsEventsTwoYearsAndIsRetained() throws {
        let app = App { Stack("Stack") { LogGroup("LogGroup") } }
        #expect(try resourceJSON("LogGroupF5B46931", in: app) == cdkJSON(#"""
            {"Type":"AWS::Logs::LogGroup","Properties":{"RetentionInDays":731},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
    }

    @Test func nameRetentionAndRemovalPolicyRender() throws {
        let app = App {
            Stack("Stack") {
                LogGroup("L1", logGroupName: "/my/logs", retention: .days(7), removalPolicy: .delete)
                LogGroup("L2", retention: .infinite)
            }
        }
        #expect(try resourceJSON("L1C0D968EC", in: app) == cdkJSON(#"""
            {"Type":"AWS::Logs::LogGroup","Properties":{"LogGroupName":"/my/logs","RetentionInDays":7},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"}
            """#))
        #expect(try resourceJSON("L2CD7B2F13", in: app) == cdkJSON(#"""
            {"Type":"AWS::Logs::LogGroup","UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
    }

    @Test func importedLogGroupsKnowTheirPolicyAndTargetArns() {
        let byName = LogGroup.imported("ByName", name: "imported")
        #expect(byName.logGroupArn == StackValue.arn(service: "logs", resource: "log-group:imported:*"))
        #expect(byName.logGroupTargetArn == StackValue.arn(service: "logs", resource: "log-group:imported"))
        let byArn = LogGroup.imported("ByArn", arn: "arn:aws:logs:us-east-1:111111111111:log-group:app:*")
        #expect(byArn.logGroupArn == "arn:aws:logs:us-east-1:111111111111:log-group:app:*")
        #expect(byArn.logGroupTargetArn == "arn:aws:logs:us-east-1:111111111111:log-group:app")
    }

    @Test func unofferedRetentionAndBadNamesAreReported() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                LogGroup("Eight", retention: .days(8))
                LogGroup("Named", logGroupName: "bad name")
            }
        })
        #expect(found.map(\.code) == ["logs.logGroup.retention", "logs.logGroup.name.invalid"])
        #expect(found.first?.message == "retention of 8 days is not one CloudWatch Logs offers")
    }
}
