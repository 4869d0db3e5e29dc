import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (spec §10.2 and the
// greengrass_notifications reference app).
@Suite struct SnsTopicTests {
    func app(rules: Int, message: RuleTargetInput? = nil) -> (App, Topic) {
        let topic = Topic("MyTopic")
        let app = App {
            Stack("Stack") {
                topic
                for index in 0..<rules {
                    Rule("Rule\(index)", schedule: .rate(.hours(1))) { SnsTopic(topic, message: message) }
                }
            }
        }
        return (app, topic)
    }

    @Test func targetEntryIsTheTopicArn() throws {
        let (app, _) = app(rules: 1)
        let rule = try properties(try #require(UniqueID.logicalID(["Rule0", "Resource"])), in: app)
        #expect(rule?["Targets"] == [["Arn": ["Ref": "MyTopic86869434"], "Id": "Target0"]])
    }

    @Test func topicPolicyLetsEventBridgePublishOnceForAllRules() throws {
        let (app, _) = app(rules: 2)
        #expect(try properties("MyTopicPolicy12A5EC17", in: app) == [
            "PolicyDocument": [
                "Statement": [[
                    "Action": "sns:Publish", "Effect": "Allow", "Principal": ["Service": "events.amazonaws.com"],
                    "Resource": ["Ref": "MyTopic86869434"], "Sid": "0",
                ]],
                "Version": "2012-10-17",
            ],
            "Topics": [["Ref": "MyTopic86869434"]],
        ])
    }

    @Test func noRuleNoTopicPolicy() throws {
        let (app, _) = app(rules: 0)
        #expect(try properties("MyTopicPolicy12A5EC17", in: app) == nil)
    }

    @Test func messageAndRetryOptionsRender() throws {
        let topic = Topic("MyTopic")
        let app = App {
            Stack("Stack") {
                topic
                Rule("Rule", schedule: .rate(.hours(1))) {
                    SnsTopic(topic, message: .object(["plain": 1]), retryAttempts: 0, maxEventAgeSeconds: 3600)
                }
            }
        }
        let rule = try properties(try #require(UniqueID.logicalID(["Rule", "Resource"])), in: app)
        #expect(rule?["Targets"] == [[
            "Arn": ["Ref": "MyTopic86869434"], "Id": "Target0", "Input": "{\"plain\":1}",
            "RetryPolicy": ["MaximumEventAgeInSeconds": 3600, "MaximumRetryAttempts": 0],
        ]])
    }

    @Test func retryOptionsOutOfRangeAreReported() {
        let topic = Topic("MyTopic")
        let found = diagnostics(of: App {
            Stack("Stack") {
                topic
                Rule("Rule", schedule: .rate(.hours(1))) { SnsTopic(topic, retryAttempts: 186, maxEventAgeSeconds: 59) }
            }
        })
        #expect(found.map(\.code) == ["events.target.retryAttempts", "events.target.maxEventAge"])
        #expect(found.allSatisfy { $0.path == "Stack/Rule" })
    }

    @Test func moreThanFiveTargetsAreReported() {
        let topic = Topic("MyTopic")
        let found = diagnostics(of: App {
            Stack("Stack") {
                topic
                Rule("Rule", schedule: .rate(.hours(1))) {
                    for _ in 0..<6 { SnsTopic(topic) }
                }
            }
        })
        #expect(found == [Diagnostic(
            .error, code: "events.rule.tooManyTargets", path: "Stack/Rule",
            message: "rule 'Stack/Rule' has 6 targets; EventBridge allows at most 5",
            hint: "split the targets over several rules with the same pattern")])
    }

    @Test func topicInAnotherStackOfTheEnvironmentIsImported() throws {
        let topic = Topic("MyTopic")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Topics") { topic }
            Stack("Rules") { Rule("Rule", schedule: .rate(.hours(1))) { SnsTopic(topic) } }
        })
        #expect(assembly.stack(named: "Rules")?.dependencies == ["Topics"])
        #expect(assembly.stack(named: "Topics")?.template.resources.map(\.type) == ["AWS::SNS::Topic", "AWS::SNS::TopicPolicy"])
    }
}

