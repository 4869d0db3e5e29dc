import Testing
@testable import CDK

// Expected values are the CDK 2.275.0's for the same app (spec §4.6, verified), except
// where this project fixes a CDK bug (noted on the test).
@Suite struct RuleCrossEnvironmentTests {
    let source = Environment.aws(account: "123456789012", region: "us-west-2")
    let otherAccount = Environment.aws(account: "234567890123", region: "us-west-2")
    let otherRegion = Environment.aws(account: "123456789012", region: "eu-west-1")

    /// The worked example: one rule in `SourceStack`, a function in another account and
    /// one in another region.
    func workedExample() -> App {
        let fn = Function("Fn", runtime: "nodejs22.x", handler: "index.handler", inlineCode: "exports.handler = async () => {};")
        let fn2 = Function("Fn", runtime: "nodejs22.x", handler: "index.handler", inlineCode: "exports.handler = async () => {};")
        return App {
            Stack("SourceStack", env: source) {
                Rule("Rule", description: "d", eventPattern: EventPattern(source: ["my.app"])) {
                    LambdaFunction(fn, retryAttempts: 2)
                    LambdaFunction(fn2)
                }
            }
            Stack("TargetStack", env: otherAccount) { fn }
            Stack("TargetStack2", env: otherRegion) { fn2 }
        }
    }

    func resources(_ app: App, stack: String) throws -> [String: JSONValue] {
        let assembly = try Synthesizer.synthesize(app)
        let artifact = try #require(assembly.stack(named: stack))
        return Dictionary(uniqueKeysWithValues: artifact.template.resources.map { ($0.logicalID, JSONValue.object($0.properties)) })
    }

