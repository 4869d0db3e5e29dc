import CloudFormation
import Testing
@testable import CDK

private let event = #"{"source": "com.example", "detail-type": "Order", "detail": {"amount": 150, "id": "o-1"}}"#

/// An app with a typed rule, raw rules written as resources (the pattern as an object
/// and as JSON text), a disabled rule and a scheduled one.
private func ordersApp() -> App {
    let queue = Queue("Orders")
    return App {
        Stack("Shop", env: .aws(account: "111111111111", region: "eu-west-1")) {
            queue
            Rule("Large", eventPattern: EventPattern(source: ["com.example"], detail: ["amount": .greaterThan(100)])) {
                SqsQueue(queue, message: .text("order \(EventField.path("$.detail.id"))"))
            }
            CfnResource("RawObject", type: "AWS::Events::Rule", properties: [
                "EventPattern": ["detail-type": ["Order"], "detail": ["amount": [["numeric": [">", 1000]]]]],
            ])
            CfnResource("RawText", type: "AWS::Events::Rule", properties: [
                "EventPattern": #"{"source": [{"prefix": "com."}]}"#,
                "Targets": [["Id": "T", "Arn": queue.queueArn, "InputPath": "$.detail"]],
            ])
            Rule("Off", enabled: false, eventPattern: EventPattern(source: ["com.example"]))
            Rule("Nightly", schedule: .rate(.hours(24)))
        }
    }
}

@Suite struct RuleOutcomeTests {
    @Test func everyRuleOfTheTemplatesIsEvaluated() throws {
        let assembly = try Synthesizer.synthesize(ordersApp())
        let outcomes = assembly.outcomes(for: try MatchableEvent(jsonText: event))
        #expect(outcomes.count == 5)
        #expect(zip(outcomes.map(\.logicalID), ["Large", "RawObject", "RawText", "Off", "Nightly"]).allSatisfy { $0.hasPrefix($1) })
        #expect(outcomes.map(\.fires) == [true, false, true, false, false])
        #expect(outcomes[1].verdict == .notMatched(#"'detail.amount' is 150, not matched by [{"numeric":[">",1000]}]"#))
        #expect(outcomes[3].verdict == .disabled)
        #expect(outcomes[4].verdict == .scheduled)
        #expect(outcomes.allSatisfy { $0.stack == "Shop" && $0.bus == "default" })
    }

    @Test func deliveriesFollowTheRenderedTargets() throws {
        let assembly = try Synthesizer.synthesize(ordersApp())
        let outcomes = assembly.outcomes(for: try MatchableEvent(jsonText: event))
        let large = try #require(outcomes.first)
        #expect(large.deliveries.map(\.id) == ["Target0"])
        #expect(large.deliveries.first?.destination.hasSuffix("(AWS::SQS::Queue)") == true)
        #expect(large.deliveries.first?.payload.text == #""order o-1""#)
        #expect(outcomes[2].deliveries.first?.payload.text == #"{"amount":150,"id":"o-1"}"#)
    }

    @Test func rawRulePatternsAreValidatedAtSynthesis() {
        let app = App {
            Stack("Shop") {
                CfnResource("Bad", type: "AWS::Events::Rule", properties: ["EventPattern": ["source": "com.example"]])
                CfnResource("BadText", type: "AWS::Events::Rule", properties: ["EventPattern": "{oops"])
            }
        }
        do {
            _ = try Synthesizer.synthesize(app)
            Issue.record("synthesis succeeded")
        } catch let error as SynthesisError {
            #expect(error.diagnostics.map(\.code) == ["events.pattern.fieldNotList", "events.pattern.notJSON"])
            #expect(error.diagnostics.map(\.path) == ["Shop/Bad", "Shop/BadText"])
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func typedRulesAreValidatedOnceAtSynthesis() {
        let app = App { Stack("Shop") { Rule("R", eventPattern: EventPattern(source: [.cidr("nope")])) } }
        do {
            _ = try Synthesizer.synthesize(app)
            Issue.record("synthesis succeeded")
        } catch let error as SynthesisError {
            #expect(error.diagnostics.map(\.code) == ["events.pattern.cidr"])
        } catch {
            Issue.record("\(error)")
        }
    }
}
