/// Invokes a Lambda function with a topic rule's messages (`Lambda` action), allowed by
/// an `AWS::Lambda::Permission` for `iot.amazonaws.com` from the rule's account and ARN,
/// placed under the function with ID `<unique ID of the rule>:IotLambdaFunctionAction`
/// (one per rule and function), as the CDK's `LambdaFunctionAction` does.
/// https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html
public struct LambdaFunctionAction: TopicRuleAction {
    public let function: Function

    public init(_ function: Function) {
        self.function = function
    }

    public func bind(to rule: TopicRule, scope: ConstructScope) -> JSONObject {
        scope.addGenerated(CfnResource(scope.uniqueID + ":IotLambdaFunctionAction", type: "AWS::Lambda::Permission", properties: [
            "Action": "lambda:InvokeFunction",
            "FunctionName": function.functionArn,
            "Principal": "iot.amazonaws.com",
            "SourceAccount": StackValue.account.value,
            "SourceArn": rule.ruleArn,
        ]), under: function)
        return ["Lambda": ["FunctionArn": function.functionArn]]
    }
}
