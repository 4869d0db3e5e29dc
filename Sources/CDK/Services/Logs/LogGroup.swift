/// Renders an `AWS::Logs::LogGroup`, as the CDK's `logs.LogGroup` renders it: events kept
/// 731 days (two years) unless told otherwise, the group kept on deletion and
/// replacement.
///
/// Validated at synthesis: the retention is one CloudWatch Logs offers, the name is
/// 1–512 of `[\.\-_/#A-Za-z0-9]`.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html
public final class LogGroup: Construct, LogGroupReference {
    public let resource: CfnResource
    public let logGroupName: String?
    public let retention: Retention

    /// - Parameter content: constructs that belong to the group, such as its log streams.
    public init(
        _ id: String, logGroupName: String? = nil, retention: Retention = .days(731), removalPolicy: RemovalPolicy = .retain,
        @ConstructBuilder content: () -> [Construct] = { [] }
    ) {
        self.logGroupName = logGroupName
        self.retention = retention
        self.resource = CfnResource("Resource", type: "AWS::Logs::LogGroup", deletionPolicy: removalPolicy, updateReplacePolicy: removalPolicy)
        super.init(id, children: content)
    }

    public override var children: [Construct] { [resource] + super.children }

    /// The group's ARN, ending in `:*` as CloudFormation returns it.
    public var logGroupArn: JSONValue { resource.getAtt("Arn") }
    public var logGroupNameValue: JSONValue { resource.ref }
    /// `arn:<partition>:logs:<region>:<account>:log-group:<name>`, without `:*`: the ARN
    /// EventBridge targets.
    public var logGroupTargetArn: JSONValue { StackValue.arn(service: "logs", resource: .join("", ["log-group:", logGroupNameValue])) }

    /// The retention periods CloudWatch Logs offers, in days.
    /// https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html
    public static let retentionDays: [Int] = [
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
    ]

    /// A log group of this account known by name, in the region of the stack that uses
    /// it. Place it in a stack to give it a path.
    public static func imported(_ id: String, name: String) -> LogGroupReference {
        ImportedLogGroup(
            id, arn: StackValue.arn(service: "logs", resource: .string("log-group:" + name + ":*")),
            targetArn: StackValue.arn(service: "logs", resource: .string("log-group:" + name)))
    }

    /// A log group known by ARN, with or without the trailing `:*`.
    public static func imported(_ id: String, arn: String) -> LogGroupReference {
        let bare = arn.hasSuffix(":*") ? String(arn.dropLast(2)) : arn
        return ImportedLogGroup(id, arn: .string(bare + ":*"), targetArn: .string(bare))
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties = JSONObject()
        if let logGroupName { properties["LogGroupName"] = .string(logGroupName) }
        if case let .days(days) = retention { properties["RetentionInDays"] = .integer(days) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if case let .days(days) = retention, !Self.retentionDays.contains(days) {
            found.append(scope.error("logs.logGroup.retention", "retention of \(days) days is not one CloudWatch Logs offers",
                                     hint: "use one of \(Self.retentionDays.map(String.init).joined(separator: ", ")) days, or '.infinite'"))
        }
        if let logGroupName, !(1...512).contains(logGroupName.count) || !logGroupName.isAlphanumeric(allowing: "._-/#") {
            found.append(scope.error("logs.logGroup.name.invalid", "log group name '\(logGroupName)' must be 1 to 512 letters, digits, '.', '_', '-', '/' or '#'",
                                     hint: "shorten the name or remove the other characters"))
        }
        return found
    }

    /// How long a log group keeps its events.
    public enum Retention: Equatable {
        case days(Int)
        case infinite
    }
}

/// A log group: one of this app's, or one imported by name or ARN.
public protocol LogGroupReference: Construct {
    /// The ARN ending in `:*`, for policies.
    var logGroupArn: JSONValue { get }
    /// The ARN without `:*`, as EventBridge targets a log group.
    var logGroupTargetArn: JSONValue { get }
}

/// A log group not declared in this app; it renders nothing.
final class ImportedLogGroup: Construct, LogGroupReference {
    let logGroupArn: JSONValue
    let logGroupTargetArn: JSONValue

    init(_ id: String, arn: JSONValue, targetArn: JSONValue) {
        logGroupArn = arn
        logGroupTargetArn = targetArn
        super.init(id)
    }
}
