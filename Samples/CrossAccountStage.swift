import CDK

/// Orders placed in one account reach a Lambda function in another account, in two
/// stages of one app (Beta and Prod). Each stage's rule forwards matching events to
/// the processing account's default bus; a mirror rule there invokes the function,
/// whose permission is in its own account; a generated stack in the stage lets the
/// orders account put events on that bus.
///
/// What the CDK cannot do: its permission stack sits at the app's root, so a rule in
/// a stage fails to synthesize (the dependency would cross the stage boundary), and
/// it would put the function's permission in the orders account (aws-cdk#13568).
func crossAccountStage() -> App {
    App {
        for stage in ["Beta", "Prod"] {
            orderStage(stage, region: stage == "Beta" ? "us-east-2" : "us-east-1")
        }
    }
}

private func orderStage(_ id: String, region: String) -> Stage {
    let processor = Function(
        "ProcessOrder", runtime: "python3.12", handler: "index.handler",
        inlineCode: "def handler(event, context):\n    print(event['detail'])\n")
    return Stage(id, env: .aws(region: region)) {
        Stack("Orders", env: .aws(account: "111111111111")) {
            Rule("OrderPlaced", description: "Orders placed in the shop",
                 eventPattern: EventPattern(source: ["com.example.shop"], detailType: ["Order Placed"])) {
                LambdaFunction(processor, retryAttempts: 4)
            }
        }
        Stack("Processing", env: .aws(account: "222222222222")) {
            processor
        }
    }
}
