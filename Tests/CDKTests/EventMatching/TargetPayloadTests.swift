import CloudFormation
import Testing
@testable import CDK

private let event = #"""
{"version": "0", "id": "e-1", "detail-type": "Deployment", "source": "aws.greengrass", "account": "123456789012",
 "time": "2024-01-01T00:00:00Z", "region": "us-east-1", "resources": ["arn:a", "arn:b"],
 "detail": {"status": "FAILURE", "count": 3.50, "tags": {"team": "core"}, "items": [{"name": "x"}], "quote": "say \"hi\""}}
"""#

/// The payload a target with `input` receives for `event`, from the properties the
/// input renders into the template.
private func payload(_ input: RuleTargetInput?) throws -> TargetPayload {
    let raw = try JSONParser.parseRaw(event)
    return TargetPayload(target: input?.render().properties ?? JSONObject(), event: raw, ruleName: "MyRule", ruleArn: "arn:rule")
}

@Suite struct TargetPayloadTests {
    @Test func withoutInputTheTargetReceivesTheWholeEventAsWritten() throws {
        let received = try payload(nil)
        #expect(received.kind == .wholeEvent)
        #expect(received.text.contains(#""count":3.50"#))
        #expect(received.json == (try JSONParser.parseRaw(event)))
    }

    @Test func inputIsDeliveredVerbatim() throws {
        let received = try payload(.object(["stack": "prod", "n": 1]))
        #expect(received.kind == .input)
        #expect(received.text == #"{"stack":"prod","n":1}"#)
        #expect(try payload(.text("Hello")).text == #""Hello""#)
    }

    @Test func inputPathSelectsPartOfTheEvent() throws {
        #expect(try payload(.eventPath("$.detail.tags")).text == #"{"team":"core"}"#)
        #expect(try payload(.eventPath("$.resources[1]")).text == #""arn:b""#)
        #expect(try payload(.eventPath("$.detail.items[0].name")).text == #""x""#)
        #expect(try payload(.eventPath("$")).json == (try JSONParser.parseRaw(event)))
        #expect(try payload(.eventPath("$.detail.missing")).text == "null")
    }

    @Test func textPutsStringValuesInsideTheQuotes() throws {
        let received = try payload(.text("Deployment \(EventField.path("$.id")) is \(EventField.path("$.detail.status"))"))
        #expect(received.kind == .inputTransformer)
        #expect(received.text == #""Deployment e-1 is FAILURE""#)
    }

    @Test func objectsAndNumbersInsideQuotesGoInAsJSONText() throws {
        let received = try payload(.text("tags \(EventField.path("$.detail.tags")) count \(EventField.path("$.detail.count"))"))
        #expect(received.text == #""tags {"team":"core"} count 3.50""#)
    }

    @Test func stringsInsideQuotesAreNotEscaped() throws {
        #expect(try payload(.text("q: \(EventField.path("$.detail.quote"))")).text == #""q: say "hi"""#)
    }

    @Test func objectInputPutsValuesAsJSON() throws {
        let received = try payload(.object([
            "status": .token(EventField.path("$.detail.status")),
            "tags": .token(EventField.path("$.detail.tags")),
            "summary": .text("\(EventField.source) in \(EventField.region)"),
        ]))
        #expect(received.text == #"{"status":"FAILURE","tags":{"team":"core"},"summary":"aws.greengrass in us-east-1"}"#)
        #expect(received.json != nil)
    }

    @Test func multilineTextGivesOneStringPerLine() throws {
        let received = try payload(.multilineText("Source: \(EventField.source)\nId: \(EventField.eventID)"))
        #expect(received.text == "\"Source: aws.greengrass\"\n\"Id: e-1\"")
    }

    @Test func missingPathsGiveEmptyTextOrNull() throws {
        #expect(try payload(.text("[\(EventField.path("$.detail.nothing"))]")).text == #""[]""#)
        #expect(try payload(.object(["v": .token(EventField.path("$.detail.nothing"))])).text == #"{"v":null}"#)
    }

    @Test func predefinedVariablesAreFilledIn() {
        let target: JSONObject = ["InputTransformer": [
            "InputPathsMap": [:],
            "InputTemplate": #"{"rule": "<aws.events.rule-name>", "arn": "<aws.events.rule-arn>", "event": <aws.events.event.json>}"#,
        ]]
        let raw: RawJSON = .object([("source", .string("s")), ("detail", .object([("a", .number("1"))]))])
        let received = TargetPayload(target: target, event: raw, ruleName: "MyRule", ruleArn: "arn:rule")
        #expect(received.text == #"{"rule": "MyRule", "arn": "arn:rule", "event": {"source":"s","detail":{"a":1}}}"#)
    }
}
