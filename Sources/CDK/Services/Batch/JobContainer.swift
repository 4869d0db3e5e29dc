/// The container an AWS Batch job runs: its image, vCPUs, memory, command and
/// environment, on EC2 or Fargate, with an execution role (child `ExecutionRole`,
/// allowed to write the job's logs to `/aws/batch/job`) unless one is given, as the CDK's
/// `EcsEc2ContainerDefinition` and `EcsFargateContainerDefinition`.
///
/// It is a construct, placed where the CDK app would create it (usually the stack), so
/// its role's logical IDs are the CDK's; a ``JobDefinition`` uses it.
public final class JobContainer: Construct {
    /// Where the job's container runs.
    public enum Platform: String {
        case ec2 = "EC2"
        case fargate = "FARGATE"
    }

    public let platform: Platform
    public let image: String
    /// vCPUs: whole numbers on EC2; 0.25, 0.5, 1, 2, 4, 8 or 16 on Fargate.
    public let cpu: Double
    public let memoryMiB: Int
    public let command: [String]?
    public let environment: [(name: String, value: String)]
    public let executionRole: Role
    private let ownsExecutionRole: Bool

    public init(
        _ id: String, platform: Platform, image: String, cpu: Double, memoryMiB: Int, command: [String]? = nil,
        environment: KeyValuePairs<String, String> = [:], executionRole: Role? = nil
    ) {
        self.platform = platform
        self.image = image
        self.cpu = cpu
        self.memoryMiB = memoryMiB
        self.command = command
        self.environment = environment.map { (name: $0.key, value: $0.value) }
        self.ownsExecutionRole = executionRole == nil
        self.executionRole = executionRole ?? Role("ExecutionRole", assumedBy: .service("ecs-tasks.amazonaws.com"))
        super.init(id)
    }

    public override var children: [Construct] { (ownsExecutionRole ? [executionRole] : []) + super.children }

    public override func prepare(_ scope: ConstructScope) {
        guard ownsExecutionRole else { return }
        scope.addStatement(PolicyStatement(
            actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
            resources: [StackValue.arn(service: "logs", resource: "log-group:/aws/batch/job:*")]), to: executionRole)
    }

    /// `ContainerProperties` of the job definition, members in alphabetical order.
    var containerProperties: JSONValue {
        var properties = JSONObject()
        if let command { properties["Command"] = .array(command.map(JSONValue.string)) }
        properties["Environment"] = .array(environment.map { ["Name": .string($0.name), "Value": .string($0.value)] })
        properties["ExecutionRoleArn"] = executionRole.roleArn
        if platform == .fargate { properties["FargatePlatformConfiguration"] = [:] }
        properties["Image"] = .string(image)
        if platform == .fargate { properties["NetworkConfiguration"] = ["AssignPublicIp": "DISABLED"] }
        properties["ReadonlyRootFilesystem"] = false
        properties["ResourceRequirements"] = [
            ["Type": "MEMORY", "Value": .string(String(memoryMiB))],
            ["Type": "VCPU", "Value": .string(cpu.rounded() == cpu ? String(Int(cpu)) : String(cpu))],
        ]
        if platform == .fargate { properties["RuntimePlatform"] = [:] }
        return .object(properties)
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        switch platform {
        case .fargate where ![0.25, 0.5, 1, 2, 4, 8, 16].contains(cpu):
            found.append(scope.error(
                "batch.container.cpu", "Fargate job containers take 0.25, 0.5, 1, 2, 4, 8 or 16 vCPUs, not \(cpu)",
                hint: "use one of the vCPU values Fargate offers"))
        case .ec2 where cpu < 1 || cpu.rounded() != cpu:
            found.append(scope.error(
                "batch.container.cpu", "EC2 job containers take a whole number of vCPUs, at least 1, not \(cpu)",
                hint: "use a whole number of vCPUs"))
        default:
            break
        }
        if memoryMiB < 4 {
            found.append(scope.error(
                "batch.container.memory", "job container memory of \(memoryMiB) MiB is too small; AWS Batch needs at least 4",
                hint: "give the container more memory"))
        }
        return found
    }
}
