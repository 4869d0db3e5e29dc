/// What an IoT topic rule does with a message: its entry in the rule's `Actions` (one
/// key, such as `Sqs`), and the permissions it needs, as the CDK's `IAction._bind`.
public protocol TopicRuleAction {
    /// The action's entry, adding its permissions through `scope` (the rule's scope).
    /// Called once per synthesis.
    func bind(to rule: TopicRule, scope: ConstructScope) -> JSONObject

    /// Problems in the action's own options, reported at the rule.
    func validate(at path: String) -> [Diagnostic]
}

extension TopicRuleAction {
    public func validate(at path: String) -> [Diagnostic] { [] }

    /// The role AWS IoT assumes to perform an action: `role`, or the rule's own child
    /// `TopicRuleActionRole` (trusting `iot.amazonaws.com`, shared by the rule's actions),
    /// as the CDK's `singletonActionRole`.
    func actionRole(_ role: Role?, for rule: TopicRule, scope: ConstructScope) -> Role? {
        role ?? scope.singleton("TopicRuleActionRole", under: rule) {
            Role("TopicRuleActionRole", assumedBy: .service("iot.amazonaws.com"))
        }
    }
}
