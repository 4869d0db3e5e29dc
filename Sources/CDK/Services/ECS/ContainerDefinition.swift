/// One container of an ECS task definition: an image from a registry, its resources,
/// command and environment. Renders one entry of the task definition's
/// `ContainerDefinitions`, as the CDK's `addContainer` does (`Essential` is `true`
/// unless said otherwise).
///
/// ```swift
/// ContainerDefinition("App", image: "amazon/amazon-ecs-sample", memoryLimitMiB: 256,
///                     environment: ["STAGE": "prod"])
/// ```
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
public struct ContainerDefinition: Equatable {
    public let name: String
    /// The image, as `repository[:tag]` or `registry/repository[:tag]` (the CDK's
    /// `ContainerImage.fromRegistry`).
    public let image: String
    /// The hard memory limit, in MiB (`Memory`).
    public let memoryLimitMiB: Int?
    /// The soft memory limit, in MiB (`MemoryReservation`).
    public let memoryReservationMiB: Int?
    /// CPU units reserved for the container (1024 is one vCPU).
    public let cpu: Int?
    public let command: [String]?
    /// Environment variables, in the order written.
    public let environment: [(name: String, value: String)]
    public let essential: Bool

    public init(
        _ name: String, image: String, memoryLimitMiB: Int? = nil, memoryReservationMiB: Int? = nil, cpu: Int? = nil,
        command: [String]? = nil, environment: KeyValuePairs<String, String> = [:], essential: Bool = true
    ) {
        self.name = name
        self.image = image
        self.memoryLimitMiB = memoryLimitMiB
        self.memoryReservationMiB = memoryReservationMiB
        self.cpu = cpu
        self.command = command
        self.environment = environment.map { (name: $0.key, value: $0.value) }
        self.essential = essential
    }

    public static func == (lhs: ContainerDefinition, rhs: ContainerDefinition) -> Bool {
        lhs.name == rhs.name && lhs.image == rhs.image && lhs.memoryLimitMiB == rhs.memoryLimitMiB
            && lhs.memoryReservationMiB == rhs.memoryReservationMiB && lhs.cpu == rhs.cpu && lhs.command == rhs.command
            && lhs.environment.elementsEqual(rhs.environment) { $0 == $1 } && lhs.essential == rhs.essential
    }

    /// The entry of `ContainerDefinitions`, members in alphabetical order.
    var json: JSONValue {
        var entry = JSONObject()
        if let command { entry["Command"] = .array(command.map(JSONValue.string)) }
        if let cpu { entry["Cpu"] = .integer(cpu) }
        if !environment.isEmpty {
            entry["Environment"] = .array(environment.map { ["Name": .string($0.name), "Value": .string($0.value)] })
        }
        entry["Essential"] = .bool(essential)
        entry["Image"] = .string(image)
        if let memoryLimitMiB { entry["Memory"] = .integer(memoryLimitMiB) }
        if let memoryReservationMiB { entry["MemoryReservation"] = .integer(memoryReservationMiB) }
        entry["Name"] = .string(name)
        return .object(entry)
    }
}
