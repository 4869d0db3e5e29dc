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
    /// The app's stacks and stages, in the order declared.
    public let members: [Construct]

    public init(@AppBuilder _ members: () -> [Construct]) {
        self.members = members()
        super.init("")
    }

    /// Every stack of the app, those in stages included.
    public var stacks: [Stack] {
        members.flatMap { member in (member as? Stage)?.stacks ?? [member as? Stack].compactMap { $0 } }
    }

    public override var children: [Construct] { members }
}

/// An app with the `synth` command line: conform, mark it `@main`, and import
/// `SynthCommand` (which provides `main()`).
public protocol CloudApp {
    init()
    var body: App { get }
}
