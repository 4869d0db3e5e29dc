import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (`targets.KinesisStream`).
@Suite struct KinesisStreamTests {
    @Test func targetWritesWithTheStreamsRoleAndPartitionKeyPath() throws {
        let stream = DataStream("Stream")
        let app = App {
            Stack("Stack") {
                stream
                Rule("Rule", schedule: .rate(.hours(1))) { KinesisStream(stream, partitionKeyPath: "$.id") }
            }
        }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::GetAtt":["Stream790BDEE4","Arn"]},"Id":"Target0","KinesisParameters":{"PartitionKeyPath":"$.id"},"RoleArn":{"Fn::GetAtt":["StreamEventsRole3ADC0AFD","Arn"]}}]
            """#))
        #expect(try resourceJSON("StreamEventsRoleDefaultPolicyC0F247E2", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["kinesis:ListShards","kinesis:PutRecord","kinesis:PutRecords"],"Effect":"Allow","Resource":{"Fn::GetAtt":["Stream790BDEE4","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"StreamEventsRoleDefaultPolicyC0F247E2","Roles":[{"Ref":"StreamEventsRole3ADC0AFD"}]}}
            """#))
        #expect(try resourceJSON("StreamEventsRole3ADC0AFD", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"events.amazonaws.com"}}],"Version":"2012-10-17"}}}
            """#))
    }

    @Test func rulesTargetingOneStreamShareItsRole() throws {
        let stream = DataStream("Stream")
        let app = App {
            Stack("Stack") {
                stream
                Rule("R1", schedule: .rate(.hours(1))) { KinesisStream(stream) }
                Rule("R2", schedule: .rate(.hours(2))) { KinesisStream(stream) }
            }
        }
        #expect(try logicalIDs(in: app).filter { $0.contains("EventsRole") } == ["StreamEventsRole3ADC0AFD", "StreamEventsRoleDefaultPolicyC0F247E2"])
        #expect(try targets(of: "R2D8F31528", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::GetAtt":["Stream790BDEE4","Arn"]},"Id":"Target0","RoleArn":{"Fn::GetAtt":["StreamEventsRole3ADC0AFD","Arn"]}}]
            """#))
    }

    @Test func importedStreamHoldsTheRoleAndTakesAMessage() throws {
        let imported = DataStream.imported("Si", arn: "arn:aws:kinesis:us-east-1:111111111111:stream/other")
        let app = App {
            Stack("Stack", env: referenceEnvironment) {
                imported
                Rule("Rule", schedule: .rate(.hours(1))) { KinesisStream(imported, message: .eventPath("$.detail")) }
            }
        }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":"arn:aws:kinesis:us-east-1:111111111111:stream/other","Id":"Target0","InputPath":"$.detail","RoleArn":{"Fn::GetAtt":["SiEventsRoleE3CB7CC2","Arn"]}}]
            """#))
        #expect(try resourceJSON("SiEventsRoleDefaultPolicy8F178523", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["kinesis:ListShards","kinesis:PutRecord","kinesis:PutRecords"],"Effect":"Allow","Resource":"arn:aws:kinesis:us-east-1:111111111111:stream/other"}],"Version":"2012-10-17"},"PolicyName":"SiEventsRoleDefaultPolicy8F178523","Roles":[{"Ref":"SiEventsRoleE3CB7CC2"}]}}
            """#))
    }

    @Test func unplacedImportedStreamUsesTheRulesRole() throws {
        let imported = DataStream.imported("Si", arn: "arn:aws:kinesis:us-east-1:111111111111:stream/other")
        let app = App { Stack("Stack") { Rule("Rule", schedule: .rate(.hours(1))) { KinesisStream(imported) } } }
        #expect(try targets(of: "Rule4C995B7F", in: app) == [["Arn": "arn:aws:kinesis:us-east-1:111111111111:stream/other", "Id": "Target0", "RoleArn": ["Fn::GetAtt": ["RuleEventsRoleC51A4248", "Arn"]]]])
    }

    @Test func deadLetterQueueIsAllowedUnlikeInTheCDK() throws {
        let stream = DataStream("Stream")
        let dlq = Queue("Dlq")
        let app = App {
            Stack("Stack") {
                stream
                dlq
                Rule("R1", schedule: .rate(.hours(1))) { KinesisStream(stream, deadLetterQueue: dlq, retryAttempts: 1) }
            }
        }
        #expect(try targets(of: "R18C979491", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::GetAtt":["Stream790BDEE4","Arn"]},"DeadLetterConfig":{"Arn":{"Fn::GetAtt":["DlqD1FAA4AD","Arn"]}},"Id":"Target0","RetryPolicy":{"MaximumRetryAttempts":1},"RoleArn":{"Fn::GetAtt":["StreamEventsRole3ADC0AFD","Arn"]}}]
            """#))
        // The CDK adds no queue policy for this target, so EventBridge could not use the queue.
        #expect(try logicalIDs(in: app).contains("DlqPolicyF16811D6"))
    }

    @Test func emptyPartitionKeyPathIsReported() {
        let stream = DataStream("Stream")
        let found = diagnostics(of: App {
            Stack("Stack") { stream; Rule("Rule", schedule: .rate(.hours(1))) { KinesisStream(stream, partitionKeyPath: "") } }
        })
        #expect(found.map(\.code) == ["events.target.kinesis.partitionKeyPath"])
    }
}
