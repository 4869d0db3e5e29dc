/// A task definition known by ARN, placed in a stack so that the role EventBridge
/// assumes to run it has a place, as the CDK's imported task definitions. Renders nothing
/// itself.
public final class ImportedTaskDefinition: Construct, TaskDefinitionReference {
    public let taskDefinitionArn: JSONValue
    public let compatibility: TaskDefinition.Compatibility
    public let networkMode: TaskDefinition.NetworkMode
    public let taskRoleArn: JSONValue?
    public let executionRoleArn: JSONValue?

    init(
        _ id: String, taskDefinitionArn: JSONValue, compatibility: TaskDefinition.Compatibility,
        networkMode: TaskDefinition.NetworkMode, taskRoleArn: JSONValue?, executionRoleArn: JSONValue?
    ) {
        self.taskDefinitionArn = taskDefinitionArn
        self.compatibility = compatibility
        self.networkMode = networkMode
        self.taskRoleArn = taskRoleArn
        self.executionRoleArn = executionRoleArn
        super.init(id)
    }
}
