/// Builds a topic rule's actions.
@resultBuilder
public enum TopicRuleActionBuilder {
    public static func buildExpression(_ action: TopicRuleAction) -> [TopicRuleAction] { [action] }
    public static func buildBlock(_ parts: [TopicRuleAction]...) -> [TopicRuleAction] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [TopicRuleAction]?) -> [TopicRuleAction] { part ?? [] }
    public static func buildEither(first part: [TopicRuleAction]) -> [TopicRuleAction] { part }
    public static func buildEither(second part: [TopicRuleAction]) -> [TopicRuleAction] { part }
    public static func buildArray(_ parts: [[TopicRuleAction]]) -> [TopicRuleAction] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [TopicRuleAction]) -> [TopicRuleAction] { part }
}
