import CDK

/// AWS Proton template and environment failures to an SQS queue, with a dead-letter
/// queue and retry settings, as in "Monitoring AWS Proton with EventBridge". The two
/// typed patterns merge into the one the reference app writes by hand.
/// Same stack and construct IDs as the CDK reference app `proton_events.py`.
func protonEvents() -> App {
    let queue = Queue("ProtonFailures", retentionPeriodSeconds: 4 * 24 * 3600)
    let deadLetters = Queue("ProtonFailuresDLQ")
    return App {
        Stack("ProtonEvents") {
            queue
            deadLetters
            Rule("ProtonStatusFailures") {
                ProtonEvents.serviceTemplateStatusChange(status: [.registrationFailed])
                ProtonEvents.environmentStatusChange(status: [.deleteFailed])
                SqsQueue(queue, deadLetterQueue: deadLetters, retryAttempts: 3, maxEventAgeSeconds: 2 * 3600)
            }
        }
    }
}
