import Testing
@testable import CDK

/// The `Targets` entry at `index` of a rule's properties.
func target(_ index: Int, of rule: JSONValue?) -> JSONValue? {
    guard case let .array(targets)? = rule?["Targets"], targets.indices.contains(index) else { return nil }
    return targets[index]
}

// Expected values come from the real CDK 2.275.0 for the same declarations (stack `S`)
// and from the codecommit_to_codebuild reference app.
@Suite struct CodeBuildProjectTests {
    let eventsTrust: JSONValue = [
        "AssumeRolePolicyDocument": [
            "Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "events.amazonaws.com"]]],
            "Version": "2012-10-17",
        ],
    ]

    func startBuild(on resource: JSONValue, policy: String, role: String) -> JSONValue {
        [
            "PolicyDocument": [
                "Statement": [["Action": "codebuild:StartBuild", "Effect": "Allow", "Resource": resource]],
                "Version": "2012-10-17",
            ],
            "PolicyName": .string(policy),
            "Roles": [["Ref": .string(role)]],
        ]
    }

    @Test func targetAssumesTheProjectsEventsRoleWithInputAndDeliveryOptions() throws {
        let repo = Repository("Repo", name: "r1")
        let dlq = Queue("Dlq")
        let project = Project("Proj", source: .codeCommit(repo))
        let app = App {
            Stack("S") {
                repo
                dlq
                project
                Rule("Rule", eventPattern: EventPattern(source: ["x"])) {
                    CodeBuildProject(project, event: .object(["a": .token(EventField.path("$.detail.x"))]),
                                     deadLetterQueue: dlq, retryAttempts: 2, maxEventAgeSeconds: 7200)
                }
            }
        }
        #expect(target(0, of: try properties("Rule4C995B7F", in: app)) == [
            "Arn": ["Fn::GetAtt": ["Proj26959B7F", "Arn"]],
            "DeadLetterConfig": ["Arn": ["Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]]],
            "Id": "Target0",
            "InputTransformer": ["InputPathsMap": ["detail-x": "$.detail.x"], "InputTemplate": "{\"a\":<detail-x>}"],
            "RetryPolicy": ["MaximumEventAgeInSeconds": 7200, "MaximumRetryAttempts": 2],
            "RoleArn": ["Fn::GetAtt": ["ProjEventsRoleB84E74AE", "Arn"]],
        ])
        #expect(try properties("ProjEventsRoleB84E74AE", in: app) == eventsTrust)
        #expect(try properties("ProjEventsRoleDefaultPolicy5975C8DF", in: app)
            == startBuild(on: ["Fn::GetAtt": ["Proj26959B7F", "Arn"]], policy: "ProjEventsRoleDefaultPolicy5975C8DF", role: "ProjEventsRoleB84E74AE"))
        #expect(try properties("DlqPolicyF16811D6", in: app)?["PolicyDocument"] == [
            "Statement": [[
                "Action": "sqs:SendMessage",
                "Condition": ["ArnEquals": ["aws:SourceArn": ["Fn::GetAtt": ["Rule4C995B7F", "Arn"]]]],
                "Effect": "Allow", "Principal": ["Service": "events.amazonaws.com"],
                "Resource": ["Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]], "Sid": "AllowEventRuleSRuleE742E7D9",
            ]],
            "Version": "2012-10-17",
        ])
    }

    @Test func rulesTargetingOneProjectShareItsEventsRole() throws {
        let project = Project("MyProject", buildSpec: .object(["version": "0.2"]))
        let app = App {
            Stack("S") {
                project
                Rule("A", eventPattern: EventPattern(source: ["a"])) { CodeBuildProject(project) }
                Rule("B", eventPattern: EventPattern(source: ["b"])) { CodeBuildProject(project) }
            }
        }
        let ids = try logicalIDs(in: app)
        #expect(ids.filter { $0.hasPrefix("MyProjectEventsRole") } == ["MyProjectEventsRole5B7D93F5", "MyProjectEventsRoleDefaultPolicy397DCBF8"])
        #expect(try properties("MyProjectEventsRoleDefaultPolicy397DCBF8", in: app)?["PolicyDocument"]?["Statement"]
            == [["Action": "codebuild:StartBuild", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["MyProject39F7B0AE", "Arn"]]]])
    }

    @Test func importedProjectsGetAnEventsRoleInTheRulesStack() throws {
        let byArn = Project.imported("ImpProj", arn: "arn:aws:codebuild:us-east-1:123456789012:project/other")
        let byName = Project.imported("ImpProjName", name: "named")
        let app = App {
            Stack("S") {
                Rule("Rule", eventPattern: EventPattern(source: ["x"])) {
                    CodeBuildProject(byArn)
                    CodeBuildProject(byName)
                }
            }
        }
        let named: JSONValue = .join("", ["arn:", .pseudo(.partition), ":codebuild:", .pseudo(.region), ":", .pseudo(.accountId), ":project/named"])
        let rule = try properties("Rule4C995B7F", in: app)
        #expect(target(0, of: rule) == [
            "Arn": "arn:aws:codebuild:us-east-1:123456789012:project/other", "Id": "Target0",
            "RoleArn": ["Fn::GetAtt": ["ImpProjEventsRole1BEE9A9A", "Arn"]],
        ])
        #expect(target(1, of: rule) == ["Arn": named, "Id": "Target1", "RoleArn": ["Fn::GetAtt": ["ImpProjNameEventsRole120C0D53", "Arn"]]])
        #expect(try properties("ImpProjEventsRoleDefaultPolicy2A6A8B0C", in: app) == startBuild(
            on: "arn:aws:codebuild:us-east-1:123456789012:project/other",
            policy: "ImpProjEventsRoleDefaultPolicy2A6A8B0C", role: "ImpProjEventsRole1BEE9A9A"))
        #expect(try properties("ImpProjNameEventsRoleDefaultPolicy953057B6", in: app) == startBuild(
            on: named, policy: "ImpProjNameEventsRoleDefaultPolicy953057B6", role: "ImpProjNameEventsRole120C0D53"))
    }

    @Test func givenEventRoleIsGrantedInsteadOfAnEventsRole() throws {
        let project = Project("NoSrc", buildSpec: .object(["version": "0.2", "phases": ["build": ["commands": ["echo hi"]]]]))
        let role = Role("MyRole", assumedBy: .service("events.amazonaws.com"))
        let app = App {
            Stack("S") {
                project
                role
                Rule("Rule2", eventPattern: EventPattern(source: ["y"])) { CodeBuildProject(project, eventRole: role) }
            }
        }
        #expect(target(0, of: try properties("Rule270732244", in: app)) == [
            "Arn": ["Fn::GetAtt": ["NoSrcABACC7E3", "Arn"]], "Id": "Target0", "RoleArn": ["Fn::GetAtt": ["MyRoleF48FFE04", "Arn"]],
        ])
        #expect(try properties("MyRoleDefaultPolicyA36BE1DD", in: app)
            == startBuild(on: ["Fn::GetAtt": ["NoSrcABACC7E3", "Arn"]], policy: "MyRoleDefaultPolicyA36BE1DD", role: "MyRoleF48FFE04"))
        #expect(try logicalIDs(in: app).contains { $0.hasPrefix("NoSrcEventsRole") } == false)
    }

    @Test func importedProjectWhoseIDIsTakenIsReported() {
        let found = diagnostics(of: App {
            Stack("S") {
                Queue("Imported")
                Rule("Rule", eventPattern: EventPattern(source: ["x"])) { CodeBuildProject(Project.imported("Imported", name: "p")) }
            }
        })
        #expect(found.map(\.code) == ["construct.imported.idTaken"])
        #expect(found.first?.path == "S/Rule")
    }

    @Test func invalidOptionsAndInputAreReported() {
        let project = Project.imported("Imported", name: "p")
        let found = diagnostics(of: App {
            Stack("S") {
                Rule("Rule", eventPattern: EventPattern(source: ["x"])) {
                    CodeBuildProject(project, event: .eventPath("detail"), retryAttempts: -1, maxEventAgeSeconds: 100_000)
                }
            }
        })
        #expect(found.map(\.code).contains("events.target.retryAttempts"))
        #expect(found.map(\.code).contains("events.target.maxEventAge"))
        #expect(found.count == 3)
    }
}
