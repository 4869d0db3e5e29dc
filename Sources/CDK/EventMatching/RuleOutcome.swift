import CloudFormation

/// What one rule of a synthesized template does with an event: whether it fires, why
/// not, and what each of its targets receives.
public struct RuleOutcome {
    public enum Verdict: Equatable {
        /// The pattern matches and the rule is enabled: every target receives the event.
        case matched
        /// The pattern does not match, for this reason.
        case notMatched(String)
        /// The pattern matches, but the rule is disabled.
        case disabled
        /// The rule runs on a schedule and has no pattern.
        case scheduled
        /// EventBridge would reject the pattern.
        case invalidPattern(String)
    }

    /// What one target receives.
    public struct Delivery {
        /// The target's `Id`.
        public var id: String
        /// The target, described: `Topic GreengrassTopic1234ABCD (AWS::SNS::Topic)`.
        public var destination: String
        public var payload: TargetPayload
    }

    /// The stack's artifact ID.
    public var stack: String
    /// The rule's logical ID.
    public var logicalID: String
    /// The rule's `Name`, when it has one.
    public var name: String?
    /// The event bus: `default`, a bus name, or a description of the reference.
    public var bus: String
    public var verdict: Verdict
    /// The targets' payloads; empty unless the rule fires.
    public var deliveries: [Delivery]

    /// Whether the rule fires for the event.
    public var fires: Bool { verdict == .matched }
}
