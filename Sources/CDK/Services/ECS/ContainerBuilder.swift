/// Builds the containers of a task definition: containers, `if`, `for` and optionals.
@resultBuilder
public enum ContainerBuilder {
    public static func buildExpression(_ container: ContainerDefinition) -> [ContainerDefinition] { [container] }
    public static func buildBlock(_ parts: [ContainerDefinition]...) -> [ContainerDefinition] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [ContainerDefinition]?) -> [ContainerDefinition] { part ?? [] }
    public static func buildEither(first part: [ContainerDefinition]) -> [ContainerDefinition] { part }
    public static func buildEither(second part: [ContainerDefinition]) -> [ContainerDefinition] { part }
    public static func buildArray(_ parts: [[ContainerDefinition]]) -> [ContainerDefinition] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [ContainerDefinition]) -> [ContainerDefinition] { part }
}
