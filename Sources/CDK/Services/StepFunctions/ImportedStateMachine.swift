/// A state machine known by ARN, placed in a stack so that the role EventBridge assumes
/// to start it has a place. Renders nothing itself.
public final class ImportedStateMachine: Construct, StateMachineReference {
    public let stateMachineArn: JSONValue

    init(_ id: String, stateMachineArn: JSONValue) {
        self.stateMachineArn = stateMachineArn
        super.init(id)
    }
}
