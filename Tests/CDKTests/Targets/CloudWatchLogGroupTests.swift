import Testing
@testable import CDK

// Target entries are the real CDK 2.275.0's (`targets.CloudWatchLogGroup`). The resource
// policy is this package's: one `AWS::Logs::ResourcePolicy` per stack, where the CDK
// makes a custom resource per rule (aws/aws-cdk#21155).
@Suite struct CloudWatchLogGroupTests {
    @Test func targetArnIsTheLogGroupsWithoutTheWildcard() throws {
        let logGroup = LogGroup("LogGroup")
        let app = App { Stack("Stack") { logGroup; Rule("Rule", schedule: .rate(.hours(1))) { CloudWatchLogGroup(logGroup) } } }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":logs:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":log-group:",{"Ref":"LogGroupF5B46931"}]]},"Id":"Target0"}]
            """#))
    }

    @Test func logEventBecomesAnInputTransformer() throws {
        let imported = LogGroup.imported("L1i", name: "imported")
        let app = App {
            Stack("Stack", env: referenceEnvironment) {
                imported
                Rule("Rule", eventPattern: EventPattern(source: ["my.app"])) {
                    CloudWatchLogGroup(imported, logEvent: CloudWatchLogGroup.logEvent(message: .token(EventField.path("$.detail"))))
                }
            }
        }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":logs:us-east-1:111111111111:log-group:imported"]]},"Id":"Target0","InputTransformer":{"InputPathsMap":{"time":"$.time","detail":"$.detail"},"InputTemplate":"{\"timestamp\":<time>,\"message\":<detail>}"}}]
            """#))
    }

    @Test func everyLogGroupTargetOfAStackSharesOnePolicyStatement() throws {
        let first = LogGroup("First")
        let second = LogGroup("Second")
        let app = App {
            Stack("Stack") {
                first
                second
                Rule("R1", schedule: .rate(.hours(1))) { CloudWatchLogGroup(first); CloudWatchLogGroup(second) }
                Rule("R2", schedule: .rate(.hours(2))) { CloudWatchLogGroup(first) }
            }
        }
        let policies = try Synthesizer.synthesize(app).stacks[0].template.resources.filter { $0.type == "AWS::Logs::ResourcePolicy" }
        #expect(policies.count == 1)
        let policyID = try #require(UniqueID.logicalID(["EventsLogGroupPolicy", "Resource"]))
        let uniqueID = try #require(UniqueID.logicalID(["Stack", "EventsLogGroupPolicy"]))
        #expect(try properties(policyID, in: app) == [
            "PolicyDocument": .join("", [
                #"{"Statement":[{"Action":["logs:PutLogEvents","logs:CreateLogStream"],"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Resource":[""#,
                ["Fn::GetAtt": ["First8D4707F1", "Arn"]], #"",""#, ["Fn::GetAtt": ["Second394350F9", "Arn"]],
                #""]}],"Version":"2012-10-17"}"#,
            ]),
            "PolicyName": .string(uniqueID),
        ])
    }

    @Test func policyGoesToTheLogGroupsStack() throws {
        let logGroup = LogGroup("Logs")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Logging") { logGroup }
            Stack("Rules") { Rule("Rule", schedule: .rate(.hours(1))) { CloudWatchLogGroup(logGroup) } }
        })
        #expect(assembly.stack(named: "Logging")?.template.resources.map(\.type) == ["AWS::Logs::LogGroup", "AWS::Logs::ResourcePolicy"])
        #expect(assembly.stack(named: "Rules")?.template.resources.map(\.type) == ["AWS::Events::Rule"])
    }

    @Test func importedLogGroupByArnIsAllowedInTheRulesStack() throws {
        let imported = LogGroup.imported("Imported", arn: "arn:aws:logs:us-east-1:111111111111:log-group:app:*")
        let app = App { Stack("Stack") { Rule("Rule", schedule: .rate(.hours(1))) { CloudWatchLogGroup(imported) } } }
        #expect(try targets(of: "Rule4C995B7F", in: app)?[0]?["Arn"] == "arn:aws:logs:us-east-1:111111111111:log-group:app")
        let policyID = try #require(UniqueID.logicalID(["EventsLogGroupPolicy", "Resource"]))
        #expect(try properties(policyID, in: app)?["PolicyDocument"] == .string(
            #"{"Statement":[{"Action":["logs:PutLogEvents","logs:CreateLogStream"],"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Resource":"arn:aws:logs:us-east-1:111111111111:log-group:app:*"}],"Version":"2012-10-17"}"#))
    }

    @Test func inputOtherThanATimestampAndMessageObjectIsReported() {
        let logGroup = LogGroup("Logs")
        let found = diagnostics(of: App {
            Stack("Stack") {
                logGroup
                Rule("Rule", schedule: .rate(.hours(1))) {
                    CloudWatchLogGroup(logGroup, logEvent: .text("plain"))
                    CloudWatchLogGroup(logGroup, logEvent: .eventPath("$.detail"))
                    CloudWatchLogGroup(logGroup, logEvent: .object(["time": .token(EventField.time), "message": "m"]))
                }
            }
        })
        #expect(found.map(\.code) == Array(repeating: "events.target.logGroup.input", count: 3))
        #expect(found.last?.message == "a log group target's input template has the keys 'time', 'message'; CloudWatch Logs needs exactly 'timestamp' and 'message'")
    }

    @Test func placeholdersInsideStringsAreAcceptedUnlikeInTheCDK() {
        let message: InputText = "order \(EventField.path("$.detail.id")) changed"
        let input = CloudWatchLogGroup.logEvent(message: .token(message))
        #expect(CloudWatchLogGroup.problem(with: input.render()) == nil)
        #expect(CloudWatchLogGroup.problem(with: CloudWatchLogGroup.logEvent().render()) == nil)
    }
}
