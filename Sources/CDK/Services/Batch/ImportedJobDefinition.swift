/// A job definition known by ARN, placed in a stack so that the role EventBridge
/// assumes to submit jobs has a place. Renders nothing itself.
public final class ImportedJobDefinition: Construct, JobDefinitionReference {
    public let jobDefinitionArn: JSONValue

    init(_ id: String, jobDefinitionArn: JSONValue) {
        self.jobDefinitionArn = jobDefinitionArn
        super.init(id)
    }
}
