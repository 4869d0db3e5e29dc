import CloudFormation

/// What a ``RuleTargetInput`` puts in a rule target: one of the three input properties
/// of `AWS::Events::Rule.Target`.
///
/// Values that embed references hold them as tokens inside an `Fn::Join`, where the CDK
/// renders one; synthesis resolves them with the rest of the template.
public enum RenderedInput: Equatable {
    /// `Input`: a JSON text (a `.string`, or an `Fn::Join` around references).
    case input(JSONValue)
    /// `InputPath`: a JSON path into the event.
    case inputPath(String)
    /// `InputTransformer`: placeholders and the paths they stand for, in first-use
    /// order, and the template that uses them (a `.string` or an `Fn::Join`).
    case inputTransformer(inputPathsMap: JSONObject, inputTemplate: JSONValue)

    /// The target's properties: `{"Input": …}`, `{"InputPath": …}` or
    /// `{"InputTransformer": {"InputPathsMap": …, "InputTemplate": …}}`.
    public var properties: JSONObject {
        switch self {
        case let .input(value):
            return ["Input": value]
        case let .inputPath(path):
            return ["InputPath": .string(path)]
        case let .inputTransformer(inputPathsMap, inputTemplate):
            return ["InputTransformer": ["InputPathsMap": .object(inputPathsMap), "InputTemplate": inputTemplate]]
        }
    }
}

extension RuleTargetInput {
    /// The input as the target's `Input`, `InputPath` or `InputTransformer`.
    ///
    /// The CDK's algorithm (`FieldAwareEventInput.bind` in aws-cdk-lib 2.275.0):
    ///
    /// - Each distinct event-field path gets a placeholder `<key>`, in order of first use;
    ///   the key is the path's ``EventField/displayHint``, or `f<n>` when the hint is
    ///   empty, where `n` counts the distinct paths so far (so `$` after three named
    ///   fields is `f4`). No fields: the target gets `Input`; otherwise `InputTransformer`.
    /// - Text becomes a JSON string (`"\"Hi <source>\""`); multi-line text, one JSON string
    ///   per line joined by newlines; a JSON value, its compact JSON, where every
    ///   `"<key>"` that is a whole JSON string loses its quotes, so EventBridge inserts
    ///   the field's JSON value (`{"state":<detail-state>}`).
    /// - A reference (any other token) stays a token inside an `Fn::Join`, in the place
    ///   its value takes in the JSON text: inside the string's quotes.
    ///
    /// Where the CDK's template would not give the target valid JSON, this renders the
    /// template that does:
    ///
    /// - A text (or a line of multi-line text) that is a single event field renders the
    ///   bare placeholder `<detail>` instead of `"<detail>"`: EventBridge adds the quotes
    ///   to a string value itself, and an object or array value inside quotes loses its
    ///   inner quotes and arrives as broken JSON (aws/aws-cdk#15512).
    /// - A text (or a line) that is a JSON object with an event field in a value position,
    ///   `{"event": \(detail)}`, renders as that JSON, not as a string holding it, for the
    ///   same reason (aws/aws-cdk#15512); newlines between its tokens become spaces.
    /// - Two paths with the same hint (`$.a-b` and `$.a.b`), which the CDK rejects, get
    ///   distinct keys: the later one takes the first free `<hint>-2`, `<hint>-3`, ….
    public func render() -> RenderedInput {
        var keys = PlaceholderKeys()
        var template = TemplateBuilder()
        switch form {
        case let .eventPath(path):
            return .inputPath(path)
        case let .text(text):
            Self.renderLine(text.segments, into: &template, keys: &keys)
        case let .multilineText(text):
            for (index, line) in Self.lines(of: text).enumerated() {
                if index > 0 { template.append("\n") }
                Self.renderLine(line, into: &template, keys: &keys)
            }
        case let .object(value):
            Self.serialize(value, into: &template, keys: &keys)
            template.unquotePlaceholders(keys.keys)
        }
        if keys.keys.isEmpty { return .input(template.value) }
        return .inputTransformer(inputPathsMap: keys.inputPathsMap, inputTemplate: template.value)
    }

    // MARK: - Text

