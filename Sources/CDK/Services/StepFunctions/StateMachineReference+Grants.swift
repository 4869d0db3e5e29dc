extension StateMachineReference {
    /// Lets `grantee` start executions of this state machine: `states:StartExecution` on
    /// its ARN in the grantee's policy, as the CDK's `grantStartExecution`.
    public func grantStartExecution(to grantee: Grantable) {
        grantee.addToPrincipalPolicy(PolicyStatement(actions: ["states:StartExecution"], resources: [stateMachineArn]))
    }
}
