import Testing
@testable import CDK

/// The properties of the resource with `logicalID` in the only stack of `app`.
func properties(_ logicalID: String, in app: App, stack: String? = nil) throws -> JSONValue? {
    let assembly = try Synthesizer.synthesize(app)
    let artifact = try #require(stack.map { assembly.stack(named: $0) } ?? assembly.stacks.first)
    return artifact.template.resources.first { $0.logicalID == logicalID }.map { .object($0.properties) }
}

/// The error codes found for `app`.
func errorCodes(_ app: App) -> [String] {
    diagnostics(of: app).map(\.code)
}

// Expected values come from the real CDK 2.275.0 for the same declarations.
@Suite struct RuleTests {
    let env = Environment.aws(account: "123456789012", region: "us-east-1")

    @Test func ruleOnACustomBusRendersItsNameAndAlwaysItsState() throws {
        let bus = EventBus("MyBus", description: "orders")
        let app = App {
            Stack("Concrete", env: env) {
                bus
                Rule("OnBus", description: "on my bus", eventBus: bus, eventPattern: EventPattern(source: ["com.orders"]))
            }
        }
        #expect(try properties("OnBus95AE978C", in: app) == [
            "Description": "on my bus", "EventBusName": ["Ref": "MyBus7787FCC0"],
            "EventPattern": ["source": ["com.orders"]], "State": "ENABLED",
        ])
    }

    @Test func scheduledDisabledRuleWithAName() throws {
        let app = App {
            Stack("Concrete", env: env) {
                Rule("Scheduled", name: "every-five", enabled: false, schedule: .rate(.minutes(5)))
            }
        }
        #expect(try properties("Scheduled181240FD", in: app) == [
            "Name": "every-five", "ScheduleExpression": "rate(5 minutes)", "State": "DISABLED",
        ])
    }

    @Test func ruleOnAnImportedBusRendersTheBusName() throws {
        let app = App {
            Stack("Concrete", env: env) {
                Rule("OnImported", eventBus: EventBus.imported(name: "shared"), eventPattern: EventPattern(source: ["x"]))
            }
        }
        #expect(try properties("OnImported008CCD95", in: app) == [
            "EventBusName": "shared", "EventPattern": ["source": ["x"]], "State": "ENABLED",
        ])
    }

    @Test func addedPatternsMergeAsTheCDKMerges() throws {
        let rule = Rule("Merged", eventPattern: EventPattern(source: ["a"], detailType: ["T"]))
        rule.addEventPattern(EventPattern(source: ["b", "a"], detail: ["k": ["v"]]))
        let app = App { Stack("Concrete", env: env) { rule } }
        #expect(try properties("MergedC03D66C1", in: app) == [
            "EventPattern": ["source": ["a", "b"], "detail-type": ["T"], "detail": ["k": ["v"]]], "State": "ENABLED",
        ])
    }

    @Test func ruleArnAndNameAreReferences() throws {
        let rule = Rule("Rule", schedule: .rate(.hours(1)))
        let app = App {
            Stack("Stack") {
                rule
                CfnOutput("Arn", value: rule.arn)
                CfnOutput("Name", value: rule.ruleName)
            }
        }
        let outputs = try Synthesizer.synthesize(app).stacks[0].template.outputs
        let id = try #require(UniqueID.logicalID(["Rule", "Resource"]))
        #expect(outputs.map(\.value) == [.getAtt(id, "Arn"), .ref(id)])
    }

    @Test func ruleNeedsAPatternOrASchedule() {
        let found = diagnostics(of: App { Stack("Stack") { Rule("Rule") } })
        #expect(found == [Diagnostic(
            .error, code: "events.rule.noPatternOrSchedule", path: "Stack/Rule",
            message: "rule 'Stack/Rule' has neither an event pattern nor a schedule",
            hint: "give the rule an 'eventPattern' or a 'schedule'")])
    }

    @Test func scheduleOnlyOnTheDefaultBus() {
        let bus = EventBus("Bus")
        let found = diagnostics(of: App {
            Stack("Stack") {
                bus
                Rule("Rule", eventBus: bus, schedule: .rate(.minutes(1)))
            }
        })
        #expect(found.map(\.code) == ["events.rule.scheduleOnCustomBus"])
        #expect(found.first?.path == "Stack/Rule")
    }

    @Test func ruleNameIsValidated() {
        let long = String(repeating: "r", count: 65)
        let found = diagnostics(of: App {
            Stack("Stack") {
                Rule("Long", name: long, schedule: .rate(.minutes(1)))
                Rule("Spaces", name: "my rule", schedule: .rate(.minutes(1)))
                Rule("Empty", name: "", schedule: .rate(.minutes(1)))
            }
        })
        #expect(found.map(\.code) == ["events.rule.name.length", "events.rule.name.invalid", "events.rule.name.length"])
        #expect(found[1].message == "rule name 'my rule' can contain only letters, digits, '.', '-' and '_'")
    }

    @Test func descriptionLengthIsValidated() {
        let found = diagnostics(of: App {
            Stack("Stack") { Rule("Rule", description: String(repeating: "d", count: 513), schedule: .rate(.minutes(1))) }
        })
        #expect(found.map(\.code) == ["events.rule.description.tooLong"])
    }

    @Test func patternAndScheduleProblemsAreReportedAtTheRule() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                Rule("Pattern", eventPattern: EventPattern(source: .wildcard("a**b")))
                Rule("Schedule", schedule: .expression("cron(0/10 * ? * *)"))
            }
        })
        #expect(found.map(\.path) == ["Stack/Pattern", "Stack/Schedule"])
        #expect(found.allSatisfy { $0.code.hasPrefix("events.pattern.") || $0.code.hasPrefix("events.schedule.") })
    }

    @Test func synthesizingARuleTwiceGivesTheSameTemplate() throws {
        let rule = Rule("Rule", eventPattern: EventPattern(source: ["a"]))
        let app = App { Stack("Stack") { rule } }
        let first = try Synthesizer.synthesize(app).files().map(\.contents)
        let second = try Synthesizer.synthesize(app).files().map(\.contents)
        #expect(first == second)
    }
}

@Suite struct RuleBuilderTests {
    @Test func patternsInTheBuilderMergeIntoTheRulesPattern() throws {
        let topic = Topic("Topic")
        let rule = Rule("Rule", eventPattern: EventPattern(source: ["a"])) {
            EventPattern(source: ["b"], detailType: ["T"])
            SnsTopic(topic)
        }
        #expect(rule.eventPattern.json == ["source": ["a", "b"], "detail-type": ["T"]])
        #expect(rule.targets.count == 1)
    }

    @Test func aRuleCanBeDeclaredWithItsPatternInTheBuilderOnly() {
        let rule = Rule("Rule") {
            EventPattern(source: ["aws.greengrass"])
        }
        #expect(diagnostics(of: App { Stack("Stack") { rule } }).isEmpty)
    }
}