@Suite struct ConstructDependencyTests {
    @Test func dependencyOnAConstructDependsOnEachOfItsResources() throws {
        let first = Rule("First", schedule: .rate(.hours(1)))
        let app = App {
            Stack("Stack") {
                first
                Rule("Second", schedule: .rate(.hours(1))).addDependency(first)
            }
        }
        let second = try Synthesizer.synthesize(app).stacks[0].template.resources[1]
        #expect(second.dependsOn == [UniqueID.logicalID(["First", "Resource"])])
    }

    @Test func dependencyOnAnUnplacedConstructIsReported() {
        let outside = Topic("Outside")
        let found = diagnostics(of: App {
            Stack("Stack") { Rule("Rule", schedule: .rate(.hours(1))).addDependency(outside) }
        })
        #expect(found.map(\.code) == ["construct.dependency.unplaced"])
    }
}

// Role mode: spec §10.2, verified output
// `{"Arn":{"Ref":"MyTopic86869434"},"Id":"Target4","Input":"{\"plain\":1}","RoleArn":{"Fn::GetAtt":["RuleEventsRoleC51A4248","Arn"]}}`.
@Suite struct SnsTopicRoleModeTests {
    func app(_ target: SnsTopic, topic: Topic, extra: [Construct] = []) -> App {
        App {
            Stack("Stack") {
                topic
                for construct in extra { construct }
                Rule("Rule", schedule: .rate(.hours(1))) { target }
            }
        }
    }

    @Test func roleModeUsesTheRulesEventsRole() throws {
        let topic = Topic("MyTopic")
        let app = app(SnsTopic(topic, message: .object(["plain": 1]), authorizeUsingRole: true), topic: topic)
        let rule = try properties("Rule4C995B7F", in: app)
        #expect(rule?["Targets"] == [[
            "Arn": ["Ref": "MyTopic86869434"], "Id": "Target0", "Input": "{\"plain\":1}",
            "RoleArn": ["Fn::GetAtt": ["RuleEventsRoleC51A4248", "Arn"]],
        ]])
        #expect(try properties("RuleEventsRoleC51A4248", in: app) == [
            "AssumeRolePolicyDocument": [
                "Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "events.amazonaws.com"]]],
                "Version": "2012-10-17",
            ],
        ])
        #expect(try properties("RuleEventsRoleDefaultPolicy0510525D", in: app) == [
            "PolicyDocument": [
                "Statement": [["Action": "sns:Publish", "Effect": "Allow", "Resource": ["Ref": "MyTopic86869434"]]],
                "Version": "2012-10-17",
            ],
            "PolicyName": "RuleEventsRoleDefaultPolicy0510525D",
            "Roles": [["Ref": "RuleEventsRoleC51A4248"]],
        ])
        #expect(try properties("MyTopicPolicy12A5EC17", in: app) == nil)
    }

    @Test func aGivenRoleIsGrantedAndImpliesRoleMode() throws {
        let topic = Topic("MyTopic")
        let role = Role("Publisher", assumedBy: .service("events.amazonaws.com"))
        let app = app(SnsTopic(topic, role: role), topic: topic, extra: [role])
        let rule = try properties("Rule4C995B7F", in: app)
        #expect(rule?["Targets"] == [[
            "Arn": ["Ref": "MyTopic86869434"], "Id": "Target0",
            "RoleArn": ["Fn::GetAtt": [.string(try #require(UniqueID.logicalID(["Publisher", "Resource"]))), "Arn"]],
        ]])
        #expect(try properties("RuleEventsRoleC51A4248", in: app) == nil)
    }

    @Test func aRoleWithRoleModeOffIsAnError() {
        let topic = Topic("MyTopic")
        let role = Role("Publisher", assumedBy: .service("events.amazonaws.com"))
        let app = app(SnsTopic(topic, authorizeUsingRole: false, role: role), topic: topic, extra: [role])
        #expect(errorCodes(app) == ["events.target.sns.roleWithoutRoleMode"])
    }
}
