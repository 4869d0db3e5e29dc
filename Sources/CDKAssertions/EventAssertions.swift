import CDK
import CloudFormation

/// Asserts that `rule`'s pattern matches the event that `eventJSON` holds, with
/// EventBridge's semantics (``CDK/EventPatternMatcher``).
///
/// ```swift
/// try assertMatches(deploymentFailed, #"{"source": "aws.greengrass", "detail-type": …}"#)
/// ```
///
/// - Throws: `AssertionFailure` saying why the event does not match, or that
///   EventBridge would reject the pattern or the event is not a JSON object.
public func assertMatches(_ rule: Rule, _ eventJSON: String) throws {
    let (matcher, event) = try prepare(rule, eventJSON)
    if let reason = matcher.mismatch(in: event) {
        throw AssertionFailure("the event does not match the pattern of the rule: \(reason)\npattern: \(matcher.json)")
    }
}

/// Asserts that `rule`'s pattern does not match the event that `eventJSON` holds.
/// - Throws: `AssertionFailure` when it matches, or when EventBridge would reject the
///   pattern or the event is not a JSON object.
public func assertDoesNotMatch(_ rule: Rule, _ eventJSON: String) throws {
    let (matcher, event) = try prepare(rule, eventJSON)
    if matcher.matches(event) {
        throw AssertionFailure("the event matches the pattern of the rule, which it should not\npattern: \(matcher.json)")
    }
}

/// What target number `index` (in the order the rule lists them) of `rule` receives
/// for the event that `eventJSON` holds: the whole event, its `Input`, its `InputPath`
/// or its input transformer's result, computed from the target's entry as synthesis
/// rendered it.
///
/// ```swift
/// _ = try TemplateAssertions(stack: "Alerts", in: app)   // synthesizes: binds the targets
/// try assertMatches(rule, failureEvent)
/// #expect(try targetPayload(of: rule, for: failureEvent).text == #""Deployment 42 failed""#)
/// ```
///
/// - Throws: `AssertionFailure` when the event does not match, the rule has no such
///   target, or the rule's app has not been synthesized yet (targets render then).
public func targetPayload(of rule: Rule, target index: Int = 0, for eventJSON: String) throws -> TargetPayload {
    try assertMatches(rule, eventJSON)
    let (_, event) = try prepare(rule, eventJSON)
    guard rule.targets.indices.contains(index) else {
        let count = rule.targets.count == 1 ? "1 target" : "\(rule.targets.count) targets"
        throw AssertionFailure("the rule has \(count); there is no target \(index)")
    }
    let entries = rule.resource.properties["Targets"]?.arrayValue ?? []
    guard entries.indices.contains(index), let entry = entries[index].objectValue else {
        throw AssertionFailure("the rule's targets are not rendered yet: synthesize its app first, for example with TemplateAssertions(stack:in:)")
    }
    return TargetPayload(target: entry, event: event.json, ruleName: rule.name ?? rule.id)
}

private func prepare(_ rule: Rule, _ eventJSON: String) throws -> (EventPatternMatcher, MatchableEvent) {
    let matcher: EventPatternMatcher
    do {
        matcher = try EventPatternMatcher(rule.eventPattern)
    } catch {
        throw AssertionFailure("EventBridge would reject the rule's pattern: \(error)")
    }
    do {
        return (matcher, try MatchableEvent(jsonText: eventJSON))
    } catch {
        throw AssertionFailure("the event is not a JSON object: \(error)")
    }
}
