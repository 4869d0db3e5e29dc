import CDK

/// AWS Proton template and environment failures to an SQS queue, with a dead-letter
/// queue and retry settings, as in "Monitoring AWS Proton with EventBridge".
/// Same stack and construct IDs as the CDK reference app `proton_events.py`.
func protonEvents() -> App {
    let queue = Queue("ProtonFailures", retentionPeriodSeconds: 4 * 24 * 3600)
    let deadLetters = Queue("ProtonFailuresDLQ")
    return App {
        Stack("ProtonEvents") {
            queue
            deadLetters
            Rule(
                "ProtonStatusFailures",
                eventPattern: EventPattern(
                    source: ["aws.proton"],
                    detailType: ["AWS Proton Service Template Status Change", "AWS Proton Environment Status Change"],
                    detail: ["status": ["REGISTRATION_FAILED", "DELETE_FAILED"]])
            ) {
                SqsQueue(queue, deadLetterQueue: deadLetters, retryAttempts: 3, maxEventAgeSeconds: 2 * 3600)
            }
        }
    }
}
