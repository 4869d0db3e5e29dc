/// A group of stacks deployed together, as the CDK's `Stage`: one instance of an
/// application (`Beta`, `Prod`), written as a nested cloud assembly
/// `assembly-<ID>/` that deployment tools treat as a unit.
///
/// ```swift
/// App {
///     Stage("Prod", env: .aws(account: "123456789012", region: "us-east-1")) {
///         Stack("Service") { … }
///     }
/// }
/// ```
///
/// A stack in a stage is named `<Stage>-<Stack>` unless given a name, and takes the
/// stage's account and region where it sets none. Stacks of one stage may depend on
/// each other and refer to each other, not to stacks outside it: dependencies never
/// cross a stage boundary.
public final class Stage: Construct {
    public let environment: Environment
    public let stacks: [Stack]

    public init(_ id: String, env: Environment = .agnostic, @StageBuilder _ stacks: () -> [Stack]) {
        self.environment = env
        self.stacks = stacks()
        super.init(id)
        for stack in self.stacks { stack.join(self) }
    }

    public override var children: [Construct] { stacks }

    /// The directory of the stage's nested assembly.
    public var directoryName: String { "assembly-" + id }
}
