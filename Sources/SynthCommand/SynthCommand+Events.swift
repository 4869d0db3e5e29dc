import CDK
import CloudFormation
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SynthCommand {
    // MARK: - match

    /// `match`: one `{"pattern": …, "event": …}` JSON object per stdin line; one line out
    /// for each: `true`, `false`, or `error: <why>` for a pattern EventBridge rejects or a
    /// line that is not such an object.
    static func match(console: Console) -> Int32 {
        while let line = console.readLine() {
            console.out(answer(line))
        }
        return success
    }

    /// The answer to one line of `match`.
    static func answer(_ line: String) -> String {
        let request: RawJSON
        do {
            request = try JSONParser.parseRaw(line)
        } catch {
            return "error: the line is not JSON: \(error)"
        }
        guard case .object = request, let pattern = request["pattern"], let event = request["event"] else {
            return "error: the line must be an object with 'pattern' and 'event'"
        }
        do {
            let matcher = try EventPatternMatcher(json: pattern)
            return matcher.matches(try MatchableEvent(json: event)) ? "true" : "false"
        } catch {
            return "error: \(error)"
        }
    }

    // MARK: - test-event

    /// `test-event <event.json>`: every rule of `apps` against the event, with the payload
    /// of each target of each rule that fires. Exit 0 when a rule fires, 1 when none does.
    static func testEvent(
        _ apps: [(label: String?, makeApp: () -> App)], arguments: [String], options: CommandLineOptions, console: Console
    ) throws -> Int32 {
        guard arguments.count == 1, let path = arguments.first else {
            throw UsageError(message: "'test-event' takes one event file (a JSON object; '-' reads stdin)")
        }
        let event = try readEvent(path, console: console)
        console.out("event: " + summary(of: event))
        var total = 0
        var firing = 0
        for entry in apps {
            guard let assembly = synthesize(entry.makeApp(), options: options, console: console, label: entry.label) else {
                return failure
            }
            let outcomes = assembly.outcomes(for: event)
            total += outcomes.count
            firing += outcomes.filter(\.fires).count
            for outcome in outcomes {
                console.out(render(outcome, label: entry.label, console: console))
            }
        }
        console.out("\(firing) of \(count(total, "rule")) \(firing == 1 ? "matches" : "match")")
        return firing > 0 ? success : failure
    }

    private static func readEvent(_ path: String, console: Console) throws -> MatchableEvent {
        let text: String
        if path == "-" {
            var lines: [String] = []
            while let line = console.readLine() { lines.append(line) }
            text = lines.joined(separator: "\n")
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UsageError(message: "cannot read the event file '\(path)'")
            }
            text = String(decoding: data, as: UTF8.self)
        }
        do {
            return try MatchableEvent(jsonText: text)
        } catch {
            throw UsageError(message: "the event in '\(path)' is not a JSON object: \(error)")
        }
    }

    /// `source 'aws.greengrass', detail-type 'Greengrass Deployment Status Change'`.
    private static func summary(of event: MatchableEvent) -> String {
        let parts = ["source", "detail-type"].compactMap { key -> String? in
            guard let value = event.json[key] else { return nil }
            return "\(key) \(value.stringValue.map { "'\($0)'" } ?? value.description)"
        }
        return parts.isEmpty ? "(no source or detail-type)" : parts.joined(separator: ", ")
    }

    private static func render(_ outcome: RuleOutcome, label: String?, console: Console) -> String {
        var title = (label.map { $0 == outcome.stack ? "" : "\($0): " } ?? "") + "\(outcome.stack)/\(outcome.logicalID)"
        if let name = outcome.name { title += " '\(name)'" }
        title += " (bus \(outcome.bus))"
        var lines: [String] = []
        switch outcome.verdict {
        case .matched:
            lines.append("\(console.styled("MATCH", "1;32"))    \(title)")
            for delivery in outcome.deliveries {
                lines.append("  \(delivery.id) → \(delivery.destination) receives \(describe(delivery.payload.kind)):")
                let text = delivery.payload.json?.rendered(indent: 2) ?? delivery.payload.text
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
            }
        case let .notMatched(reason):
            lines.append("no match \(title): \(reason)")
        case .disabled:
            lines.append("disabled \(title): the pattern matches, but the rule is disabled")
        case .scheduled:
            lines.append("schedule \(title): runs on a schedule, not on events")
        case let .invalidPattern(message):
            lines.append("invalid  \(title): EventBridge would reject the pattern: \(message)")
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ kind: TargetPayload.Kind) -> String {
        switch kind {
        case .wholeEvent: return "the whole event"
        case .input: return "its Input"
        case .inputPath: return "its InputPath"
        case .inputTransformer: return "its InputTransformer"
        }
    }
}