    /// The text split at each newline, as the CDK splits its resolved text.
    private static func lines(of text: InputText) -> [[InputText.Segment]] {
        var lines: [[InputText.Segment]] = [[]]
        for segment in text.segments {
            guard case let .text(string) = segment else {
                lines[lines.count - 1].append(segment)
                continue
            }
            // Split on the scalar, not the character: "\r\n" is one Character in Swift,
            // while JavaScript's split keeps the "\r" at the end of the line.
            for (index, piece) in string.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { lines.append([]) }
                if !piece.isEmpty { lines[lines.count - 1].append(.text(String(piece))) }
            }
        }
        return lines
    }

    private static func renderLine(_ segments: [InputText.Segment], into template: inout TemplateBuilder, keys: inout PlaceholderKeys) {
        if segments.count == 1, case let .token(token) = segments[0], let field = token as? EventField {
            template.append(keys.placeholder(for: field))
            return
        }
        if isJSONObjectWithBareField(segments) {
            for segment in segments {
                switch segment {
                case let .text(text):
                    template.append(String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 }))
                case let .token(token):
                    if let field = token as? EventField {
                        template.append(keys.placeholder(for: field))
                    } else {
                        template.append(token)
                    }
                }
            }
            return
        }
        template.append("\"")
        appendStringContents(segments, into: &template, keys: &keys)
        template.append("\"")
    }

    /// The segments as the inside of a JSON string: text escaped, fields as placeholders.
    private static func appendStringContents(_ segments: [InputText.Segment], into template: inout TemplateBuilder, keys: inout PlaceholderKeys) {
        for segment in segments {
            switch segment {
            case let .text(text):
                template.append(escaped(text))
            case let .token(token):
                if let field = token as? EventField {
                    template.append(keys.placeholder(for: field))
                } else {
                    template.append(token)
                }
            }
        }
    }

    /// Whether the segments form a JSON object once each event field is taken as a value,
    /// with at least one field outside the object's strings (the user's own JSON, which
    /// must not be wrapped in a string). A reference outside a string, or a field inside a
    /// member name (EventBridge forbids placeholders as keys), never qualifies.
    private static func isJSONObjectWithBareField(_ segments: [InputText.Segment]) -> Bool {
        var probe = ""
        var tracker = JSONStringTracker()
        var hasBareField = false
        for segment in segments {
            switch segment {
            case let .text(text):
                for scalar in text.unicodeScalars {
                    probe.unicodeScalars.append(scalar)
                    tracker.read(scalar)
                }
            case let .token(token):
                tracker.readValue()
                let inString = tracker.inString
                if token is EventField {
                    if inString {
                        probe.unicodeScalars.append(keyMarker)
                    } else {
                        hasBareField = true
                        probe += " 0 "
                    }
                } else {
                    probe += inString ? "x" : " x "
                }
            }
        }
        guard hasBareField, let parsed = try? JSONParser.parse(probe), case .object = parsed else { return false }
        return !hasFieldInKey(parsed)
    }

    /// Stands for a field inside a string of the probe: a private-use character, valid in
    /// a JSON string and absent from anything EventBridge would deliver.
    private static let keyMarker: Unicode.Scalar = "\u{E000}"

    private static func hasFieldInKey(_ value: JSONValue) -> Bool {
        switch value {
        case let .object(object):
            return object.contains { member in
                member.key.unicodeScalars.contains(keyMarker) || hasFieldInKey(member.value)
            }
        case let .array(items):
            return items.contains(where: hasFieldInKey)
        default:
            return false
        }
    }

    /// `text` as the inside of a JSON string, escaped as `JSON.stringify` escapes it.
    private static func escaped(_ text: String) -> String {
        String(JSONWriter(indent: 0).render(.string(text)).dropFirst().dropLast())
    }

    // MARK: - JSON values

    /// The compact JSON text of `value`, as `JSON.stringify` writes it, with each event
    /// field as a quoted placeholder and each other token in place.
    private static func serialize(_ value: JSONValue, into template: inout TemplateBuilder, keys: inout PlaceholderKeys) {
        switch value {
        case .null, .bool, .integer, .double:
            template.append(JSONWriter(indent: 0).render(value))
        case let .string(string):
            template.append(JSONWriter(indent: 0).render(.string(string)))
        case let .array(items):
            template.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { template.append(",") }
                serialize(item, into: &template, keys: &keys)
            }
            template.append("]")
        case let .object(object):
            template.append("{")
            for (index, member) in object.enumerated() {
                if index > 0 { template.append(",") }
                template.append(JSONWriter(indent: 0).render(.string(member.key)) + ":")
                serialize(member.value, into: &template, keys: &keys)
            }
            template.append("}")
        case let .token(token):
            template.append("\"")
            if let field = token as? EventField {
                template.append(keys.placeholder(for: field))
            } else if let text = token as? InputText {
                appendStringContents(text.segments, into: &template, keys: &keys)
            } else {
                template.append(token)
            }
            template.append("\"")
        }
    }
}

