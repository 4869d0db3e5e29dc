/// The properties whose change makes CloudFormation replace a resource (delete it and
/// create a new one), for the resource types the package renders: the
/// `createOnlyProperties` of each type's CloudFormation resource provider schema
/// (as cfn-lint 1.58.0 ships them), where the user guide says "Update requires:
/// Replacement". Nested ones are written with dots.
enum ReplacementProperties {
    static let byType: [String: [String]] = [
        "AWS::ApiGateway::Deployment": ["DeploymentCanarySettings", "RestApiId"],
        "AWS::ApiGateway::Method": ["RestApiId", "ResourceId", "HttpMethod"],
        "AWS::ApiGateway::Resource": ["PathPart", "ParentId", "RestApiId"],
        "AWS::ApiGateway::Stage": ["RestApiId", "StageName"],
        "AWS::Batch::JobDefinition": ["JobDefinitionName"],
        "AWS::Batch::JobQueue": ["JobQueueName", "JobQueueType"],
        "AWS::CodeBuild::Project": ["Name"],
        "AWS::CodePipeline::Pipeline": ["Name"],
        "AWS::EC2::SecurityGroup": ["GroupDescription", "GroupName", "VpcId"],
        "AWS::ECS::Cluster": ["ClusterName"],
        "AWS::ECS::TaskDefinition": [
            "Family", "ContainerDefinitions", "Cpu", "EnableFaultInjection", "ExecutionRoleArn", "InferenceAccelerators",
            "Memory", "NetworkMode", "PlacementConstraints", "ProxyConfiguration", "RequiresCompatibilities",
            "RuntimePlatform", "TaskRoleArn", "Volumes", "PidMode", "IpcMode", "EphemeralStorage",
        ],
        "AWS::Events::ApiDestination": ["Name"],
        "AWS::Events::Archive": ["ArchiveName", "SourceArn"],
        "AWS::Events::Connection": ["Name"],
        "AWS::Events::EventBus": ["Name"],
        "AWS::Events::EventBusPolicy": ["EventBusName", "StatementId"],
        "AWS::Events::Rule": ["Name"],
        "AWS::IAM::Role": ["Path", "RoleName"],
        "AWS::IoT::Policy": ["PolicyName"],
        "AWS::IoT::TopicRule": ["RuleName"],
        "AWS::KMS::Alias": ["AliasName"],
        "AWS::Kinesis::Stream": ["Name"],
        "AWS::KinesisFirehose::DeliveryStream": [
            "DeliveryStreamName", "DeliveryStreamType", "ElasticsearchDestinationConfiguration.VpcConfiguration",
            "AmazonopensearchserviceDestinationConfiguration.VpcConfiguration",
            "AmazonOpenSearchServerlessDestinationConfiguration.VpcConfiguration", "DatabaseSourceConfiguration",
            "KinesisStreamSourceConfiguration", "DirectPutSourceConfiguration", "MSKSourceConfiguration",
            "IcebergDestinationConfiguration.CatalogConfiguration", "SnowflakeDestinationConfiguration.SnowflakeVpcConfiguration",
        ],
        "AWS::Lambda::Function": ["FunctionName", "PackageType", "TenancyConfig"],
        "AWS::Lambda::Permission": [
            "FunctionName", "FunctionUrlAuthType", "InvokedViaFunctionUrl", "SourceAccount", "SourceArn", "Principal",
            "PrincipalOrgID", "Action", "EventSourceToken",
        ],
        "AWS::Logs::LogGroup": ["LogGroupName"],
        "AWS::Logs::LogStream": ["LogGroupName", "LogStreamName"],
        "AWS::Logs::ResourcePolicy": ["PolicyName"],
        "AWS::S3::Bucket": ["BucketName", "BucketNamePrefix", "BucketNamespace"],
        "AWS::S3::BucketPolicy": ["Bucket"],
        "AWS::SNS::Subscription": ["Endpoint", "Protocol", "TopicArn"],
        "AWS::SNS::Topic": ["TopicName", "FifoTopic"],
        "AWS::SQS::Queue": ["FifoQueue", "QueueName"],
        "AWS::StepFunctions::StateMachine": ["StateMachineName", "StateMachineType"],
    ]

    /// The replacing properties among the changed `paths` (`Properties.QueueName`) of a
    /// resource of `type`, in the order of the paths.
    static func replacing(_ type: String, paths: [String]) -> [String] {
        let properties = byType[type] ?? []
        var found: [String] = []
        for path in paths where path.hasPrefix("Properties.") {
            let rest = path.dropFirst("Properties.".count)
            for property in properties where rest == property || rest.hasPrefix(property + ".") || rest.hasPrefix(property + "[") {
                if !found.contains(property) { found.append(property) }
            }
        }
        return found
    }
}
