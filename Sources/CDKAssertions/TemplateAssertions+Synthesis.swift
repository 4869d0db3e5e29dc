import CDK

extension TemplateAssertions {
    /// Assertions on the template of one stack of `app`, synthesized as `synth` would.
    /// - Parameter stack: the stack's construct ID, artifact ID or stack name.
    /// - Throws: `SynthesisError` when the app does not synthesize, `AssertionFailure`
    ///   when it has no such stack.
    public init(stack: String, in app: App, options: SynthesisOptions = SynthesisOptions()) throws {
        let assembly = try Synthesizer.synthesize(app, options: options)
        guard let artifact = assembly.stack(named: stack) else {
            throw AssertionFailure("no stack named '\(stack)'; stacks: \(assembly.stacks.map(\.artifactID).joined(separator: ", "))")
        }
        self.init(json: artifact.template.json)
    }
}
