import CDK
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension BenchmarkCommand {
    /// `match RULES EVENTS`: compiles RULES patterns shaped like the scale app's (a source,
    /// a detail type, a list, a numeric comparison and a prefix), then matches EVENTS
    /// events against all of them, each event prepared once, and prints
    /// `MATCH rules=… events=… compile_s=… match_s=… events_per_s=… matches=… peak_mb=…`.
    /// One event in four is sent by a source some rules have, so matches are found too.
    static let match: BenchmarkCommand = BenchmarkCommand(
        name: "match", arguments: "RULES EVENTS",
        summary: "match EVENTS events against RULES compiled patterns; print events per second"
    ) { arguments in
        guard arguments.count == 2, let rules = Int(arguments[0]), let count = Int(arguments[1]), rules >= 1, count >= 1 else {
            return BenchmarkCommand.match.usageError("expected RULES EVENTS, both 1 or more")
        }
        let start = ContinuousClock.now
        let set: EventPatternSet
        let events: [MatchableEvent]
        do {
            set = EventPatternSet(try (0..<rules).map { try EventPatternMatcher(matchPattern($0)) })
            events = try (0..<min(count, 1000)).map { try MatchableEvent(jsonText: matchEvent($0, rules: rules)) }
        } catch {
            printError("error: \(error)")
            return failure
        }
        let compiled = ContinuousClock.now
        var matches = 0
        for index in 0..<count {
            matches += set.matchCount(events[index % events.count])
        }
        let end = ContinuousClock.now
        let elapsed = end - compiled
        let matchSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let perSecond = matchSeconds > 0 ? Int(Double(count) / matchSeconds) : 0
        print("MATCH rules=\(rules) events=\(count) compile_s=\(seconds(between: start, compiled)) "
              + "match_s=\(seconds(between: compiled, end)) events_per_s=\(perSecond) matches=\(matches) peak_mb=\(peakMemoryMB())")
        return success
    }
}

/// The pattern of rule `j`, as the scale app writes it (in stack `j / 200`).
private func matchPattern(_ j: Int) -> EventPattern {
    var pattern = EventPattern()
    pattern.source = .exactString("com.example.app\(j / 200)")
    pattern.detailType = .exactString("Event Type \(j % 200)")
    pattern.detail = [
        "state": ["ACTIVE", "PENDING"],
        "priority": .greaterThan(Double(j % 200)),
        "region-code": .prefix("r\((j % 200) % 10)"),
    ]
    return pattern
}

/// Event `i`: every fourth one has the source and detail type of some rule and fields
/// that rule accepts; the others come from a source no rule has.
private func matchEvent(_ i: Int, rules: Int) -> String {
    let rule = (i * 7919) % rules
    let source = i % 4 == 0 ? "com.example.app\(rule / 200)" : "com.example.other\(i)"
    return """
        {"version":"0","id":"\(i)","detail-type":"Event Type \(rule % 200)","source":"\(source)",\
        "account":"123456789012","time":"2026-11-23T12:00:00Z","region":"us-east-1","resources":[],\
        "detail":{"state":"ACTIVE","priority":\(rule % 200 + 1),"region-code":"r\((rule % 200) % 10)-north"}}
        """
}
