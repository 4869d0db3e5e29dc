import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 for the same declarations (stack `Q`).
@Suite struct CodePipelineTests {
    @Test func targetAssumesThePipelinesEventsRoleAndNamesTheDeadLetterQueueWithoutAPolicy() throws {
        let dlq = Queue("Dlq")
        let pipeline = ImportedPipeline("ImpPipe", arn: "arn:aws:codepipeline:us-east-1:123456789012:other")
        let app = App {
            Stack("Q") {
                dlq
                Rule("Rule", eventPattern: EventPattern(source: ["x"])) {
                    CodePipeline(pipeline, deadLetterQueue: dlq, retryAttempts: 1, maxEventAgeSeconds: 300)
                }
            }
        }
        #expect(target(0, of: try properties("Rule4C995B7F", in: app)) == [
            "Arn": "arn:aws:codepipeline:us-east-1:123456789012:other",
            "DeadLetterConfig": ["Arn": ["Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]]],
            "Id": "Target0",
            "RetryPolicy": ["MaximumEventAgeInSeconds": 300, "MaximumRetryAttempts": 1],
            "RoleArn": ["Fn::GetAtt": ["ImpPipeEventsRoleD59AFA5D", "Arn"]],
        ])
        #expect(try properties("ImpPipeEventsRoleDefaultPolicy271965E0", in: app) == [
            "PolicyDocument": [
                "Statement": [[
                    "Action": "codepipeline:StartPipelineExecution", "Effect": "Allow",
                    "Resource": "arn:aws:codepipeline:us-east-1:123456789012:other",
                ]],
                "Version": "2012-10-17",
            ],
            "PolicyName": "ImpPipeEventsRoleDefaultPolicy271965E0",
            "Roles": [["Ref": "ImpPipeEventsRoleD59AFA5D"]],
        ])
        #expect(try logicalIDs(in: app) == ["DlqD1FAA4AD", "Rule4C995B7F", "ImpPipeEventsRoleD59AFA5D", "ImpPipeEventsRoleDefaultPolicy271965E0"])
    }

    @Test func pipelineOfTheAppIsTargetedByItsArnWithItsEventsRole() throws {
        let repo = Repository("Repo", name: "r1")
        let source = Artifact()
        let pipeline = Pipeline("Pipeline") {
            PipelineStage("Source") { CodeCommitSourceAction("Source", repository: repo, branch: "main", output: source) }
            PipelineStage("Build") { CodeBuildAction("Build", project: Project.imported("Imported", name: "builder"), input: source) }
        }
        let dlq = Queue("Dlq")
        let app = App {
            Stack("P") {
                repo
                pipeline
                dlq
                Rule("Rule", eventPattern: EventPattern(source: ["x"])) { CodePipeline(pipeline, deadLetterQueue: dlq, retryAttempts: 1) }
            }
        }
        let arn: JSONValue = .join("", ["arn:", .pseudo(.partition), ":codepipeline:", .pseudo(.region), ":", .pseudo(.accountId), ":", ["Ref": "PipelineC660917D"]])
        #expect(target(0, of: try properties("Rule4C995B7F", in: app)) == [
            "Arn": arn, "DeadLetterConfig": ["Arn": ["Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]]], "Id": "Target0",
            "RetryPolicy": ["MaximumRetryAttempts": 1], "RoleArn": ["Fn::GetAtt": ["PipelineEventsRole46BEEA7C", "Arn"]],
        ])
        #expect(try properties("PipelineEventsRoleDefaultPolicyFF4FCCE0", in: app)?["PolicyDocument"]?["Statement"]
            == [["Action": "codepipeline:StartPipelineExecution", "Effect": "Allow", "Resource": arn]])
        #expect(try logicalIDs(in: app).contains { $0.hasPrefix("DlqPolicy") } == false)
    }

    @Test func pipelineKnownByNameIsInTheStacksAccountAndRegion() throws {
        let pipeline = Pipeline.imported("Named", name: "release")
        let app = App {
            Stack("Q", env: .aws(account: "123456789012", region: "eu-west-1")) {
                pipeline
                Rule("Rule", eventPattern: EventPattern(source: ["x"])) { CodePipeline(pipeline) }
            }
        }
        let rule = try properties("Rule4C995B7F", in: app)
        #expect(target(0, of: rule)?["Arn"] == .join("", ["arn:", .pseudo(.partition), ":codepipeline:eu-west-1:123456789012:release"]))
    }

    @Test func givenEventRoleIsGranted() throws {
        let pipeline = ImportedPipeline("ImpPipe", arn: "arn:aws:codepipeline:us-east-1:123456789012:other")
        let role = Role("MyRole", assumedBy: .service("events.amazonaws.com"))
        let app = App {
            Stack("Q") {
                role
                Rule("Rule", eventPattern: EventPattern(source: ["x"])) { CodePipeline(pipeline, eventRole: role) }
            }
        }
        #expect(target(0, of: try properties("Rule4C995B7F", in: app))?["RoleArn"] == ["Fn::GetAtt": ["MyRoleF48FFE04", "Arn"]])
        #expect(try properties("MyRoleDefaultPolicyA36BE1DD", in: app)?["PolicyDocument"]?["Statement"] == [[
            "Action": "codepipeline:StartPipelineExecution", "Effect": "Allow", "Resource": "arn:aws:codepipeline:us-east-1:123456789012:other",
        ]])
    }

    @Test func invalidArnAndRetryOptionsAreReported() {
        let found = diagnostics(of: App {
            Stack("Q") {
                Rule("Rule", eventPattern: EventPattern(source: ["x"])) {
                    CodePipeline(ImportedPipeline("Bad", arn: "arn:aws:codebuild:us-east-1:123456789012:project/x"), retryAttempts: 200)
                }
            }
        })
        #expect(Set(found.map(\.code)) == ["events.target.retryAttempts", "codepipeline.pipeline.arn.invalid"])
    }
}
