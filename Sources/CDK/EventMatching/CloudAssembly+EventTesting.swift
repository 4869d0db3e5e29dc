import CloudFormation

extension CloudAssembly {
    /// Every `AWS::Events::Rule` of every stack, in template order, evaluated for
    /// `event` as EventBridge would: the rendered pattern (typed or raw alike), the
    /// rule's state, and each target's input.
    public func outcomes(for event: MatchableEvent) -> [RuleOutcome] {
        var outcomes: [RuleOutcome] = []
        for stack in stacks {
            let resources = stack.template.resources
            for rule in resources where rule.type == "AWS::Events::Rule" {
                outcomes.append(Self.outcome(of: rule, in: stack, resources: resources, event: event))
            }
        }
        return outcomes
    }

    private static func outcome(of rule: Resource, in stack: StackArtifact, resources: [Resource], event: MatchableEvent) -> RuleOutcome {
        let properties = rule.properties
        let name = properties["Name"]?.stringValue
        let bus = properties["EventBusName"].map { describe($0, resources) } ?? "default"
        var outcome = RuleOutcome(stack: stack.artifactID, logicalID: rule.logicalID, name: name, bus: bus, verdict: .scheduled, deliveries: [])
        guard let pattern = properties["EventPattern"] else { return outcome }
        let matcher: EventPatternMatcher
        do {
            guard let raw = RawJSON(eventPattern: pattern) else { throw EventPatternError(message: "the 'EventPattern' text is not JSON") }
            matcher = try EventPatternMatcher(json: raw)
        } catch {
            outcome.verdict = .invalidPattern("\(error)")
            return outcome
        }
        if let reason = matcher.mismatch(in: event) {
            outcome.verdict = .notMatched(reason)
            return outcome
        }
        guard properties["State"]?.stringValue != "DISABLED" else {
            outcome.verdict = .disabled
            return outcome
        }
        outcome.verdict = .matched
        let ruleArn = "arn:aws:events:\(stack.environment.region ?? "<region>"):\(stack.environment.account ?? "<account>"):rule/\(name ?? rule.logicalID)"
        for target in properties["Targets"]?.arrayValue ?? [] {
            guard let entry = target.objectValue else { continue }
            let payload = TargetPayload(target: entry, event: event.json, ruleName: name ?? rule.logicalID, ruleArn: ruleArn)
            outcome.deliveries.append(RuleOutcome.Delivery(
                id: entry["Id"]?.stringValue ?? "?",
                destination: entry["Arn"].map { describe($0, resources) } ?? "?",
                payload: payload))
        }
        return outcome
    }

    /// A name, or what a reference points to: `GreengrassTopic1234ABCD (AWS::SNS::Topic)`.
    private static func describe(_ value: JSONValue, _ resources: [Resource]) -> String {
        if let text = value.stringValue { return text }
        let logicalID = value["Ref"]?.stringValue ?? value["Fn::GetAtt"]?.arrayValue?.first?.stringValue
        if let logicalID {
            if let resource = resources.first(where: { $0.logicalID == logicalID }) {
                if resource.type == "AWS::Events::EventBus", let busName = resource.properties["Name"]?.stringValue { return busName }
                return "\(logicalID) (\(resource.type))"
            }
            return logicalID
        }
        return JSONWriter(indent: 0).render(value)
    }
}

extension RawJSON {
    /// A rule's `EventPattern` as the template holds it: an object, or JSON text (which
    /// CloudFormation accepts too); `nil` for text that is not JSON.
    init?(eventPattern: JSONValue) {
        if let text = eventPattern.stringValue {
            guard let parsed = try? JSONParser.parseRaw(text) else { return nil }
            self = parsed
        } else {
            self.init(eventPattern)
        }
    }
}
