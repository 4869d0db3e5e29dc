/// An MQTT topic name or topic filter of AWS IoT Core, such as `sensors/+/temperature`
/// or a reserved event topic (`IoTTopic.thing(.created)` is
/// `$aws/events/thing/+/created`), and the event configuration that turns it on.
///
/// `+` (one level) and `#` (the rest, last level only) are MQTT wildcards. IoT policies
/// name a filter as written (`topicfilter/$aws/events/thing/+/created`: `+` and `#`
/// are literal characters there) and the topics it matches with the policy wildcard `*`
/// in place of each MQTT wildcard (`topic/$aws/events/thing/*/created`).
/// https://docs.aws.amazon.com/iot/latest/developerguide/pub-sub-policy.html
public struct IoTTopic: Equatable, CustomStringConvertible {
    /// The topic name or filter, as devices and rules write it.
    public let name: String
    /// The event configuration AWS IoT needs to publish on the topic; `nil` for topics
    /// that need none (lifecycle events, the user's own topics).
    public let eventType: IoTEventType?
    /// Problems found while building a reserved topic from names.
    let problems: [String]

    /// A topic or filter of the user's own.
    public init(_ name: String) {
        self.init(name: name, eventType: nil)
    }

    init(name: String, eventType: IoTEventType?, problems: [String] = []) {
        self.name = name
        self.eventType = eventType
        self.problems = problems
    }

    public var description: String { name }

    /// The topic's levels, split at `/`.
    public var levels: [String] { name.split(separator: "/", omittingEmptySubsequences: false).map(String.init) }

    /// Whether the name holds an MQTT wildcard, so that it is a filter, not a topic.
    public var isFilter: Bool { levels.contains { $0 == "+" || $0 == "#" } }

    /// The topics the filter matches, as an IoT policy writes them: each `+` or `#` level
    /// becomes `*`.
    public var policyTopicPattern: String {
        levels.map { $0 == "+" || $0 == "#" ? "*" : $0 }.joined(separator: "/")
    }

    /// The ARN of the topic filter, for `iot:Subscribe`: `arn:<partition>:iot:<region>:<account>:topicfilter/<name>`.
    public var topicFilterArn: JSONValue {
        StackValue.arn(service: "iot", resource: .string("topicfilter/" + name))
    }

    /// The ARN of the topics matched, for `iot:Receive` and `iot:Publish`:
    /// `arn:<partition>:iot:<region>:<account>:topic/<pattern>`.
    public var topicArn: JSONValue {
        StackValue.arn(service: "iot", resource: .string("topic/" + policyTopicPattern))
    }

    /// The SQL of a rule that selects every message on the topic: `SELECT * FROM '<name>'`.
    public var selectAll: String { "SELECT * FROM '\(name)'" }

    /// The size limit of a topic name, in UTF-8 bytes.
    /// https://docs.aws.amazon.com/general/latest/gr/iot-core.html#message-broker-limits
    public static let maximumBytes = 256

    /// Problems with the topic, reported against `path`.
    public func diagnostics(at path: String) -> [Diagnostic] {
        guard problems.isEmpty else {
            return problems.map {
                Diagnostic(.error, code: "iot.topic.name", path: path, message: $0,
                           hint: "names in a topic are one level: no '/', '+' or '#' in them")
            }
        }
        var found: [Diagnostic] = []
        func error(_ message: String, hint: String) {
            found.append(Diagnostic(.error, code: "iot.topic.invalid", path: path, message: message, hint: hint))
        }
        if name.isEmpty {
            error("an MQTT topic is empty", hint: "name the topic, such as 'sensors/+/temperature'")
            return found
        }
        if name.utf8.count > Self.maximumBytes {
            error("topic '\(name)' has \(name.utf8.count) bytes; AWS IoT allows at most \(Self.maximumBytes)", hint: "shorten the topic")
        }
        let levels = levels
        for level in levels where level != "+" && level != "#" && (level.contains("+") || level.contains("#")) {
            error("level '\(level)' of topic '\(name)' mixes a wildcard with other characters", hint: "a wildcard fills a whole level, as in 'a/+/b'")
        }
        if let hash = levels.firstIndex(of: "#"), hash != levels.count - 1 {
            error("'#' is not the last level of topic '\(name)'", hint: "'#' matches the rest of a topic; put it last, or use '+' for one level")
        }
        return found
    }
}
