/// Runs an ECS task for each of a rule's events, with the role EventBridge assumes: the
/// given `role`, or the task definition's `EventsRole`, shared by every rule that runs
/// it, as the CDK's `EcsTask` target does.
///
/// ```swift
/// Rule("Nightly", schedule: .cron(minute: "0", hour: "4")) {
///     EcsTask(cluster: cluster, taskDefinition: taskDefinition, platformVersion: .version1_4,
///             containerOverrides: [ContainerOverride(containerName: "App", environment: ["TRIGGER": "schedule"])])
/// }
/// ```
///
/// The role is allowed `ecs:RunTask` on the task definition (on any revision of an
/// imported ARN without one) in the cluster, `ecs:TagResource` on the cluster's tasks,
/// and `iam:PassRole` on the execution role and, for a Fargate-compatible task, on the
/// task role. The target entry has `EcsParameters` and always an input: the overrides,
/// or `{}`. An `awsvpc` task gets a network configuration: the cluster VPC's subnets of
/// `subnetSelection` (private by default), a public IP only in public subnets, and the
/// `securityGroups`, or else the task definition's `SecurityGroup` (made on first use).
///
/// Validated at synthesis: a task count from 1 to 10 (ECS starts at most 10 tasks per
/// `RunTask` call, so a larger count fails every run), a public IP only in public
/// subnets and on Fargate, a platform version only on Fargate, ephemeral storage of
/// 20–200 GiB, subnets of the selected kind, a VPC for an `awsvpc` task, and a Fargate
/// launch only for a Fargate-compatible task definition.
/// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_EcsParameters.html
public struct EcsTask: RuleTarget {
    /// How the task is launched.
    public enum LaunchType: String {
        case ec2 = "EC2"
        case fargate = "FARGATE"
        case external = "EXTERNAL"
    }

    public let cluster: ClusterReference
    public let taskDefinition: TaskDefinitionReference
    public let taskCount: Int
    public let role: Role?
    /// The launch type; `EC2` for an EC2-compatible task definition, else `FARGATE`.
    public let launchType: LaunchType?
    public let platformVersion: FargatePlatformVersion?
    public let subnetSelection: SubnetSelection?
    /// Whether the task gets a public IP; by default, when it runs in public subnets.
    public let assignPublicIp: Bool?
    public let securityGroups: [SecurityGroupReference]?
    public let containerOverrides: [ContainerOverride]?
    /// Task CPU and memory for the run, as ECS writes them (`"512"`).
    public let cpu: String?
    public let memory: String?
    public let ephemeralStorageGiB: Int?
    /// Roles for the run instead of the task definition's.
    public let executionRoleArn: JSONValue?
    public let taskRoleArn: JSONValue?
    /// Whether the task gets the task definition's tags (`PropagateTags: TASK_DEFINITION`).
    public let propagateTags: Bool
    public let tags: [(key: String, value: String)]
    public let enableExecuteCommand: Bool?
    public let options: TargetOptions

