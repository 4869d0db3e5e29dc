/// An ECS task definition a rule can run: one of this app's `TaskDefinition`s, or an
/// imported one (``TaskDefinition/imported(_:arn:compatibility:networkMode:taskRoleArn:executionRoleArn:)``).
///
/// It is a construct because the role EventBridge assumes to run it is placed under it,
/// as in the CDK.
public protocol TaskDefinitionReference: Construct {
    var taskDefinitionArn: JSONValue { get }
    var compatibility: TaskDefinition.Compatibility { get }
    var networkMode: TaskDefinition.NetworkMode { get }
    /// The role the task's containers use; `nil` when there is none or it is not known.
    var taskRoleArn: JSONValue? { get }
    /// The role ECS uses to start the task (pull images, write logs); `nil` when none.
    var executionRoleArn: JSONValue? { get }
}

/// Renders an `AWS::ECS::TaskDefinition` and its task role (child `TaskRole`, assumed by
/// `ecs-tasks.amazonaws.com`) unless one is given, as the CDK's `TaskDefinition`.
///
/// ```swift
/// TaskDefinition("TaskDef", compatibility: .fargate, cpu: "256", memoryMiB: "512") {
///     ContainerDefinition("App", image: "amazon/amazon-ecs-sample", memoryLimitMiB: 256)
/// }
/// ```
///
/// `Family` defaults to a name unique in the app (`StackTaskDef1A2B3C4D`); the network
/// mode to `awsvpc` for a Fargate-compatible task and `bridge` otherwise. Validated at
/// synthesis: at least one container with distinct names, CPU and memory for Fargate
/// (in a combination Fargate offers), `awsvpc` for Fargate, a memory limit for each
/// container of an EC2 task without task memory, and the family's characters.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html
public final class TaskDefinition: Construct, TaskDefinitionReference {
    /// Where the task can run.
    public enum Compatibility: Equatable {
        case ec2, fargate, ec2AndFargate

        public var isEc2Compatible: Bool { self != .fargate }
        public var isFargateCompatible: Bool { self != .ec2 }

        var requiresCompatibilities: [JSONValue] {
            switch self {
            case .ec2: return ["EC2"]
            case .fargate: return ["FARGATE"]
            case .ec2AndFargate: return ["EC2", "FARGATE"]
            }
        }
    }

    /// How the task's containers are networked.
    public enum NetworkMode: String, Equatable {
        case none
        case bridge
        case awsVpc = "awsvpc"
        case host
    }

    public let resource: CfnResource
    public let compatibility: Compatibility
    public let networkMode: NetworkMode
    /// Task CPU units, as ECS writes them (`"256"`, `"1024"`, or `"1 vCPU"`).
    public let cpu: String?
    /// Task memory in MiB, as ECS writes it (`"512"`, or `"1 GB"`).
    public let memoryMiB: String?
    public let family: String?
    public let taskRole: Role
    public let executionRole: Role?
    public private(set) var containers: [ContainerDefinition]
    private let ownsTaskRole: Bool

    public init(
        _ id: String, compatibility: Compatibility, cpu: String? = nil, memoryMiB: String? = nil,
        networkMode: NetworkMode? = nil, family: String? = nil, taskRole: Role? = nil, executionRole: Role? = nil,
        @ContainerBuilder containers: () -> [ContainerDefinition] = { [] }
    ) {
        self.compatibility = compatibility
        self.networkMode = networkMode ?? (compatibility.isFargateCompatible ? .awsVpc : .bridge)
        self.cpu = cpu
        self.memoryMiB = memoryMiB
        self.family = family
        self.ownsTaskRole = taskRole == nil
        self.taskRole = taskRole ?? Role("TaskRole", assumedBy: .service("ecs-tasks.amazonaws.com"))
        self.executionRole = executionRole
        self.containers = containers()
        self.resource = CfnResource("Resource", type: "AWS::ECS::TaskDefinition")
        super.init(id)
    }

    public override var children: [Construct] { (ownsTaskRole ? [taskRole] : []) + [resource] + super.children }

    /// The task definition's ARN, with its revision (its `Ref`).
    public var taskDefinitionArn: JSONValue { resource.ref }
    public var taskRoleArn: JSONValue? { taskRole.roleArn }
    public var executionRoleArn: JSONValue? { executionRole?.roleArn }

    /// Adds a container, as the CDK's `addContainer`.
    public func addContainer(_ container: ContainerDefinition) {
        containers.append(container)
    }

    /// A task definition known by ARN, as the CDK's `TaskDefinition.fromTaskDefinitionAttributes`.
    /// Place it in a stack: the role EventBridge assumes to run it is created under it.
    /// The network mode defaults as for a declared task definition.
    public static func imported(
        _ id: String, arn: String, compatibility: Compatibility, networkMode: NetworkMode? = nil,
        taskRoleArn: String? = nil, executionRoleArn: String? = nil
    ) -> ImportedTaskDefinition {
        ImportedTaskDefinition(
            id, taskDefinitionArn: .string(arn), compatibility: compatibility,
            networkMode: networkMode ?? (compatibility.isFargateCompatible ? .awsVpc : .bridge),
            taskRoleArn: taskRoleArn.map(JSONValue.string), executionRoleArn: executionRoleArn.map(JSONValue.string))
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties: JSONObject = ["ContainerDefinitions": .array(containers.map(\.json))]
        if let cpu { properties["Cpu"] = .string(cpu) }
        if let executionRole { properties["ExecutionRoleArn"] = executionRole.roleArn }
        properties["Family"] = .string(family ?? scope.uniqueID)
        if let memoryMiB { properties["Memory"] = .string(memoryMiB) }
        properties["NetworkMode"] = .string(networkMode.rawValue)
        properties["RequiresCompatibilities"] = .array(compatibility.requiresCompatibilities)
        properties["TaskRoleArn"] = taskRole.roleArn
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        declarationDiagnostics(scope)
    }
}
