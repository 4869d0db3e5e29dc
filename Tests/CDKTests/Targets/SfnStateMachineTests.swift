import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 for the same declarations
// (StateMachine with DefinitionBody.fromString, fromStateMachineArn).
@Suite struct SfnStateMachineTests {
    static let definition = #"{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}"#

    @Test func targetStartsTheMachineWithItsEventsRole() throws {
        let machine = StateMachine("Machine", definition: .text(Self.definition))
        let app = App {
            Stack("Stack") {
                machine
                Rule("SfnRule", schedule: .rate(.hours(1))) { SfnStateMachine(machine) }
            }
        }
        #expect(try properties("SfnRuleBDCCE38C", in: app)?["Targets"] == [[
            "Arn": ["Ref": "Machine6FC8AE80"], "Id": "Target0",
            "RoleArn": ["Fn::GetAtt": ["MachineEventsRoleC8089716", "Arn"]],
        ]])
        #expect(try properties("MachineEventsRoleDefaultPolicy62529CC0", in: app) == [
            "PolicyDocument": [
                "Statement": [["Action": "states:StartExecution", "Effect": "Allow", "Resource": ["Ref": "Machine6FC8AE80"]]],
                "Version": "2012-10-17",
            ],
            "PolicyName": "MachineEventsRoleDefaultPolicy62529CC0",
            "Roles": [["Ref": "MachineEventsRoleC8089716"]],
        ])
    }

    @Test func inputRetryAndDeadLetterQueueRender() throws {
        let machine = StateMachine("Express", definition: .text(Self.definition), type: .express, stateMachineName: "my-machine")
        let dlq = Queue("Dlq")
        let app = App {
            Stack("Stack") {
                machine
                dlq
                Rule("SfnRule", schedule: .rate(.hours(1))) {
                    SfnStateMachine(machine, input: .object(["a": 1]), deadLetterQueue: dlq, retryAttempts: 1)
                }
            }
        }
        #expect(try properties("SfnRuleBDCCE38C", in: app)?["Targets"] == [[
            "Arn": ["Ref": "ExpressEE4D4F3B"],
            "DeadLetterConfig": ["Arn": ["Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]]],
            "Id": "Target0", "Input": "{\"a\":1}",
            "RetryPolicy": ["MaximumRetryAttempts": 1],
            "RoleArn": ["Fn::GetAtt": ["ExpressEventsRole0459D85A", "Arn"]],
        ]])
        let queuePolicy = try properties("DlqPolicyF16811D6", in: app)?["PolicyDocument"]?["Statement"]?.arrayValue?.first
        #expect(queuePolicy?["Sid"] == "AllowEventRuleStackSfnRule16C879DF")
    }

    @Test func importedMachineGetsItsRoleUnderTheImport() throws {
        let imported = StateMachine.imported("Imported", arn: "arn:aws:states:us-east-1:123456789012:stateMachine:m")
        let app = App {
            Stack("Stack") {
                imported
                Rule("SfnRule", schedule: .rate(.hours(1))) { SfnStateMachine(imported) }
            }
        }
        #expect(try properties("SfnRuleBDCCE38C", in: app)?["Targets"] == [[
            "Arn": "arn:aws:states:us-east-1:123456789012:stateMachine:m", "Id": "Target0",
            "RoleArn": ["Fn::GetAtt": ["ImportedEventsRoleC73A1980", "Arn"]],
        ]])
        #expect(try properties("ImportedEventsRoleDefaultPolicy2CFA7842", in: app)?["PolicyDocument"] == [
            "Statement": [["Action": "states:StartExecution", "Effect": "Allow", "Resource": "arn:aws:states:us-east-1:123456789012:stateMachine:m"]],
            "Version": "2012-10-17",
        ])
    }

    @Test func givenRoleIsGrantedInsteadOfAnEventsRole() throws {
        let machine = StateMachine("Machine", definition: .text(Self.definition))
        let role = Role("Given", assumedBy: .service("events.amazonaws.com"))
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                machine
                role
                Rule("SfnRule", schedule: .rate(.hours(1))) { SfnStateMachine(machine, role: role) }
            }
        })
        let resources = assembly.stacks[0].template.resources
        #expect(!resources.contains { $0.logicalID.hasPrefix("MachineEventsRole") })
        let policy = resources.first { $0.logicalID.hasPrefix("GivenDefaultPolicy") }
        #expect(policy?.properties["PolicyDocument"]?["Statement"] == [
            ["Action": "states:StartExecution", "Effect": "Allow", "Resource": ["Ref": "Machine6FC8AE80"]],
        ])
    }

    @Test func unplacedImportedMachineIsReported() {
        let imported = StateMachine.imported("Imported", arn: "arn:aws:states:us-east-1:123456789012:stateMachine:m")
        let found = diagnostics(of: App {
            Stack("Stack") { Rule("Rule", schedule: .rate(.hours(1))) { SfnStateMachine(imported) } }
        })
        #expect(found.map(\.code) == ["events.target.unplaced"])
        #expect(found.first?.message == "the Step Functions target of 'Stack/Rule' uses 'Imported', which is not placed in any stack")
    }

    @Test func retryOptionsAreValidated() {
        let machine = StateMachine("Machine", definition: .text(Self.definition))
        let found = diagnostics(of: App {
            Stack("Stack") {
                machine
                Rule("Rule", schedule: .rate(.hours(1))) { SfnStateMachine(machine, retryAttempts: 200) }
            }
        })
        #expect(found.map(\.code) == ["events.target.retryAttempts"])
    }
}
