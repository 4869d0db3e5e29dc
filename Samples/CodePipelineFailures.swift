import CDK

/// CodePipeline notifications, as in "Monitoring CodePipeline events": failed Deploy
/// and Build actions in any pipeline to an SNS topic, with messages built from event
/// fields, and one pipeline's state changes to a Lambda function.
/// Same stack and construct IDs as the CDK reference app `codepipeline_failures.py`.
func codePipelineFailures() -> App {
    let topic = Topic("PipelineAlerts")
    let handler = Function(
        "PipelineStateHandler", runtime: "python3.12", handler: "index.handler",
        inlineCode: "def handler(event, context):\n    print(event['detail']['pipeline'], event['detail']['state'])\n")
    let failureText: InputText = """
        The \(CodePipelineEvents.Field.category) action \(CodePipelineEvents.Field.action) in stage \
        \(CodePipelineEvents.Field.stage) of pipeline \(CodePipelineEvents.Field.pipeline) has \
        \(CodePipelineEvents.Field.state) (execution \(CodePipelineEvents.Field.executionID), \
        account \(EventField.account), region \(EventField.region), at \(EventField.time)).
        """
    let summary: InputText = """
        Pipeline: \(CodePipelineEvents.Field.pipeline)
        Event id: \(EventField.eventID)
        Detail type: \(EventField.detailType)
        Source: \(EventField.source)
        """
    return App {
        Stack("CodePipelineFailures") {
            topic
            Rule(
                "FailedDeployAndBuildActions",
                description: "Failed Deploy and Build actions in any pipeline",
                eventPattern: CodePipelineEvents.actionExecutionStateChange(states: [.failed], categories: [.deploy, .build])
            ) {
                SnsTopic(topic, message: .text(failureText))
                SnsTopic(topic, message: .multilineText(summary))
            }
            handler
            Rule(
                "MyPipelineStateChange",
                eventPattern: CodePipelineEvents.pipelineExecutionStateChange(
                    pipelines: ["myPipeline"], states: [.started, .succeeded, .failed])
            ) {
                LambdaFunction(handler)
            }
        }
    }
}
