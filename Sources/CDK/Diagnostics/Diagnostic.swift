/// A problem found in an app's declarations, reported with the construct it concerns.
///
/// Messages are lowercase, without a trailing period, with names in single quotes.
public struct Diagnostic: Equatable, CustomStringConvertible {
    public enum Severity: String, Equatable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// A stable identifier, such as `construct.id.duplicate`, that tests and tools can match.
    public var code: String
    /// The construct path (`Stack/Queue`); empty for the app itself.
    public var path: String
    public var message: String
    /// How to fix it.
    public var hint: String?

    public init(_ severity: Severity, code: String, path: String, message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// Compiler style: `Stack/Queue: error: message [code]`, then the hint on its own line.
    public var description: String {
        var text = "\(path.isEmpty ? "<app>" : path): \(severity.rawValue): \(message) [\(code)]"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// Collects the diagnostics of every phase, so all of them are reported together.
public struct Diagnostics {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    public mutating func error(_ code: String, at path: String, _ message: String, hint: String? = nil) {
        all.append(Diagnostic(.error, code: code, path: path, message: message, hint: hint))
    }

    public mutating func warning(_ code: String, at path: String, _ message: String, hint: String? = nil) {
        all.append(Diagnostic(.warning, code: code, path: path, message: message, hint: hint))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        all.append(contentsOf: other)
    }
}

/// Synthesis stopped because the app has errors; nothing was written.
public struct SynthesisError: Error, CustomStringConvertible {
    /// Every diagnostic found, errors and warnings, in the order they were found.
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
