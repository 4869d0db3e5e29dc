/// Sends a rule's events to an event bus, of this account or another, with a role
/// EventBridge assumes: `role`, or the rule's own `EventsRole`, granted
/// `events:PutEvents` on the bus. (The CDK calls this target `EventBus`; the name is
/// taken here by the bus construct.)
///
/// As in the CDK, events are sent as they are: no input, no retry policy; a dead-letter
/// queue may be given, and the rule is allowed to send to it.
public struct EventBusTarget: RuleTarget {
    public let bus: EventBusReference
    public let role: Role?
    public let options: TargetOptions

    public init(_ bus: EventBusReference, role: Role? = nil, deadLetterQueue: Queue? = nil) {
        self.bus = bus
        self.role = role
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue)
    }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        guard let role = role ?? scope.eventsRole(under: rule) else {
            return RuleTargetConfig(arn: bus.eventBusArn, options: options)
        }
        scope.addStatement(PolicyStatement(actions: ["events:PutEvents"], resources: [bus.eventBusArn]), to: role)
        return RuleTargetConfig(arn: bus.eventBusArn, roleArn: role.roleArn, options: options)
    }
}
