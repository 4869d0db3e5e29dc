import CloudFormation

/// Text with embedded tokens: ``EventField``s that EventBridge substitutes, and
/// references that synthesis resolves (`"queue \(queue.arn)"`).
///
/// Swift strings cannot carry the CDK's token markers, so text that embeds a field
/// is written with string interpolation into an `InputText`:
///
/// ```swift
/// let message: InputText = "Pipeline \(EventField.path("$.detail.pipeline")) failed"
/// RuleTargetInput.text(message)
/// RuleTargetInput.object(["summary": .text("custom_\(EventField.detailType)")])
/// ```
///
/// Interpolating a `String` or an `Int` adds it as plain text; interpolating another
/// `InputText` splices its segments in. A string held in a variable becomes text with
/// `InputText(string)`.
public struct InputText: Token, Equatable, ExpressibleByStringInterpolation {
    /// A run of plain text, or a token.
    public enum Segment {
        case text(String)
        case token(any Token)
    }

    /// The text's runs in order; adjacent plain runs are merged, empty ones dropped, and
    /// interpolated `InputText`s are spliced in, so no segment holds another `InputText`.
    public private(set) var segments: [Segment] = []

    /// Plain text, without tokens.
    public init(verbatim text: String) {
        append(text)
    }

    public init(stringLiteral value: String) {
        append(value)
    }

    public init(stringInterpolation: StringInterpolation) {
        segments = stringInterpolation.text.segments
    }

    /// The text with these segments, normalized as ``segments`` describes.
    public init(segments: [Segment]) {
        for segment in segments {
            switch segment {
            case let .text(text): append(text)
            case let .token(token): append(token)
            }
        }
    }

    private init() {}

    mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        if case let .text(previous)? = segments.last {
            segments[segments.count - 1] = .text(previous + text)
        } else {
            segments.append(.text(text))
        }
    }

    mutating func append(_ token: any Token) {
        if let nested = token as? InputText {
            for segment in nested.segments {
                switch segment {
                case let .text(text): append(text)
                case let .token(token): segments.append(.token(token))
                }
            }
        } else {
            segments.append(.token(token))
        }
    }

    /// Every token in the text, in order.
    public var tokens: [any Token] {
        segments.compactMap {
            if case let .token(token) = $0 { return token }
            return nil
        }
    }

    /// The text with each token written as `${description}`, for messages.
    public var description: String {
        segments.map {
            switch $0 {
            case let .text(text): return text
            case let .token(token): return "${\(token.description)}"
            }
        }.joined()
    }

    public static func == (lhs: InputText, rhs: InputText) -> Bool {
        guard lhs.segments.count == rhs.segments.count else { return false }
        for (left, right) in zip(lhs.segments, rhs.segments) {
            switch (left, right) {
            case let (.text(a), .text(b)) where a == b: continue
            case let (.token(a), .token(b)) where a.isEqual(to: b): continue
            default: return false
            }
        }
        return true
    }

    /// Builds an ``InputText`` from a string literal with interpolations.
    public struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var text = InputText()

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            text.append(literal)
        }

        /// A token: an ``EventField``, a reference, or another ``InputText``.
        public mutating func appendInterpolation<T: Token>(_ token: T) {
            text.append(token)
        }

        /// Plain text.
        public mutating func appendInterpolation(_ string: String) {
            text.append(string)
        }

        /// A number, as plain text.
        public mutating func appendInterpolation(_ number: Int) {
            text.append(String(number))
        }
    }
}

extension JSONValue {
    /// A JSON string built from text with embedded tokens, for ``RuleTargetInput/object(_:)``:
    /// `["summary": .text("custom_\(EventField.detailType)")]`. Text without tokens is a
    /// plain `.string`.
    public static func text(_ text: InputText) -> JSONValue {
        if text.segments.isEmpty { return .string("") }
        if text.segments.count == 1, case let .text(plain) = text.segments[0] { return .string(plain) }
        return .token(text)
    }
}
