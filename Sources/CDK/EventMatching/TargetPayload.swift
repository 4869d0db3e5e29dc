import CloudFormation

/// What a rule target receives for a matching event, computed from the target's input
/// properties as the template holds them: the whole event, `Input`, `InputPath`, or
/// `InputTransformer` (`InputPathsMap` and `InputTemplate`).
///
/// The input transformer substitutes each `<key>` of the template with the value at the
/// key's path: inside a JSON string, a string value goes in without its quotes (and, as
/// EventBridge does, without escaping) and any other value as its JSON text; elsewhere
/// every value goes in as its JSON text. A path with no value gives an empty string
/// inside a JSON string and `null` elsewhere. The predefined keys `aws.events.rule-name`,
/// `aws.events.rule-arn`, `aws.events.event` and `aws.events.event.json` are filled in too.
/// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
public struct TargetPayload: Equatable {
    /// How the payload was made.
    public enum Kind: Equatable {
        case wholeEvent, input, inputPath, inputTransformer
    }

    public var kind: Kind
    /// The text the target receives, numbers as the event spells them.
    public var text: String

    /// The payload for `event` of a target whose entry in the template is `target`
    /// (the `Targets` item, or just its input properties); `ruleName` and `ruleArn` fill
    /// the predefined placeholders.
    public init(target: JSONObject, event: RawJSON, ruleName: String = "", ruleArn: String = "") {
        if let input = target["Input"] {
            kind = .input
            text = input.stringValue ?? Self.describeUnresolved(input)
        } else if let path = target["InputPath"]?.stringValue {
            kind = .inputPath
            text = (JSONPathQuery(path)?.value(in: event) ?? .null).description
        } else if let transformer = target["InputTransformer"]?.objectValue {
            kind = .inputTransformer
            var values: [String: RawJSON?] = [:]
            for (key, path) in transformer["InputPathsMap"]?.objectValue ?? JSONObject() {
                // updateValue keeps a path without a value as a key whose value is nil.
                values.updateValue(path.stringValue.flatMap { JSONPathQuery($0)?.value(in: event) }, forKey: key)
            }
            values["aws.events.rule-name"] = .string(ruleName)
            values["aws.events.rule-arn"] = .string(ruleArn)
            values["aws.events.event.json"] = event
            if case let .object(members) = event {
                values["aws.events.event"] = .object(members.filter { $0.key != "detail" })
            }
            let template = transformer["InputTemplate"].map { $0.stringValue ?? Self.describeUnresolved($0) } ?? ""
            text = Self.substitute(template, values)
        } else {
            kind = .wholeEvent
            text = event.description
        }
    }

    /// The payload's JSON, when it is JSON (text and multi-line text inputs may not be).
    public var json: RawJSON? {
        try? JSONParser.parseRaw(text)
    }

    /// A value only known at deployment, such as an `Fn::Join` around a reference.
    private static func describeUnresolved(_ value: JSONValue) -> String {
        if let parts = value["Fn::Join"]?.arrayValue, parts.count == 2, let items = parts[1].arrayValue {
            return items.map { $0.stringValue ?? "${\(JSONWriter(indent: 0).render($0))}" }.joined(separator: parts[0].stringValue ?? "")
        }
        return "${\(JSONWriter(indent: 0).render(value))}"
    }

    /// `template` with each known `<key>` replaced, quoted or not by where it stands.
    static func substitute(_ template: String, _ values: [String: RawJSON?]) -> String {
        var output = ""
        var tracker = JSONStringTracker()
        let scalars = Array(template.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let close = scalars[index...].firstIndex(of: ">") {
                let key = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                if let entry = values[key] {
                    output += render(entry, inString: tracker.inString)
                    index = close + 1
                    tracker.readValue()
                    continue
                }
            }
            output.unicodeScalars.append(scalar)
            tracker.read(scalar)
            index += 1
        }
        return output
    }

    private static func render(_ value: RawJSON?, inString: Bool) -> String {
        guard let value else { return inString ? "" : "null" }
        if inString, case let .string(text) = value { return text }
        return value.description
    }
}
