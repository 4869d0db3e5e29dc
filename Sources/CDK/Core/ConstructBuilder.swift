/// Builds the constructs inside a stack or a group: constructs, composites,
/// `if`, `switch`, `for` and optionals.
@resultBuilder
public enum ConstructBuilder {
    // A stack or a stage written here is a Construct too: synthesis reports it
    // (`stack.nested`, `stage.nested`) with its path. Overloads that refused them at
    // compile time would cost every statement of a large builder another candidate to
    // type-check (a 200-rule stack went over 100 ms).
    public static func buildExpression(_ construct: Construct) -> [Construct] { [construct] }

    public static func buildExpression(_ composite: some Composite) -> [Construct] {
        [Construct(composite.id, declaredChildren: composite.body)]
    }


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
