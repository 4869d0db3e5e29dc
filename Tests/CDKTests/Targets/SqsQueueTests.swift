import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (spec §10.1–10.2 and the
// proton_events reference app).
/// The logical ID of the element at these IDs below its stack.
func logicalID(_ components: String...) -> String {
    UniqueID.logicalID(components) ?? ""
}

@Suite struct SqsQueueTests {
    @Test func queuePolicyAllowsEachRuleAsTheSource() throws {
        let queue = Queue("Queue")
        let app = App {
            Stack("Stack") {
                queue
                Rule("A", schedule: .rate(.hours(1))) { SqsQueue(queue) }
                Rule("B", schedule: .rate(.hours(1))) { SqsQueue(queue) }
            }
        }
        let policy = try #require(try properties(logicalID("Queue", "Policy", "Resource"), in: app))
        let statements = try #require(policy["PolicyDocument"]?["Statement"]?.arrayValue)
        #expect(statements.count == 2)
        #expect(statements.first == [
            "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
            "Condition": ["ArnEquals": ["aws:SourceArn": .getAtt(logicalID("A", "Resource"), "Arn")]],
            "Effect": "Allow", "Principal": ["Service": "events.amazonaws.com"],
            "Resource": .getAtt(logicalID("Queue", "Resource"), "Arn"),
        ])
        #expect(policy["Queues"] == [.ref(logicalID("Queue", "Resource"))])
    }

    @Test func deadLetterQueueGetsAStatementNamedAfterTheRule() throws {
        let queue = Queue("ProtonFailures")
        let dlq = Queue("ProtonFailuresDLQ")
        let app = App {
            Stack("ProtonEvents") {
                queue
                dlq
                Rule("ProtonStatusFailures", schedule: .rate(.hours(1))) {
                    SqsQueue(queue, deadLetterQueue: dlq, retryAttempts: 3, maxEventAgeSeconds: 7200)
                }
            }
        }
        let policy = try properties("ProtonFailuresDLQPolicy0C4F9C23", in: app)
        #expect(policy?["PolicyDocument"]?["Statement"]?.arrayValue?.first?["Sid"] == "AllowEventRuleProtonEventsProtonStatusFailuresA30115AB")
        let rule = try properties("ProtonStatusFailuresBE24A87D", in: app)
        #expect(rule?["Targets"] == [[
            "Arn": ["Fn::GetAtt": ["ProtonFailures4481C100", "Arn"]],
            "DeadLetterConfig": ["Arn": ["Fn::GetAtt": ["ProtonFailuresDLQ6AA5347A", "Arn"]]],
            "Id": "Target0",
            "RetryPolicy": ["MaximumEventAgeInSeconds": 7200, "MaximumRetryAttempts": 3],
        ]])
    }

    @Test func fifoQueueTargetCarriesItsMessageGroup() throws {
        let queue = Queue("Orders", queueName: "orders.fifo", fifo: true)
        let app = App {
            Stack("Stack") {
                queue
                Rule("Rule", schedule: .rate(.hours(1))) { SqsQueue(queue, messageGroupID: "orders") }
            }
        }
        let rule = try properties(logicalID("Rule", "Resource"), in: app)
        #expect(rule?["Targets"]?.arrayValue?.first?["SqsParameters"] == ["MessageGroupId": "orders"])
    }

    @Test func fifoQueueTargetWithoutAMessageGroupIsReported() {
        let queue = Queue("Orders", fifo: true)
        let found = diagnostics(of: App {
            Stack("Stack") {
                queue
                Rule("Rule", schedule: .rate(.hours(1))) { SqsQueue(queue) }
            }
        })
        #expect(found.map(\.code) == ["events.target.sqs.messageGroupID"])
    }

    @Test func queueRendersWithTheCDKsRemovalPolicy() throws {
        let dlq = Queue("DLQ")
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                dlq
                Queue("Queue", retentionPeriodSeconds: 345_600, visibilityTimeoutSeconds: 30, deadLetterQueue: (dlq, 5))
            }
        })
        let queue = try #require(assembly.stacks[0].template.resources.last)
        #expect(queue.deletionPolicy == "Delete")
        #expect(queue.updateReplacePolicy == "Delete")
        #expect(JSONValue.object(queue.properties) == [
            "MessageRetentionPeriod": 345_600, "VisibilityTimeout": 30,
            "RedrivePolicy": ["deadLetterTargetArn": .getAtt(logicalID("DLQ", "Resource"), "Arn"), "maxReceiveCount": 5],
        ])
    }

    @Test func queueSettingsAreValidated() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                Queue("A", queueName: "plain", fifo: true)
                Queue("B", retentionPeriodSeconds: 30)
                Queue("C", contentBasedDeduplication: true)
            }
        })
        #expect(found.map(\.code) == ["sqs.queue.name.fifoSuffix", "sqs.queue.retentionPeriod", "sqs.queue.deduplicationWithoutFifo"])
    }
}
