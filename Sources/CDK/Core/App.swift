/// The root of the construct tree: the stacks that one synthesis writes into a
/// cloud assembly.
///
/// ```swift
/// App {
///     Stack("Producer", env: .aws(account: "123456789012", region: "us-east-1")) { … }
///     Stack("Consumer", env: .aws(account: "123456789012", region: "us-east-1")) { … }
/// }
/// ```
public final class App: Construct {
    public let stacks: [Stack]

    public init(@AppBuilder _ stacks: () -> [Stack]) {
        self.stacks = stacks()
        super.init("")
    }

    public override var children: [Construct] { stacks }
}

/// An app with the `synth` command line: conform, mark it `@main`, and import
/// `SynthCommand` (which provides `main()`).
public protocol CloudApp {
    init()
    var body: App { get }
}
