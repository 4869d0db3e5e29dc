/// Renders an `AWS::KMS::Key` whose key policy lets the account's root administer it
/// (`kms:*`), the CDK's default key policy; removed with the stack only when
/// `removalPolicy` is `.delete` (the CDK's default keeps it).
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html
public final class Key: Construct {
    public let resource: CfnResource

    public init(_ id: String, removalPolicy: RemovalPolicy = .retain) {
        self.resource = CfnResource("Resource", type: "AWS::KMS::Key", deletionPolicy: removalPolicy, updateReplacePolicy: removalPolicy)
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var keyArn: JSONValue { resource.getAtt("Arn") }
    public var keyID: JSONValue { resource.ref }

    public override func prepare(_ scope: ConstructScope) {
        let root = PolicyStatement(actions: ["kms:*"], principals: [.arn(.join("", ["arn:", StackValue.partition.value, ":iam::", StackValue.account.value, ":root"]))], resources: ["*"])
        resource.properties = ["KeyPolicy": PolicyDocument([root]).json ?? [:]]
    }
}