    public init(
        cluster: ClusterReference, taskDefinition: TaskDefinitionReference, taskCount: Int = 1, role: Role? = nil,
        launchType: LaunchType? = nil, platformVersion: FargatePlatformVersion? = nil,
        subnetSelection: SubnetSelection? = nil, assignPublicIp: Bool? = nil, securityGroups: [SecurityGroupReference]? = nil,
        containerOverrides: [ContainerOverride]? = nil, cpu: String? = nil, memory: String? = nil, ephemeralStorageGiB: Int? = nil,
        executionRoleArn: JSONValue? = nil, taskRoleArn: JSONValue? = nil,
        propagateTags: Bool = false, tags: KeyValuePairs<String, String> = [:], enableExecuteCommand: Bool? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.cluster = cluster
        self.taskDefinition = taskDefinition
        self.taskCount = taskCount
        self.role = role
        self.launchType = launchType
        self.platformVersion = platformVersion
        self.subnetSelection = subnetSelection
        self.assignPublicIp = assignPublicIp
        self.securityGroups = securityGroups
        self.containerOverrides = containerOverrides
        self.cpu = cpu
        self.memory = memory
        self.ephemeralStorageGiB = ephemeralStorageGiB
        self.executionRoleArn = executionRoleArn
        self.taskRoleArn = taskRoleArn
        self.propagateTags = propagateTags
        self.tags = tags.map { (key: $0.key, value: $0.value) }
        self.enableExecuteCommand = enableExecuteCommand
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    /// The subnets the task runs in: private ones unless said otherwise.
    var selection: SubnetSelection { subnetSelection ?? .type(.privateWithEgress) }
    var effectiveLaunchType: LaunchType {
        launchType ?? (taskDefinition.compatibility.isEc2Compatible ? .ec2 : .fargate)
    }
    var publicIp: Bool { assignPublicIp ?? (selection.subnetType == .public) }

    public var targetResource: Construct? { taskDefinition }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        let role = role ?? scope.eventsRole(under: taskDefinition, targetKind: "ECS task")
        if let role {
            for statement in policyStatements { scope.addStatement(statement, to: role) }
        }
        var parameters: JSONObject = ["TaskCount": .integer(taskCount), "TaskDefinitionArn": taskDefinition.taskDefinitionArn]
        if propagateTags { parameters["PropagateTags"] = "TASK_DEFINITION" }
        if !tags.isEmpty { parameters["TagList"] = .array(tags.map { ["Key": .string($0.key), "Value": .string($0.value)] }) }
        if let enableExecuteCommand { parameters["EnableExecuteCommand"] = .bool(enableExecuteCommand) }
        if taskDefinition.networkMode == .awsVpc {
            parameters["LaunchType"] = .string(effectiveLaunchType.rawValue)
            if let platformVersion { parameters["PlatformVersion"] = .string(platformVersion.rawValue) }
            parameters["NetworkConfiguration"] = ["AwsVpcConfiguration": [
                "AssignPublicIp": publicIp ? "ENABLED" : "DISABLED",
                "SecurityGroups": .array(taskSecurityGroups(scope).map(\.securityGroupID)),
                "Subnets": .array((selection.subnetIDs(in: cluster.vpc) ?? []).map(JSONValue.string)),
            ]]
        }
        return RuleTargetConfig(
            arn: cluster.clusterArn, roleArn: role?.roleArn, input: input, options: options,
            parameters: ["EcsParameters": .object(parameters.sortedByKey())])
    }

    /// The given groups, or the task definition's own `SecurityGroup` in the cluster's VPC.
    private func taskSecurityGroups(_ scope: ConstructScope) -> [SecurityGroupReference] {
        if let securityGroups { return securityGroups }
        guard let vpc = cluster.vpc,
              let group = scope.singleton("SecurityGroup", under: taskDefinition, make: { SecurityGroup("SecurityGroup", vpc: vpc) })
        else { return [] }
        return [group]
    }

    /// What the role needs, as the CDK grants it.
    var policyStatements: [PolicyStatement] {
        var runTaskResource = taskDefinition.taskDefinitionArn
        if case let .string(arn) = runTaskResource, !Self.endsWithRevision(arn) {
            runTaskResource = .string(arn + ":*")
        }
        var statements = [
            PolicyStatement(actions: ["ecs:RunTask"], resources: [runTaskResource],
                            conditions: ["ArnEquals": ["ecs:cluster": cluster.clusterArn]]),
            PolicyStatement(actions: ["ecs:TagResource"], resources: [.join("", [
                "arn:", StackValue.partition.value, ":ecs:", StackValue.region.value, ":*:task/", cluster.clusterName, "/*",
            ])]),
        ]
        if let executionRoleArn = taskDefinition.executionRoleArn {
            statements.append(PolicyStatement(actions: ["iam:PassRole"], resources: [executionRoleArn]))
        }
        if taskDefinition.compatibility.isFargateCompatible, let taskRoleArn = taskDefinition.taskRoleArn {
            statements.append(PolicyStatement(actions: ["iam:PassRole"], resources: [taskRoleArn]))
        }
        return statements
    }

    private static func endsWithRevision(_ arn: String) -> Bool {
        guard let colon = arn.lastIndex(of: ":") else { return false }
        let revision = arn[arn.index(after: colon)...]
        return !revision.isEmpty && revision.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The task overrides EventBridge passes to `RunTask`: `{}` without overrides.
    var input: RuleTargetInput {
        var object = JSONObject()
        if let containerOverrides { object["containerOverrides"] = .array(containerOverrides.map(\.json)) }
        if let cpu { object["cpu"] = .string(cpu) }
        if let ephemeralStorageGiB { object["ephemeralStorage"] = ["sizeInGiB": .integer(ephemeralStorageGiB)] }
        if let executionRoleArn { object["executionRole"] = executionRoleArn }
        if let memory { object["memory"] = .string(memory) }
        if let taskRoleArn { object["taskRole"] = taskRoleArn }
        return .object(.object(object))
    }
}
