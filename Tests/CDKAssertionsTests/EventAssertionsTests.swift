import CDK
import Testing
@testable import CDKAssertions

private let failure = #"""
{"version": "0", "id": "e-1", "detail-type": "Greengrass Deployment Status Change", "source": "aws.greengrass",
 "account": "123456789012", "time": "2018-03-22T00:38:11Z", "region": "us-west-2", "resources": [],
 "detail": {"group-id": "g-1", "deployment-id": "d-42", "deployment-type": "NewDeployment", "status": "Failure"}}
"""#

private let success = failure.replacingOccurrences(of: #""status": "Failure""#, with: #""status": "Success""#)

/// An alerts topic that gets a message for each failed Greengrass deployment.
private func alertsApp() -> (App, Rule) {
    let alerts = Topic("Alerts")
    let rule = Rule(
        "DeploymentFailed",
        eventPattern: EventPattern(
            source: ["aws.greengrass"], detailType: ["Greengrass Deployment Status Change"], detail: ["status": ["Failure"]])
    ) {
        SnsTopic(alerts, message: .text("Deployment \(EventField.path("$.detail.deployment-id")) failed in \(EventField.region)"))
    }
    return (App { Stack("Alerts") { alerts; rule } }, rule)
}

@Suite struct EventAssertionsTests {
    @Test func failureEventReachesTheAlertsTopicWithItsMessage() throws {
        let (app, rule) = alertsApp()
        _ = try TemplateAssertions(stack: "Alerts", in: app)
        try assertMatches(rule, failure)
        let payload = try targetPayload(of: rule, for: failure)
        #expect(payload.kind == .inputTransformer)
        #expect(payload.text == #""Deployment d-42 failed in us-west-2""#)
    }

    @Test func successEventDoesNotMatch() throws {
        let (_, rule) = alertsApp()
        try assertDoesNotMatch(rule, success)
        #expect(failureMessage { try assertMatches(rule, success) } == """
            the event does not match the pattern of the rule: 'detail.status' is "Success", not matched by ["Failure"]
            pattern: {"detail":{"status":["Failure"]},"detail-type":["Greengrass Deployment Status Change"],"source":["aws.greengrass"]}
            """)
        #expect(failureMessage { try assertDoesNotMatch(rule, failure) }?.hasPrefix("the event matches the pattern of the rule") == true)
    }

    @Test func payloadBeforeSynthesisSaysToSynthesize() {
        let (_, rule) = alertsApp()
        #expect(failureMessage { _ = try targetPayload(of: rule, for: failure) }?.hasPrefix("the rule's targets are not rendered yet") == true)
        #expect(failureMessage { _ = try targetPayload(of: rule, target: 3, for: failure) } == "the rule has 1 target; there is no target 3")
    }

    @Test func invalidPatternOrEventIsReported() {
        let rule = Rule("Bad", eventPattern: EventPattern(detail: ["ip": .cidr("nope")]))
        #expect(failureMessage { try assertMatches(rule, failure) }?.hasPrefix("EventBridge would reject the rule's pattern: 'nope' in 'detail.ip'") == true)
        let (_, good) = alertsApp()
        #expect(failureMessage { try assertMatches(good, "[]") }?.hasPrefix("the event is not a JSON object") == true)
    }
}
