import CDK
import Testing
@testable import SynthCommand

/// The README's app, without `@main` (a test bundle has its own entry point).
struct Infra: CloudApp {
    let env = Environment.aws(account: "123456789012", region: "us-east-1")
    let queue = CfnResource("Queue", type: "AWS::SQS::Queue", properties: ["MessageRetentionPeriod": 1_209_600])

    var body: App {
        App {
            Stack("Producer", env: env) {
                queue
                CfnOutput("QueueUrl", value: queue.ref)
            }
            Stack("Consumer", env: env) {
                let topic = CfnResource("Topic", type: "AWS::SNS::Topic")
                topic
                CfnResource("Subscription", type: "AWS::SNS::Subscription", properties: [
                    "Protocol": "sqs", "TopicArn": topic.ref, "Endpoint": queue.getAtt("Arn"),
                ])
            }
        }
    }
}

@Suite struct CloudAppTests {
    @Test func readmeAppListsItsStacksInDeploymentOrder() {
        let capture = Capture()
        #expect(SynthCommand.run(app: { Infra().body }, arguments: ["list"], console: capture.console) == 0)
        #expect(capture.out == [
            "Producer  aws://123456789012/us-east-1",
            "Consumer  aws://123456789012/us-east-1  depends on: Producer",
        ])
    }
}
