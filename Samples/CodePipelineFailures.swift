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
        The \(EventField.path("$.detail.type.category")) action \(EventField.path("$.detail.action")) in stage \
        \(EventField.path("$.detail.stage")) of pipeline \(EventField.path("$.detail.pipeline")) has \
        \(EventField.path("$.detail.state")) (execution \(EventField.path("$.detail.execution-id")), \
        account \(EventField.account), region \(EventField.region), at \(EventField.time)).
        """
    let summary: InputText = """
        Pipeline: \(EventField.path("$.detail.pipeline"))
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
                eventPattern: EventPattern(
                    source: ["aws.codepipeline"],
                    detailType: ["CodePipeline Action Execution State Change"],
                    detail: ["state": ["FAILED"], "type": ["category": ["Deploy", "Build"]]])
            ) {
                SnsTopic(topic, message: .text(failureText))
                SnsTopic(topic, message: .multilineText(summary))
            }
            handler
            Rule(
                "MyPipelineStateChange",
                eventPattern: EventPattern(
                    source: ["aws.codepipeline"],
                    detailType: ["CodePipeline Pipeline Execution State Change"],
                    detail: ["pipeline": ["myPipeline"], "state": ["STARTED", "SUCCEEDED", "FAILED"]])
            ) {
                LambdaFunction(handler)
            }
        }
    }
}