    @Test func sourceRuleForwardsToEachEnvironmentsDefaultBus() throws {
        let rule = try properties("Rule4C995B7F", in: workedExample(), stack: "SourceStack")
        let expected: JSONValue = [
            [
                "Arn": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":events:us-west-2:234567890123:event-bus/default"]]],
                "Id": "Target0",
                // The CDK adds no role across accounts in one region (aws-cdk#24843).
                "RoleArn": ["Fn::GetAtt": ["RuleEventsRoleC51A4248", "Arn"]],
            ],
            [
                "Arn": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":events:eu-west-1:123456789012:event-bus/default"]]],
                "Id": "Target1",
                "RoleArn": ["Fn::GetAtt": ["RuleEventsRoleC51A4248", "Arn"]],
            ],
        ]
        #expect(rule?["Targets"] == expected)
    }

    @Test func forwardingRoleMayPutEventsOnBothBuses() throws {
        let policy = try properties("RuleEventsRoleDefaultPolicy0510525D", in: workedExample(), stack: "SourceStack")
        let expected: JSONValue = [
            ["Action": "events:PutEvents", "Effect": "Allow",
             "Resource": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":events:us-west-2:234567890123:event-bus/default"]]]],
            ["Action": "events:PutEvents", "Effect": "Allow",
             "Resource": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":events:eu-west-1:123456789012:event-bus/default"]]]],
        ]
        #expect(policy?["PolicyDocument"]?["Statement"] == expected)
    }

    /// aws-cdk#13568: the CDK also puts the functions' permissions in the source stack.
    @Test func sourceStackHoldsNoPermissionForForeignFunctions() throws {
        let resources = try resources(workedExample(), stack: "SourceStack")
        #expect(Set(resources.keys) == ["Rule4C995B7F", "RuleEventsRoleC51A4248", "RuleEventsRoleDefaultPolicy0510525D"])
    }

    @Test func mirrorRuleInTheTargetStackDeliversToTheFunction() throws {
        let resources = try resources(workedExample(), stack: "TargetStack")
        let expected: JSONValue = [
            "Description": "d",
            "EventPattern": ["source": ["my.app"]],
            "State": "ENABLED",
            "Targets": [["Arn": ["Fn::GetAtt": ["Fn9270CBC0", "Arn"]], "Id": "Target0", "RetryPolicy": ["MaximumRetryAttempts": 2]]],
        ]
        #expect(resources["SourceStackRuleD6962A13Target03098308F"] == expected)
        let permission = resources["SourceStackRuleD6962A13Target0AllowEventRuleTargetStackFn4E7783083F1EBE61"]
        #expect(permission?["SourceArn"] == ["Fn::GetAtt": ["SourceStackRuleD6962A13Target03098308F", "Arn"]])
        #expect(try self.resources(workedExample(), stack: "TargetStack2")["SourceStackRuleD6962A13Target1F6BB2118"] != nil)
    }

    @Test func crossAccountPairGetsAPermissionStackTheSourceDependsOn() throws {
        let assembly = try Synthesizer.synthesize(workedExample())
        let support = try #require(assembly.stack(named: "TargetStack-EventBusPolicy-support-us-west-2-123456789012"))
        #expect(support.artifactID == "EventBusPolicy-123456789012-us-west-2-234567890123")
        #expect(support.environment == otherAccount)
        let policy = support.template.resources.first { $0.logicalID == "GivePermToOtherAccount" }
        #expect(policy?.type == "AWS::Events::EventBusPolicy")
        #expect(policy.map { JSONValue.object($0.properties) } == [
            "Action": "events:PutEvents", "Principal": "123456789012",
            "StatementId": "Allow-account-123456789012-SourceStackRuleD6962A13",
        ])
        #expect(assembly.stack(named: "SourceStack")?.dependencies == ["EventBusPolicy-123456789012-us-west-2-234567890123"])
        // Same account, other region: no permission stack.
        #expect(assembly.stacks.count == 4)
    }

    @Test func secondTargetInAnEnvironmentAddsOnlyAMirror() throws {
        let queue = Queue("Queue")
        let topic = Topic("Topic")
        let app = App {
            Stack("SourceStack", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: ["my.app"])) {
                    SqsQueue(queue)
                    SnsTopic(topic)
                }
            }
            Stack("TargetStack", env: otherAccount) { queue; topic }
        }
        let rule = try properties("Rule4C995B7F", in: app, stack: "SourceStack")
        #expect(rule?["Targets"]?.arrayValue?.count == 1)
        let resources = try resources(app, stack: "TargetStack")
        #expect(resources["SourceStackRuleD6962A13Target03098308F"] != nil)
        #expect(resources["SourceStackRuleD6962A13Target1F6BB2118"] != nil)
    }

    @Test func oneEventBusPolicyStackPerKeyForTheWholeApp() throws {
        let queue = Queue("Queue")
        let app = App {
            Stack("SourceA", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: ["a"])) { SqsQueue(queue) }
            }
            Stack("SourceB", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: ["b"])) { SqsQueue(queue) }
            }
            Stack("TargetStack", env: otherAccount) { queue }
        }
        let assembly = try Synthesizer.synthesize(app)
        let supports = assembly.stacks.filter { $0.artifactID.hasPrefix("EventBusPolicy-") }
        #expect(supports.map(\.artifactID) == ["EventBusPolicy-123456789012-us-west-2-234567890123"])
        #expect(assembly.stack(named: "SourceA")?.dependencies == [supports[0].artifactID])
        #expect(assembly.stack(named: "SourceB")?.dependencies == [supports[0].artifactID])
    }

    @Test func statementIDsStayWithin64CharactersAndDifferPerSourceAccount() throws {
        let queue = Queue("Queue")
        let long = String(repeating: "VeryLongConstructName", count: 4)
        let app = App {
            Stack("SourceA" + long, env: source) {
                Rule("Rule" + long, eventPattern: EventPattern(source: ["a"])) { SqsQueue(queue) }
            }
            Stack("SourceB", env: .aws(account: "345678901234", region: "us-west-2")) {
                Rule("Rule" + long, eventPattern: EventPattern(source: ["b"])) { SqsQueue(queue) }
            }
            Stack("TargetStack", env: otherAccount) { queue }
        }
        let assembly = try Synthesizer.synthesize(app)
        let ids = assembly.stacks.filter { $0.artifactID.hasPrefix("EventBusPolicy-") }
            .compactMap { $0.template.resources.first?.properties["StatementId"]?.stringValue }
        #expect(ids.count == 2)
        #expect(Set(ids).count == 2)
        #expect(ids.allSatisfy { $0.count <= 64 })
    }

    @Test func sameEnvironmentInAnotherStackIsADirectTarget() throws {
        let fn = Function("Fn", runtime: "nodejs22.x", handler: "index.handler", inlineCode: "exports.handler = async () => {};")
        let app = App {
            Stack("SourceStack", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: ["a"])) { LambdaFunction(fn) }
            }
            Stack("TargetStack", env: source) { fn }
        }
        let assembly = try Synthesizer.synthesize(app)
        #expect(assembly.stacks.count == 2)
        let rule = try properties("Rule4C995B7F", in: app, stack: "SourceStack")
        #expect(rule?["Targets"]?.arrayValue?.first?["Arn"]?["Fn::ImportValue"] != nil)
    }

    @Test func unresolvedTargetEnvironmentIsTreatedAsTheSameWithAWarning() throws {
        let queue = Queue("Queue")
        let app = App {
            Stack("SourceStack", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: ["a"])) { SqsQueue(queue) }
            }
            Stack("TargetStack") { queue }
        }
        // The reference to the queue then crosses environments, which is an error of its own.
        let error = #expect(throws: SynthesisError.self) { try Synthesizer.synthesize(app) }
        #expect(error?.diagnostics.map(\.code) == ["events.rule.unresolvedEnvironment", "reference.crossEnvironment.unresolved", "reference.crossEnvironment"])
    }

    @Test func targetStackWithAnAccountOnlyNeedsARegion() {
        let queue = Queue("Queue")
        let app = App {
            Stack("SourceStack", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: ["a"])) { SqsQueue(queue) }
            }
            Stack("TargetStack", env: .aws(account: "234567890123")) { queue }
        }
        #expect(errorCodes(app) == ["events.rule.crossEnvironment.unresolved"])
        #expect(diagnostics(of: app).first?.message.contains("a region for target stack 'TargetStack'") == true)
    }

    @Test func sourceStackNeedsAnAccount() {
        let queue = Queue("Queue")
        let app = App {
            Stack("SourceStack", env: .aws(region: "us-east-1")) {
                Rule("Rule", eventPattern: EventPattern(source: ["a"])) { SqsQueue(queue) }
            }
            Stack("TargetStack", env: .aws(account: "234567890123", region: "us-west-2")) { queue }
        }
        #expect(errorCodes(app) == ["events.rule.crossEnvironment.unresolved"])
        #expect(diagnostics(of: app).first?.message.contains("an account for source stack 'SourceStack'") == true)
    }

    @Test func mirrorCopiesScheduleAndDescriptionButIsAlwaysEnabled() throws {
        let queue = Queue("Queue")
        let app = App {
            Stack("SourceStack", env: source) {
                Rule("Rule", name: "nightly", description: "night", enabled: false, schedule: .rate(.hours(1))) { SqsQueue(queue) }
            }
            Stack("TargetStack", env: otherRegion) { queue }
        }
        let mirror = try properties("SourceStackRuleD6962A13Target03098308F", in: app, stack: "TargetStack")
        #expect(mirror?["ScheduleExpression"] == "rate(1 hour)")
        #expect(mirror?["Description"] == "night")
        #expect(mirror?["State"] == "ENABLED")
        #expect(mirror?["Name"] == nil)
    }

    @Test func mirrorIsNotValidatedTwice() {
        let queue = Queue("Queue")
        let app = App {
            Stack("SourceStack", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: [])) { SqsQueue(queue) }
            }
            Stack("TargetStack", env: otherAccount) { queue }
        }
        let codes = errorCodes(app)
        #expect(codes.count == Set(codes).count)
    }

    @Test func otherAccountAndRegionGetsARoleAndAPermissionStackKeyedOnTheTargetRegion() throws {
        let queue = Queue("Queue")
        let app = App {
            Stack("SourceStack", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: ["a"])) { SqsQueue(queue) }
            }
            Stack("TargetStack", env: .aws(account: "234567890123", region: "eu-west-1")) { queue }
        }
        let assembly = try Synthesizer.synthesize(app)
        #expect(assembly.stacks.map(\.artifactID).contains("EventBusPolicy-123456789012-eu-west-1-234567890123"))
        let rule = try properties("Rule4C995B7F", in: app, stack: "SourceStack")
        #expect(rule?["Targets"]?.arrayValue?.first?["RoleArn"] == ["Fn::GetAtt": ["RuleEventsRoleC51A4248", "Arn"]])
    }

    @Test func targetStackWithARegionOnlyNeedsAnAccount() {
        let queue = Queue("Queue")
        let app = App {
            Stack("SourceStack", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: ["a"])) { SqsQueue(queue) }
            }
            Stack("TargetStack", env: .aws(region: "eu-west-1")) { queue }
        }
        #expect(errorCodes(app) == ["events.rule.crossEnvironment.unresolved"])
        #expect(diagnostics(of: app).first?.message.contains("an account for target stack 'TargetStack'") == true)
    }

    /// A bus target has no resource of its own to forward to: the rule targets the bus
    /// directly, by the ARN its name gives in the other account.
    @Test func aBusInAnotherAccountIsTargetedDirectly() throws {
        let bus = EventBus("Central", name: "central")
        let app = App {
            Stack("SourceStack", env: source) {
                Rule("Rule", eventPattern: EventPattern(source: ["a"])) { EventBusTarget(bus) }
            }
            Stack("TargetStack", env: otherAccount) { bus }
        }
        let assembly = try Synthesizer.synthesize(app)
        #expect(assembly.stacks.count == 2)
        let rule = try properties("Rule4C995B7F", in: app, stack: "SourceStack")
        #expect(rule?["Targets"]?.arrayValue?.first?["Arn"] == ["Fn::Join": ["", [
            "arn:", ["Ref": "AWS::Partition"], ":events:us-west-2:234567890123:event-bus/central",
        ]]])
    }
}
