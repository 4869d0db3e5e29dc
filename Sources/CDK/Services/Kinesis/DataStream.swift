/// Renders an `AWS::Kinesis::Stream`, as the CDK's `kinesis.Stream` renders it: 24 hours
/// of retention, one shard unless the stream is on demand, and by default encryption
/// with the AWS managed key `alias/aws/kinesis` except in the China regions, where
/// Kinesis does not offer it (a stack condition,
/// `AwsCdkKinesisEncryptedStreamsUnsupportedRegions`, decides at deployment). Kept on
/// deletion and replacement unless told otherwise.
///
/// Named `DataStream` rather than `Stream`, which would clash with Foundation's `Stream`.
/// Validated at synthesis: 24–8760 hours of retention, at least one shard, no shard
/// count on an on-demand stream, a name of 1–128 of `[a-zA-Z0-9_.-]`.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kinesis-stream.html
public final class DataStream: Construct, DataStreamReference {
    public let resource: CfnResource
    public let streamName: String?
    public let shardCount: Int?
    public let streamMode: StreamMode?
    public let retentionPeriodHours: Int
    public let encryption: Encryption

    public init(
        _ id: String, streamName: String? = nil, shardCount: Int? = nil, streamMode: StreamMode? = nil,
        retentionPeriodHours: Int = 24, encryption: Encryption = .managedWhereAvailable, removalPolicy: RemovalPolicy = .retain
    ) {
        self.streamName = streamName
        self.shardCount = shardCount
        self.streamMode = streamMode
        self.retentionPeriodHours = retentionPeriodHours
        self.encryption = encryption
        self.resource = CfnResource("Resource", type: "AWS::Kinesis::Stream", deletionPolicy: removalPolicy, updateReplacePolicy: removalPolicy)
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var streamArn: JSONValue { resource.getAtt("Arn") }
    public var streamNameValue: JSONValue { resource.ref }

    /// The stack condition under which the default encryption is left out.
    public static let unsupportedRegionsCondition = "AwsCdkKinesisEncryptedStreamsUnsupportedRegions"

    /// A stream of another stack or app, by ARN. Place it in a stack to hold the role
    /// rules use to write to it, as the CDK's `fromStreamArn` does.
    public static func imported(_ id: String, arn: String) -> DataStreamReference {
        ImportedDataStream(id, arn: arn)
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties = JSONObject()
        if let streamName { properties["Name"] = .string(streamName) }
        properties["RetentionPeriodHours"] = .integer(retentionPeriodHours)
        if streamMode != .onDemand { properties["ShardCount"] = .integer(shardCount ?? 1) }
        switch encryption {
        case .managedWhereAvailable:
            if let stack = scope.stack(of: self) {
                scope.addGenerated(CfnCondition(Self.unsupportedRegionsCondition, expression: .or([
                    .equals(.pseudo(.region), "cn-north-1"),
                    .equals(.pseudo(.region), "cn-northwest-1"),
                ])), under: stack)
            }
            properties["StreamEncryption"] = .if(Self.unsupportedRegionsCondition, .pseudo(.noValue), Self.managedEncryption)
        case .managed:
            properties["StreamEncryption"] = Self.managedEncryption
        case .unencrypted:
            break
        }
        if let streamMode { properties["StreamModeDetails"] = ["StreamMode": .string(streamMode.rawValue)] }
        resource.properties = properties
    }

    private static let managedEncryption: JSONValue = ["EncryptionType": "KMS", "KeyId": "alias/aws/kinesis"]

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !(24...8760).contains(retentionPeriodHours) {
            found.append(scope.error("kinesis.stream.retentionPeriod", "retention period of \(retentionPeriodHours) hours is out of range; Kinesis allows 24 to 8760",
                                     hint: "use 24 hours (1 day) to 8760 hours (365 days)"))
        }
        if let shardCount {
            if streamMode == .onDemand {
                found.append(scope.error("kinesis.stream.shardCountOnDemand", "stream '\(scope.path)' is on demand and has a shard count",
                                         hint: "remove 'shardCount'; an on-demand stream scales its shards itself"))
            } else if shardCount < 1 {
                found.append(scope.error("kinesis.stream.shardCount", "shard count of \(shardCount) must be at least 1", hint: "use one shard or more"))
            }
        }
        if let streamName, !(1...128).contains(streamName.count) || !streamName.isAlphanumeric(allowing: "_.-") {
            found.append(scope.error("kinesis.stream.name.invalid", "stream name '\(streamName)' must be 1 to 128 letters, digits, '_', '.' or '-'",
                                     hint: "shorten the name or remove the other characters"))
        }
        return found
    }

    /// How a stream's shards are provisioned.
    public enum StreamMode: String {
        case provisioned = "PROVISIONED"
        case onDemand = "ON_DEMAND"
    }

    /// How a stream's records are encrypted at rest.
    public enum Encryption {
        /// The AWS managed key where Kinesis offers it (the CDK's default).
        case managedWhereAvailable
        /// The AWS managed key `alias/aws/kinesis`, in every region.
        case managed
        case unencrypted
    }
}

/// A Kinesis data stream: one of this app's, or one imported by ARN. A construct, so the
/// role rules use to write to it has a place.
public protocol DataStreamReference: Construct {
    var streamArn: JSONValue { get }
}

/// A stream not declared in this app; it renders nothing.
final class ImportedDataStream: Construct, DataStreamReference {
    let streamArn: JSONValue

    init(_ id: String, arn: String) {
        streamArn = .string(arn)
        super.init(id)
    }
}