/// The placeholder keys of one input: path to key, key to path, in first-use order.
struct PlaceholderKeys {
    private var keyByPath: [String: String] = [:]
    private var pathByKey: [String: String] = [:]
    /// The keys in order of first use.
    private(set) var keys: [String] = []
    /// Distinct paths seen so far, named or not (the CDK's `fieldCounter`).
    private var counter = 0

    /// `<key>` for `field`, assigning the next key to a new path.
    mutating func placeholder(for field: EventField) -> String {
        if let key = keyByPath[field.path] { return "<\(key)>" }
        counter += 1
        let hint = field.displayHint
        let base = hint.isEmpty ? "f\(counter)" : hint
        var key = base
        var suffix = 2
        while pathByKey[key] != nil {
            key = "\(base)-\(suffix)"
            suffix += 1
        }
        keyByPath[field.path] = key
        pathByKey[key] = field.path
        keys.append(key)
        return "<\(key)>"
    }

    /// `InputPathsMap`: key to path, in first-use order.
    var inputPathsMap: JSONObject {
        JSONObject(keys.map { ($0, JSONValue.string(pathByKey[$0] ?? "")) })
    }
}

/// Template text under construction: literal runs and the tokens between them.
struct TemplateBuilder {
    enum Part {
        case literal(String)
        case token(any Token)
    }

    private(set) var parts: [Part] = []

    mutating func append(_ literal: String) {
        guard !literal.isEmpty else { return }
        if case let .literal(previous)? = parts.last {
            parts[parts.count - 1] = .literal(previous + literal)
        } else {
            parts.append(.literal(literal))
        }
    }

    mutating func append(_ token: any Token) {
        parts.append(.token(token))
    }

    /// A plain string without tokens; otherwise `{"Fn::Join": ["", parts]}`, as the CDK
    /// renders a JSON text that embeds references.
    var value: JSONValue {
        var literal = ""
        var hasToken = false
        for part in parts {
            switch part {
            case let .literal(text): literal += text
            case .token: hasToken = true
            }
        }
        guard hasToken else { return .string(literal) }
        return .join("", parts.map {
            switch $0 {
            case let .literal(text): return .string(text)
            case let .token(token): return .token(token)
            }
        })
    }

    /// The CDK's unquoting of object inputs: each `"<key>"` in a literal run becomes
    /// `<key>`, unless its opening quote is escaped (an odd number of backslashes before
    /// it). Keys are processed in order, each over the whole run, as the CDK does.
    mutating func unquotePlaceholders(_ keys: [String]) {
        guard !keys.isEmpty else { return }
        parts = parts.map { part in
            guard case var .literal(text) = part else { return part }
            for key in keys {
                text = Self.unquote(key, in: text)
            }
            return .literal(text)
        }
    }

    private static func unquote(_ key: String, in text: String) -> String {
        let quoted = Array("\"<\(key)>\"".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= quoted.count else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var backslashes = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == quoted[0], index + quoted.count <= bytes.count, bytes[index..<index + quoted.count].elementsEqual(quoted) {
                if backslashes % 2 == 1 {
                    result.append(contentsOf: quoted)
                } else {
                    result.append(contentsOf: quoted.dropFirst().dropLast())
                }
                index += quoted.count
                backslashes = 0
                continue
            }
            backslashes = bytes[index] == UInt8(ascii: "\\") ? backslashes + 1 : 0
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
