import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (`targets.EventBus`).
@Suite struct EventBusTargetTests {
    @Test func busTargetUsesTheRulesRoleAllowedToPutEvents() throws {
        let bus = EventBus("Bus")
        let app = App {
            Stack("Stack") {
                bus
                Rule("Rule", schedule: .rate(.hours(1))) { EventBusTarget(bus) }
            }
        }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::GetAtt":["BusEA82B648","Arn"]},"Id":"Target0","RoleArn":{"Fn::GetAtt":["RuleEventsRoleC51A4248","Arn"]}}]
            """#))
        #expect(try resourceJSON("RuleEventsRoleDefaultPolicy0510525D", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":"events:PutEvents","Effect":"Allow","Resource":{"Fn::GetAtt":["BusEA82B648","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"RuleEventsRoleDefaultPolicy0510525D","Roles":[{"Ref":"RuleEventsRoleC51A4248"}]}}
            """#))
    }

    @Test func busOfAnotherAccountWithAGivenRoleAndDeadLetterQueue() throws {
        let role = Role("MyRole", assumedBy: .service("events.amazonaws.com"))
        let dlq = Queue("Dlq")
        let other = EventBus.imported(arn: "arn:aws:events:us-east-1:222222222222:event-bus/other")
        let app = App {
            Stack("Stack", env: referenceEnvironment) {
                dlq
                role
                Rule("Rule", eventPattern: EventPattern(source: ["my.app"])) { EventBusTarget(other, role: role, deadLetterQueue: dlq) }
            }
        }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":"arn:aws:events:us-east-1:222222222222:event-bus/other","DeadLetterConfig":{"Arn":{"Fn::GetAtt":["DlqD1FAA4AD","Arn"]}},"Id":"Target0","RoleArn":{"Fn::GetAtt":["MyRoleF48FFE04","Arn"]}}]
            """#))
        #expect(try properties("MyRoleDefaultPolicyA36BE1DD", in: app)?["PolicyDocument"] == cdkJSON(#"""
            {"Statement":[{"Action":"events:PutEvents","Effect":"Allow","Resource":"arn:aws:events:us-east-1:222222222222:event-bus/other"}],"Version":"2012-10-17"}
            """#))
        #expect(try properties("DlqPolicyF16811D6", in: app)?["PolicyDocument"] == cdkJSON(#"""
            {"Statement":[{"Action":"sqs:SendMessage","Condition":{"ArnEquals":{"aws:SourceArn":{"Fn::GetAtt":["Rule4C995B7F","Arn"]}}},"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Resource":{"Fn::GetAtt":["DlqD1FAA4AD","Arn"]},"Sid":"AllowEventRuleStackRuleF6E31DD0"}],"Version":"2012-10-17"}
            """#))
    }
}
