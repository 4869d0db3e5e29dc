import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (sfn.StateMachine with
// DefinitionBody.fromString).
@Suite struct StateMachineTests {
    static let definition = #"{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}"#

    @Test func machineRendersItsDefinitionAndARoleForTheStacksMachines() throws {
        let app = App { Stack("Stack") { StateMachine("Machine", definition: .text(Self.definition)) } }
        let resources = try Synthesizer.synthesize(app).stacks[0].template.resources
        let machine = resources.first { $0.logicalID == "Machine6FC8AE80" }
        #expect(machine.map { JSONValue.object($0.properties) } == [
            "DefinitionString": .string(Self.definition), "RoleArn": ["Fn::GetAtt": ["MachineRoleD2D3D395", "Arn"]],
        ])
        #expect(machine?.deletionPolicy == "Delete")
        #expect(machine?.updateReplacePolicy == "Delete")
        #expect(machine?.dependsOn == [])
        #expect(try properties("MachineRoleD2D3D395", in: app) == [
            "AssumeRolePolicyDocument": [
                "Statement": [[
                    "Action": "sts:AssumeRole",
                    "Condition": [
                        "ArnLike": ["aws:SourceArn": ["Fn::Join": ["", [
                            "arn:", ["Ref": "AWS::Partition"], ":states:", ["Ref": "AWS::Region"], ":", ["Ref": "AWS::AccountId"], ":stateMachine:*",
                        ]]]],
                        "StringEquals": ["aws:SourceAccount": ["Ref": "AWS::AccountId"]],
                    ],
                    "Effect": "Allow", "Principal": ["Service": "states.amazonaws.com"],
                ]],
                "Version": "2012-10-17",
            ],
        ])
    }

    @Test func expressMachineWithNameAndGivenRole() throws {
        let role = Role("SmRole", assumedBy: .service("states.amazonaws.com"))
        let app = App {
            Stack("Stack") {
                role
                StateMachine("Express", definition: .text(Self.definition), type: .express, stateMachineName: "my-machine", role: role)
            }
        }
        #expect(try properties("ExpressEE4D4F3B", in: app) == [
            "DefinitionString": .string(Self.definition), "RoleArn": ["Fn::GetAtt": ["SmRole5F1DF09B", "Arn"]],
            "StateMachineName": "my-machine", "StateMachineType": "EXPRESS",
        ])
    }

    @Test func jsonDefinitionWithAReferenceRendersAsAJoin() throws {
        let function = Function("Fn", runtime: "nodejs22.x", handler: "index.handler", inlineCode: "x")
        let app = App {
            Stack("Stack") {
                function
                StateMachine("Notify", definition: .json([
                    "StartAt": "Call",
                    "States": ["Call": ["Type": "Task", "Resource": function.functionArn, "End": true]],
                ]))
            }
        }
        #expect(try properties("Notify29C25B1B", in: app)?["DefinitionString"] == ["Fn::Join": ["", [
            "{\"StartAt\":\"Call\",\"States\":{\"Call\":{\"Type\":\"Task\",\"Resource\":\"",
            ["Fn::GetAtt": ["Fn9270CBC0", "Arn"]],
            "\",\"End\":true}}}",
        ]]])
    }

    @Test func jsonDefinitionMustBeAnObjectWithoutEventFields() {
        for definition: JSONValue in [["StartAt": .token(EventField.path("$.detail"))], ["a", "b"]] {
            let found = diagnostics(of: App { Stack("Stack") { StateMachine("M", definition: .json(definition)) } })
            #expect(found.map(\.code) == ["sfn.stateMachine.definition"])
        }
    }

    @Test func grantStartExecutionAddsToTheGranteesPolicy() throws {
        let machine = StateMachine("Machine", definition: .text(Self.definition))
        let function = Function("Fn", runtime: "nodejs22.x", handler: "index.handler", inlineCode: "x")
        machine.grantStartExecution(to: function)
        let app = App {
            Stack("Stack") {
                machine
                function
            }
        }
        let policy = try Synthesizer.synthesize(app).stacks[0].template.resources.first { $0.logicalID.hasPrefix("FnServiceRoleDefaultPolicy") }
        #expect(policy?.properties["PolicyDocument"]?["Statement"] == [
            ["Action": "states:StartExecution", "Effect": "Allow", "Resource": ["Ref": "Machine6FC8AE80"]],
        ])
    }

    @Test func definitionThatIsNotAJSONObjectIsReported() {
        let found = diagnostics(of: App { Stack("Stack") { StateMachine("M", definition: "StartAt: P") } })
        #expect(found.map(\.code) == ["sfn.stateMachine.definition"])
    }

    @Test func invalidNameIsReported() {
        for name in ["", "has space", String(repeating: "n", count: 81), "a/b"] {
            let found = diagnostics(of: App { Stack("Stack") { StateMachine("M", definition: .text(Self.definition), stateMachineName: name) } })
            #expect(found.map(\.code) == ["sfn.stateMachine.name.invalid"])
        }
    }
}
