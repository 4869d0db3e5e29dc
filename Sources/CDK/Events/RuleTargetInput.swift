import CloudFormation

/// What a rule sends to one of its targets instead of the whole matched event.
///
/// Renders a target's `Input`, `InputPath` or `InputTransformer` (``render()``),
/// exactly as the CDK's `RuleTargetInput` does, except where the CDK's template
/// would not give valid JSON (see ``render()``). Without an input, a target receives
/// the whole event.
///
/// ```swift
/// .text("Pipeline \(EventField.path("$.detail.pipeline")) failed")
/// // InputTransformer: {"detail-pipeline": "$.detail.pipeline"},
/// //                   "\"Pipeline <detail-pipeline> failed\""
/// .multilineText("State: \(EventField.path("$.detail.state"))\nAt: \(EventField.time)")
/// .object(["state": .token(EventField.path("$.detail.state")), "stack": "prod"])
/// // InputTransformer: {"detail-state": "$.detail.state"},
/// //                   "{\"state\":<detail-state>,\"stack\":\"prod\"}"
/// .eventPath("$.detail")                      // InputPath: "$.detail"
/// ```
///
/// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
public struct RuleTargetInput: Equatable {
    enum Form: Equatable {
        case text(InputText)
        case multilineText(InputText)
        case object(JSONValue)
        case eventPath(String)
    }

    let form: Form

    /// Text for the target, delivered as a JSON string (so the template is the text in
    /// quotes, `"\"Hello\""`); may embed ``EventField``s and references.
    ///
    /// Pass JSON with ``object(_:)``: text is not meant for it.
    public static func text(_ text: InputText) -> RuleTargetInput {
        RuleTargetInput(form: .text(text))
    }

    /// Text split into lines, each delivered as its own JSON string (`"a"\n"b"`), for
    /// targets that take more than one argument; may embed ``EventField``s.
    public static func multilineText(_ text: InputText) -> RuleTargetInput {
        RuleTargetInput(form: .multilineText(text))
    }

    /// A JSON value for the target, written compactly; may embed ``EventField``s as
    /// `.token(field)` (which EventBridge fills in with the field's JSON value) or
    /// inside strings with `.text("…\(field)…")`, and references as `.token(reference)`.
    public static func object(_ value: JSONValue) -> RuleTargetInput {
        RuleTargetInput(form: .object(value))
    }

    /// The part of the event at `path`, such as `$.detail`.
    public static func eventPath(_ path: String) -> RuleTargetInput {
        RuleTargetInput(form: .eventPath(path))
    }
}

extension RuleTargetInput {
    /// The inputs EventBridge accepts: `Input` and `InputTemplate` at most 8192
    /// characters, `InputPath` at most 256, and at most 100 `InputPathsMap` entries.
    public static let maximumInputLength = 8192
    public static let maximumInputPathLength = 256
    public static let maximumFieldCount = 100

    /// Every problem with this input, reported against the construct at `path` (the
    /// rule or the target).
    ///
    /// Codes: `events.input.fieldPath` (a field path that is not a JSON path),
    /// `events.input.fieldPathUnsupported` (a warning: syntax EventBridge does not
    /// evaluate), `events.input.tooManyFields`, `events.input.tooLong`,
    /// `events.input.eventPath`.
    public func diagnostics(at path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if case let .eventPath(eventPath) = form {
            if let problem = Self.pathProblem(eventPath) {
                found.append(Diagnostic(
                    .error, code: "events.input.eventPath", path: path,
                    message: "input path '\(eventPath)' \(problem)",
                    hint: "write a JSON path in dot notation, such as '$.detail'"))
            } else if eventPath.count > Self.maximumInputPathLength {
                found.append(Diagnostic(
                    .error, code: "events.input.eventPath", path: path,
                    message: "input path is \(eventPath.count) characters long; EventBridge allows at most \(Self.maximumInputPathLength)",
                    hint: "select a shorter path into the event"))
            }
            return found
        }
        var seen = Set<String>()
        for field in fields where seen.insert(field.path).inserted {
            if let problem = Self.pathProblem(field.path) {
                found.append(Diagnostic(
                    .error, code: "events.input.fieldPath", path: path,
                    message: "event field '\(field.path)' \(problem)",
                    hint: "write a JSON path in dot notation, such as '$.detail.state'"))
            } else if let unsupported = Self.unsupportedSyntax(field.path) {
                found.append(Diagnostic(
                    .warning, code: "events.input.fieldPathUnsupported", path: path,
                    message: "event field '\(field.path)' uses \(unsupported), which EventBridge does not evaluate",
                    hint: "EventBridge supports dot notation with letters, digits, '-', '_', '/', array indices and '*'"))
            }
        }
        if seen.count > Self.maximumFieldCount {
            found.append(Diagnostic(
                .error, code: "events.input.tooManyFields", path: path,
                message: "input uses \(seen.count) event fields; EventBridge allows at most \(Self.maximumFieldCount)",
                hint: "pass a larger part of the event, such as .token(EventField.path(\"$.detail\")), instead of its members"))
        }
        let rendered = render()
        let (property, template): (String, JSONValue?) = {
            switch rendered {
            case let .input(value): return ("input", value)
            case let .inputTransformer(_, template): return ("input template", template)
            case .inputPath: return ("", nil)
            }
        }()
        if let template {
            let length = Self.literalLength(of: template)
            if length > Self.maximumInputLength {
                found.append(Diagnostic(
                    .error, code: "events.input.tooLong", path: path,
                    message: "\(property) is \(length) characters long; EventBridge allows at most \(Self.maximumInputLength)",
                    hint: "send less data, or let the target read it from elsewhere"))
            }
        }
        return found
    }

    /// Every event field in the input, in document order, repeats included.
    public var fields: [EventField] {
        switch form {
        case let .text(text), let .multilineText(text):
            return text.tokens.compactMap { $0 as? EventField }
        case let .object(value):
            return value.tokens.flatMap { token -> [EventField] in
                if let field = token as? EventField { return [field] }
                if let text = token as? InputText { return text.tokens.compactMap { $0 as? EventField } }
                return []
            }
        case .eventPath:
            return []
        }
    }

    /// Why `path` is not a JSON path EventBridge accepts, or `nil`.
    private static func pathProblem(_ path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if !path.hasPrefix("$") { return "does not start with '$'" }
        return nil
    }

    /// The first piece of `path` outside the syntax EventBridge documents, or `nil`.
    private static func unsupportedSyntax(_ path: String) -> String? {
        var previous: Character = "$"
        for character in path.dropFirst() {
            let allowed = (character.isASCII && (character.isLetter || character.isNumber)) || "-_/.[]*".contains(character)
            if !allowed { return "'\(character)'" }
            if character == "." && previous == "." { return "'..'" }
            previous = character
        }
        if path.count > 1 && previous == "." { return "a trailing '.'" }
        return nil
    }

    /// The characters of the literal parts of `value` (a string, or an `Fn::Join` of
    /// strings and tokens whose length synthesis does not know yet).
    private static func literalLength(of value: JSONValue) -> Int {
        switch value {
        case let .string(string): return string.count
        case let .array(items): return items.reduce(0) { $0 + literalLength(of: $1) }
        case let .object(object): return object.reduce(0) { $0 + literalLength(of: $1.value) }
        default: return 0
        }
    }
}
