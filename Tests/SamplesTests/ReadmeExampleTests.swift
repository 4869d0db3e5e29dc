import CDK
import CDKAssertions
import Testing

/// The README's EventBridge example, kept compiling and synthesizing.
@Suite struct ReadmeExampleTests {
    func app() -> App {
        let alerts = Topic("Alerts", displayName: "Pipeline alerts")
        let failures = Queue("Failures", retentionPeriodSeconds: 4 * 24 * 3600)
        let deadLetters = Queue("FailuresDLQ")
        return App {
            Stack("Events") {
                alerts
                failures
                deadLetters
                EventBus("Orders", description: "order events") {
                    Archive("Everything", eventPattern: EventPattern(source: ["com.example.orders"]), retentionDays: 30)
                }
                Rule(
                    "FailedActions",
                    description: "Failed Deploy and Build actions in any pipeline",
                    eventPattern: EventPattern(
                        source: ["aws.codepipeline"],
                        detailType: ["CodePipeline Action Execution State Change"],
                        detail: ["state": ["FAILED"], "type": ["category": ["Deploy", "Build"]]])
                ) {
                    SnsTopic(alerts, message: .text("Pipeline \(EventField.path("$.detail.pipeline")) failed at \(EventField.time)"))
                    SqsQueue(failures, deadLetterQueue: deadLetters, retryAttempts: 3, maxEventAgeSeconds: 7200)
                }
                Rule("Nightly", enabled: false, schedule: .cron(minute: "0", hour: "4"))
            }
        }
    }

    @Test func exampleSynthesizesWithItsPermissions() throws {
        let template = try TemplateAssertions(stack: "Events", in: app())
        try template.resourceCount(is: 2, type: "AWS::Events::Rule")
        try template.resourceCount(is: 1, type: "AWS::Events::Archive")
        try template.resourceCount(is: 1, type: "AWS::SNS::TopicPolicy")
        try template.resourceCount(is: 2, type: "AWS::SQS::QueuePolicy")
        try template.hasResourceProperties("AWS::Events::Rule", ["ScheduleExpression": "cron(0 4 * * ? *)", "State": "DISABLED"])
    }
}
