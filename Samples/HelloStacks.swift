import CDK

/// Two stacks of one environment built only from L1 resources: the consumer's
/// subscription uses the producer's queue ARN, so synthesis exports it from the
/// producer, imports it in the consumer, and makes the consumer depend on the producer.
func helloStacks() -> App {
    let env = Environment.aws(account: "123456789012", region: "us-east-1")
    let queue = CfnResource("Queue", type: "AWS::SQS::Queue", properties: ["MessageRetentionPeriod": 1_209_600])
    return App {
        Stack("Producer", env: env, description: "Owns the queue that the consumer stack subscribes to") {
            queue
            CfnOutput("QueueUrl", value: queue.ref, description: "URL of the queue")
        }
        Stack("Consumer", env: env) {
            let topic = CfnResource("Topic", type: "AWS::SNS::Topic", properties: ["DisplayName": "Hello from swift-cdk"])
            topic
            CfnResource("Subscription", type: "AWS::SNS::Subscription", properties: [
                "Protocol": "sqs",
                "TopicArn": topic.ref,
                "Endpoint": queue.getAtt("Arn"),
                "RawMessageDelivery": true,
            ])
            CfnOutput("TopicArn", value: topic.ref, exportName: "HelloTopicArn")
        }
    }
}
