/// An AWS Batch job definition a rule can submit: one of this app's `JobDefinition`s,
/// or one imported by ARN. It is a construct because the role EventBridge assumes to
/// submit jobs is placed under it, as in the CDK.
public protocol JobDefinitionReference: Construct {
    var jobDefinitionArn: JSONValue { get }
}

/// Renders an `AWS::Batch::JobDefinition` of type `container` for a ``JobContainer``, as
/// the CDK's `EcsJobDefinition` (an empty `Timeout`, `RetryStrategy` with the attempts
/// when given, the platform of the container).
///
/// ```swift
/// let container = JobContainer("Container", platform: .fargate, image: "busybox", cpu: 0.5, memoryMiB: 1024)
/// JobDefinition("JobDef", container: container, retryAttempts: 3)
/// ```
///
/// Validated at synthesis: 1 to 10 retry attempts, the name's characters.
/// https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html
public final class JobDefinition: Construct, JobDefinitionReference {
    public let resource: CfnResource
    public let container: JobContainer
    public let jobDefinitionName: String?
    public let retryAttempts: Int?

    public init(_ id: String, container: JobContainer, jobDefinitionName: String? = nil, retryAttempts: Int? = nil) {
        self.container = container
        self.jobDefinitionName = jobDefinitionName
        self.retryAttempts = retryAttempts
        self.resource = CfnResource("Resource", type: "AWS::Batch::JobDefinition")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    /// The job definition's ARN, with its revision (its `Ref`).
    public var jobDefinitionArn: JSONValue { resource.ref }

    /// A job definition known by ARN, as the CDK's `EcsJobDefinition.fromJobDefinitionArn`.
    /// Place it in a stack: the role EventBridge assumes to submit jobs is created under it.
    public static func imported(_ id: String, arn: String) -> ImportedJobDefinition {
        ImportedJobDefinition(id, jobDefinitionArn: .string(arn))
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties: JSONObject = ["ContainerProperties": container.containerProperties]
        if let jobDefinitionName { properties["JobDefinitionName"] = .string(jobDefinitionName) }
        properties["PlatformCapabilities"] = [.string(container.platform.rawValue)]
        properties["RetryStrategy"] = .object(retryAttempts.map { ["Attempts": .integer($0)] } ?? [:])
        properties["Timeout"] = [:]
        properties["Type"] = "container"
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if let retryAttempts, !(1...10).contains(retryAttempts) {
            found.append(scope.error(
                "batch.jobDefinition.retryAttempts", "job definition retry attempts of \(retryAttempts) are out of range; AWS Batch allows 1 to 10",
                hint: "use 1 to 10 attempts"))
        }
        if let jobDefinitionName, !(1...128).contains(jobDefinitionName.count) || !jobDefinitionName.isAlphanumeric(allowing: "-_") {
            found.append(scope.error(
                "batch.jobDefinition.name.invalid", "job definition name '\(jobDefinitionName)' must be 1 to 128 letters, digits, '-' or '_'",
                hint: "remove the other characters from the name"))
        }
        return found
    }
}
