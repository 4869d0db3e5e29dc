/// Builds the constructs inside a stack or a group: constructs, composites,
/// `if`, `switch`, `for` and optionals.
@resultBuilder
public enum ConstructBuilder {
    public static func buildExpression(_ construct: Construct) -> [Construct] { [construct] }

    public static func buildExpression(_ composite: some Composite) -> [Construct] {
        [Construct(composite.id, declaredChildren: composite.body)]
    }

    @available(*, unavailable, message: "a stack belongs directly in an App or a Stage, not inside another stack or construct")
    public static func buildExpression(_ stack: Stack) -> [Construct] { [] }

    @available(*, unavailable, message: "a stage belongs directly in an App, not inside a stack or construct")
    public static func buildExpression(_ stage: Stage) -> [Construct] { [] }

    public static func buildBlock(_ parts: [Construct]...) -> [Construct] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Construct]?) -> [Construct] { part ?? [] }
    public static func buildEither(first part: [Construct]) -> [Construct] { part }
    public static func buildEither(second part: [Construct]) -> [Construct] { part }
    public static func buildArray(_ parts: [[Construct]]) -> [Construct] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [Construct]) -> [Construct] { part }
}

/// Builds the members of an app: stacks and stages, `if`, `switch`, `for` and optionals.
@resultBuilder
public enum AppBuilder {
    public static func buildExpression(_ stack: Stack) -> [Construct] { [stack] }
    public static func buildExpression(_ stage: Stage) -> [Construct] { [stage] }
    public static func buildBlock(_ parts: [Construct]...) -> [Construct] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Construct]?) -> [Construct] { part ?? [] }
    public static func buildEither(first part: [Construct]) -> [Construct] { part }
    public static func buildEither(second part: [Construct]) -> [Construct] { part }
    public static func buildArray(_ parts: [[Construct]]) -> [Construct] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [Construct]) -> [Construct] { part }
}

/// Builds the stacks of a stage: stacks, `if`, `switch`, `for` and optionals.
@resultBuilder
public enum StageBuilder {
    public static func buildExpression(_ stack: Stack) -> [Stack] { [stack] }
    public static func buildBlock(_ parts: [Stack]...) -> [Stack] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Stack]?) -> [Stack] { part ?? [] }
    public static func buildEither(first part: [Stack]) -> [Stack] { part }
    public static func buildEither(second part: [Stack]) -> [Stack] { part }
    public static func buildArray(_ parts: [[Stack]]) -> [Stack] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [Stack]) -> [Stack] { part }
}
