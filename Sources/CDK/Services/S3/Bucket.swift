/// Renders an `AWS::S3::Bucket`, kept when removed from the stack (`Retain`, the CDK's
/// default), and its `AWS::S3::BucketPolicy` (child `Policy`) when statements are added.
///
/// `encryptionKeyArn` encrypts objects with that KMS key by default; `blockPublicAccess`
/// blocks every kind of public access; `enforceSSL` denies requests without TLS, with
/// the statement the CDK adds.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucket.html
public final class Bucket: Construct, PolicyHolder {
    public let resource: CfnResource
    public let bucketName: String?
    public let encryptionKeyArn: JSONValue?
    public let blockPublicAccess: Bool
    public let enforceSSL: Bool

    public init(
        _ id: String, bucketName: String? = nil, encryptionKeyArn: JSONValue? = nil, blockPublicAccess: Bool = false,
        enforceSSL: Bool = false, removalPolicy: RemovalPolicy = .retain
    ) {
        self.bucketName = bucketName
        self.encryptionKeyArn = encryptionKeyArn
        self.blockPublicAccess = blockPublicAccess
        self.enforceSSL = enforceSSL
        self.resource = CfnResource("Resource", type: "AWS::S3::Bucket", deletionPolicy: removalPolicy, updateReplacePolicy: removalPolicy)
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var bucketArn: JSONValue { resource.getAtt("Arn") }
    public var bucketNameValue: JSONValue { resource.ref }

    /// The bucket's objects: `<bucket ARN>/*`.
    public var objectsArn: JSONValue { .join("", [bucketArn, "/*"]) }

    /// Lets `grantee` read and write the bucket's objects, with the actions the CDK's
    /// `grantReadWrite` lists.
    public func readWriteStatement() -> PolicyStatement {
        PolicyStatement(
            actions: ["s3:GetObject*", "s3:GetBucket*", "s3:List*", "s3:DeleteObject*", "s3:PutObject", "s3:PutObjectLegalHold",
                      "s3:PutObjectRetention", "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"],
            resources: [bucketArn, objectsArn])
    }

    public override func prepare(_ scope: ConstructScope) {
        if enforceSSL {
            scope.addStatement(PolicyStatement(
                effect: .deny, actions: ["s3:*"], principals: [.any], resources: [bucketArn, objectsArn],
                conditions: ["Bool": ["aws:SecureTransport": "false"]]), to: self)
        }
        var properties = JSONObject()
        if let encryptionKeyArn {
            properties["BucketEncryption"] = ["ServerSideEncryptionConfiguration": [[
                "ServerSideEncryptionByDefault": ["KMSMasterKeyID": encryptionKeyArn, "SSEAlgorithm": "aws:kms"],
            ]]]
        }
        if let bucketName { properties["BucketName"] = .string(bucketName) }
        if blockPublicAccess {
            properties["PublicAccessBlockConfiguration"] = [
                "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true,
            ]
        }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard let bucketName else { return [] }
        let allowed = bucketName.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }
        guard !(3...63).contains(bucketName.count) || !allowed else { return [] }
        return [scope.error(
            "s3.bucket.name.invalid", "bucket name '\(bucketName)' must be 3 to 63 lowercase letters, digits, '.' or '-'",
            hint: "use a name like 'my-bucket-123'")]
    }

    /// The bucket policy: child `Policy`.
    public func policy(_ document: PolicyDocument, scope: ConstructScope) -> Construct {
        Construct("Policy") {
            CfnResource("Resource", type: "AWS::S3::BucketPolicy", properties: [
                "Bucket": bucketNameValue,
                "PolicyDocument": document.json ?? [:],
            ])
        }
    }
}
