import CloudFormation

/// A field of the matched event, substituted by EventBridge when it delivers a
/// ``RuleTargetInput`` to a target.
///
/// An `EventField` is a ``CloudFormation/Token``: embed it in text by string
/// interpolation (``InputText``), or in a JSON input as `.token(field)`:
///
/// ```swift
/// RuleTargetInput.text("Pipeline \(EventField.path("$.detail.pipeline")) failed")
/// RuleTargetInput.object([
///     "pipeline": .token(EventField.path("$.detail.pipeline")),
///     "summary": .text("\(EventField.detailType) in \(EventField.region)"),
/// ])
/// ```
///
/// Each distinct path becomes one `InputPathsMap` entry whose key is the path's
/// ``displayHint``, as in the CDK.
///
/// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
public struct EventField: Token, Hashable, Sendable {
    /// The JSON path into the event, such as `$.detail.state`.
    public let path: String

    private init(_ path: String) {
        self.path = path
    }

    /// The field at `path`, a JSON path in dot notation: `$.detail.state`,
    /// `$.resources[0]`, or `$` for the whole event.
    public static func path(_ path: String) -> EventField {
        EventField(path)
    }

    /// The field at `path`; the CDK's name for ``path(_:)``.
    public static func fromPath(_ path: String) -> EventField {
        EventField(path)
    }

    /// The event's ID, `$.id`.
    public static var eventID: EventField { EventField("$.id") }

    /// The event's detail type, `$.detail-type`.
    public static var detailType: EventField { EventField("$.detail-type") }

    /// The event's source, `$.source`.
    public static var source: EventField { EventField("$.source") }

    /// The account the event came from, `$.account`.
    public static var account: EventField { EventField("$.account") }

    /// The event's time, `$.time`.
    public static var time: EventField { EventField("$.time") }

    /// The region the event came from, `$.region`.
    public static var region: EventField { EventField("$.region") }

    /// The name the path's placeholder gets: the path without its leading characters
    /// outside `[a-zA-Z0-9_-]`, every other such character replaced by `-`
    /// (`$.detail.bla` → `detail-bla`, `$` → empty). Computed per UTF-16 code unit,
    /// exactly as the CDK's regular expressions do.
    public var displayHint: String {
        func isAllowed(_ unit: UInt16) -> Bool {
            switch unit {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D: return true
            default: return false
            }
        }
        var hint: [UInt16] = []
        var leading = true
        for unit in path.utf16 {
            if isAllowed(unit) {
                leading = false
                hint.append(unit)
            } else if !leading {
                hint.append(0x2D)
            }
        }
        return String(decoding: hint, as: UTF16.self)
    }

    /// `<path:$.detail.state>`, as the CDK prints an event field outside an input.
    public var description: String { "<path:\(path)>" }
}
