/// What an ECS task target changes in one container of the task for a run: its
/// command, environment and resources. Values may embed ``EventField``s, which
/// EventBridge fills in from the event (`"\(EventField.path("$.detail.id"))"`).
///
/// Rendered into the target's input as ECS's `ContainerOverride`, members in the order
/// the CDK writes them (`name`, `command`, `cpu`, `environment`, `memory`,
/// `memoryReservation`). The CDK writes the memory limit as `memoryLimit`, a key ECS
/// does not know; swift-cdk writes `memory`.
/// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerOverride.html
public struct ContainerOverride {
    public let containerName: String
    public let command: [InputText]?
    public let environment: [(name: String, value: InputText)]?
    /// CPU units for the container.
    public let cpu: Int?
    /// The hard memory limit in MiB.
    public let memoryLimit: Int?
    /// The soft memory limit in MiB.
    public let memoryReservation: Int?

    public init(
        containerName: String, command: [InputText]? = nil, environment: KeyValuePairs<String, InputText>? = nil,
        cpu: Int? = nil, memoryLimit: Int? = nil, memoryReservation: Int? = nil
    ) {
        self.containerName = containerName
        self.command = command
        self.environment = environment.map { pairs in pairs.map { (name: $0.key, value: $0.value) } }
        self.cpu = cpu
        self.memoryLimit = memoryLimit
        self.memoryReservation = memoryReservation
    }

    var json: JSONValue {
        var object: JSONObject = ["name": .string(containerName)]
        if let command { object["command"] = .array(command.map(JSONValue.text)) }
        if let cpu { object["cpu"] = .integer(cpu) }
        if let environment {
            object["environment"] = .array(environment.map { ["name": .string($0.name), "value": .text($0.value)] })
        }
        if let memoryLimit { object["memory"] = .integer(memoryLimit) }
        if let memoryReservation { object["memoryReservation"] = .integer(memoryReservation) }
        return .object(object)
    }
}
