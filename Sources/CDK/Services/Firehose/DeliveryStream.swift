/// Renders an `AWS::KinesisFirehose::DeliveryStream` that delivers what is put into it
/// (`DirectPut`) to an S3 bucket, as the CDK's `firehose.DeliveryStream` with an
/// `S3Bucket` destination renders it: a role Firehose assumes (child
/// `S3 Destination Role`, as the CDK names it) with read and write access to the bucket, and, unless logging
/// is turned off, a log group (child `LogGroup`, kept 731 days) with a log stream
/// (child `S3Destination`) for delivery errors.
///
/// The CDK also adds an unreferenced mapping of Firehose's CIDR blocks per region; it is
/// left out here.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kinesisfirehose-deliverystream.html
public final class DeliveryStream: Construct, DeliveryStreamReference {
    public let resource: CfnResource
    /// The destination bucket's ARN.
    public let bucketArn: JSONValue
    public let deliveryStreamName: String?
    public let role: Role
    public let logGroup: LogGroup?
    private let logStream: CfnResource

    public init(_ id: String, bucketArn: JSONValue, deliveryStreamName: String? = nil, logging: Bool = true) {
        self.bucketArn = bucketArn
        self.deliveryStreamName = deliveryStreamName
        self.role = Role("S3 Destination Role", assumedBy: .service("firehose.amazonaws.com"))
        let logStream = CfnResource("Resource", type: "AWS::Logs::LogStream", deletionPolicy: .retain, updateReplacePolicy: .retain)
        self.logStream = logStream
        self.logGroup = logging ? LogGroup("LogGroup") { Construct("S3Destination", declaredChildren: [logStream]) } : nil
        self.resource = CfnResource("Resource", type: "AWS::KinesisFirehose::DeliveryStream")
        super.init(id)
        resource.addDependency(role)
    }

    public override var children: [Construct] { [role] + (logGroup.map { [$0] } ?? []) + [resource] + super.children }

    public var deliveryStreamArn: JSONValue { resource.getAtt("Arn") }
    public var deliveryStreamNameValue: JSONValue { resource.ref }

    /// The S3 actions the CDK's `bucket.grantReadWrite` allows.
    static let bucketActions: [String] = [
        "s3:GetObject*", "s3:GetBucket*", "s3:List*", "s3:DeleteObject*", "s3:PutObject", "s3:PutObjectLegalHold",
        "s3:PutObjectRetention", "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*",
    ]

    /// A delivery stream of another stack or app, by ARN. Place it in a stack to hold
    /// the role rules use to put records into it.
    public static func imported(_ id: String, arn: String) -> DeliveryStreamReference {
        ImportedDeliveryStream(id, arn: arn)
    }

    public override func prepare(_ scope: ConstructScope) {
        scope.addStatement(PolicyStatement(actions: Self.bucketActions, resources: [bucketArn, .join("", [bucketArn, "/*"])]), to: role)
        var destination: JSONObject = ["BucketARN": bucketArn]
        if let logGroup {
            logStream.properties = ["LogGroupName": logGroup.logGroupNameValue]
            scope.addStatement(PolicyStatement(actions: ["logs:CreateLogStream", "logs:PutLogEvents"], resources: [logGroup.logGroupArn]), to: role)
            destination["CloudWatchLoggingOptions"] = ["Enabled": true, "LogGroupName": logGroup.logGroupNameValue, "LogStreamName": logStream.ref]
        }
        destination["RoleARN"] = role.roleArn
        var properties = JSONObject()
        if let deliveryStreamName { properties["DeliveryStreamName"] = .string(deliveryStreamName) }
        properties["DeliveryStreamType"] = "DirectPut"
        properties["ExtendedS3DestinationConfiguration"] = .object(destination)
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard let deliveryStreamName, !(1...64).contains(deliveryStreamName.count) || !deliveryStreamName.isAlphanumeric(allowing: "_.-") else { return [] }
        return [scope.error("firehose.deliveryStream.name.invalid", "delivery stream name '\(deliveryStreamName)' must be 1 to 64 letters, digits, '_', '.' or '-'",
                            hint: "shorten the name or remove the other characters")]
    }
}

/// A Firehose delivery stream: one of this app's, or one imported by ARN. A construct,
/// so the role rules use to put records into it has a place.
public protocol DeliveryStreamReference: Construct {
    var deliveryStreamArn: JSONValue { get }
}

/// A delivery stream not declared in this app; it renders nothing.
final class ImportedDeliveryStream: Construct, DeliveryStreamReference {
    let deliveryStreamArn: JSONValue

    init(_ id: String, arn: String) {
        deliveryStreamArn = .string(arn)
        super.init(id)
    }
}
