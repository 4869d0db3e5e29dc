/// Why a pattern cannot be matched: EventBridge would reject it, or it is not JSON.
public struct EventPatternError: Error, CustomStringConvertible {
    /// The problems, as synthesis reports them for a rule (without a construct path).
    public var diagnostics: [Diagnostic]
    /// The first problem's message.
    public var message: String

    init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
        self.message = diagnostics.first?.message ?? "invalid event pattern"
    }

    init(message: String) {
        self.diagnostics = []
        self.message = message
    }

    public var description: String { message }
}
