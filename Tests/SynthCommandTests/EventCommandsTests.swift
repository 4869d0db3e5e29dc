import CDK
import Foundation
import Samples
import Testing
@testable import SynthCommand

/// The package's sample events, `Samples/Events/<name>.json`.
private func sampleEvent(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples/Events/\(name).json").path
}

private let catalog = samples.map { SynthCommand.NamedApp(name: $0.name, summary: $0.summary, makeApp: $0.makeApp) }

/// Runs the samples' command line with `arguments` and `stdin` as its input lines.
private func run(_ arguments: [String], stdin: [String] = []) -> (code: Int32, capture: Capture) {
    let capture = Capture()
    var lines = stdin[...]
    var console = capture.console
    console.readLine = { lines.popFirst() }
    let code = SynthCommand.run(catalog: catalog, arguments: arguments, console: console)
    return (code, capture)
}

private func writeTemporary(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("event-\(UUID().uuidString).json").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Suite struct MatchCommandTests {
    @Test func answersOneLinePerInputLine() {
        let (code, capture) = run(["match"], stdin: [
            #"{"pattern": {"source": ["a"]}, "event": {"source": "a"}}"#,
            #"{"pattern": {"source": ["a"]}, "event": {"source": "b"}}"#,
            #"{"pattern": {"source": "a"}, "event": {"source": "a"}}"#,
            #"{"pattern": {"n": [300]}, "event": {"n": 3.0e2}}"#,
            "not json",
        ])
        #expect(code == 0)
        #expect(capture.out.count == 5)
        #expect(Array(capture.out.prefix(2)) == ["true", "false"])
        #expect(capture.out[2] == "error: field 'source' must be a list of values or a nested object, not \"a\"")
        #expect(capture.out[3] == "true")
        #expect(capture.out[4].hasPrefix("error: the line is not JSON"))
    }

    @Test func aLineWithoutPatternOrEventIsAnError() {
        #expect(SynthCommand.answer(#"{"pattern": {"a": ["1"]}}"#) == "error: the line must be an object with 'pattern' and 'event'")
    }

    @Test func anAppAnswersTooAndMatchTakesNoArguments() {
        let capture = Capture()
        var console = capture.console
        var lines = [#"{"pattern": {"a": [{"exists": false}]}, "event": {}}"#][...]
        console.readLine = { lines.popFirst() }
        #expect(SynthCommand.run(app: helloApp, arguments: ["match"], console: console) == 0)
        #expect(capture.out == ["true"])
        #expect(run(["match", "extra"]).code == 64)
    }
}

@Suite struct TestEventCommandTests {
    @Test func greengrassFailureFiresBothRulesAndTheTopicGetsTheEvent() {
        let (code, capture) = run(["test-event", sampleEvent("greengrass-deployment-failed"), "--sample", "GreengrassNotifications"])
        #expect(code == 0)
        let out = capture.stdout
        #expect(out.hasPrefix("event: source 'aws.greengrass', detail-type 'Greengrass Deployment Status Change'\n"))
        #expect(out.contains("MATCH    GreengrassNotifications/GreengrassGroupRule1071A125 (bus default)"))
        #expect(out.contains("MATCH    GreengrassNotifications/GreengrassDeploymentFailed5C0017A3 'greengrass-deployment-failed' (bus default)"))
        #expect(out.contains("  Target0 → GreengrassTopicCBD53873 (AWS::SNS::Topic) receives the whole event:\n    {\n      \"version\": \"0\","))
        #expect(out.hasSuffix("2 of 2 rules match"))
    }

    @Test func codePipelineFailureRendersTheTransformedMessages() {
        let (code, capture) = run(["test-event", sampleEvent("codepipeline-action-failed"), "--sample", "CodePipelineFailures"])
        #expect(code == 0)
        let out = capture.stdout
        #expect(out.contains("""
              Target0 → PipelineAlerts8D0DC2DE (AWS::SNS::Topic) receives its InputTransformer:
                "The Deploy action myAction in stage Prod of pipeline myPipeline has FAILED (execution \
            01234567-0123-0123-0123-012345678901, account 123456789012, region us-east-1, at 2017-04-22T03:31:47Z)."
            """))
        #expect(out.contains("""
              Target1 → PipelineAlerts8D0DC2DE (AWS::SNS::Topic) receives its InputTransformer:
                "Pipeline: myPipeline"
                "Event id: 8fe2e9a5-4f5c-1c8b-3ba8-0a0b2f8d7c11"
                "Detail type: CodePipeline Action Execution State Change"
                "Source: aws.codepipeline"
            """))
        #expect(out.contains("""
            no match CodePipelineFailures/MyPipelineStateChangeB93FCF00 (bus default): 'detail-type' is \
            "CodePipeline Action Execution State Change", not matched by ["CodePipeline Pipeline Execution State Change"]
            """))
        #expect(out.hasSuffix("1 of 2 rules matches"))
    }

    @Test func protonFailureReachesTheQueue() {
        let (code, capture) = run(["test-event", sampleEvent("proton-template-registration-failed"), "--sample", "ProtonEvents"])
        #expect(code == 0)
        #expect(capture.stdout.contains("MATCH    ProtonEvents/ProtonStatusFailuresBE24A87D (bus default)"))
        #expect(capture.stdout.contains("  Target0 → ProtonFailures4481C100 (AWS::SQS::Queue) receives the whole event:"))
        #expect(capture.stdout.contains(#""status": "REGISTRATION_FAILED""#))
    }

    @Test func anEventNoRuleMatchesExitsWithOne() {
        let (code, capture) = run(["test-event", sampleEvent("proton-template-registration-failed"), "--sample", "GreengrassNotifications"])
        #expect(code == 1)
        #expect(capture.stdout.contains(#"""
            no match GreengrassNotifications/GreengrassGroupRule1071A125 (bus default): 'source' is "aws.proton", \#
            not matched by ["aws.greengrass"]; the event has no value at 'detail.group-id' \#
            (the pattern wants ["4a1e6e8b-2f3c-4a44-9b0e-0a1b2c3d4e5f"])
            """#))
        #expect(capture.stdout.hasSuffix("0 of 2 rules match"))
    }

    @Test func withoutASampleEverySampleIsTested() {
        let (code, capture) = run(["test-event", sampleEvent("proton-template-registration-failed")])
        #expect(code == 0)
        #expect(capture.stdout.contains("MATCH    ProtonEvents/ProtonStatusFailuresBE24A87D"))
        #expect(capture.stdout.contains("no match ArchiveAndBus: "))
        #expect(capture.stdout.hasSuffix("1 of \(capture.out.filter { $0.hasPrefix("no match") || $0.hasPrefix("MATCH") || $0.hasPrefix("schedule") }.count) rules matches"))
    }

    @Test func badInputExitsWith64() throws {
        #expect(run(["test-event"]).code == 64)
        #expect(run(["test-event", "/no/such/file.json"]).code == 64)
        #expect(run(["test-event", sampleEvent("greengrass-deployment-failed"), "--sample", "Nope"]).code == 64)
        let notJSON = try writeTemporary("{oops")
        let array = try writeTemporary("[1, 2]")
        defer {
            try? FileManager.default.removeItem(atPath: notJSON)
            try? FileManager.default.removeItem(atPath: array)
        }
        let (code, capture) = run(["test-event", notJSON])
        #expect(code == 64)
        #expect(capture.stderr.contains("is not a JSON object: line 1, column 2"))
        #expect(run(["test-event", array]).code == 64)
    }

    @Test func eventFromStdin() {
        let (code, capture) = run(["GreengrassNotifications", "test-event", "-"], stdin: [#"{"source": "aws.greengrass","#, #""detail": {"group-id": "4a1e6e8b-2f3c-4a44-9b0e-0a1b2c3d4e5f"}}"#])
        #expect(code == 0)
        #expect(capture.stdout.hasSuffix("1 of 2 rules matches"))
    }

    @Test func aUserAppTestsItsOwnRules() throws {
        let path = try writeTemporary(#"{"source": "com.example", "detail": {"state": "late"}}"#)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let app = {
            let queue = Queue("Inbox")
            return App {
                Stack("Orders") {
                    queue
                    Rule("Late", eventPattern: EventPattern(source: ["com.example"], detail: ["state": ["late"]])) {
                        SqsQueue(queue, message: .eventPath("$.detail"))
                    }
                    Rule("Nightly", schedule: .rate(.hours(24))) { SqsQueue(queue) }
                }
            }
        }
        let capture = Capture()
        #expect(SynthCommand.run(app: app, arguments: ["test-event", path], console: capture.console) == 0)
        #expect(capture.stdout.contains("receives its InputPath:\n    {\n      \"state\": \"late\"\n    }"))
        #expect(capture.stdout.contains("schedule Orders/Nightly"))
        let other = Capture()
        #expect(SynthCommand.run(app: app, arguments: ["test-event", path, "--sample", "X"], console: other.console) == 64)
    }
}
