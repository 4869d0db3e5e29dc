import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (`kinesis.Stream` with the same props).
@Suite struct DataStreamTests {
    func app(_ stream: DataStream) -> App {
        App { Stack("Stack", env: referenceEnvironment) { stream } }
    }

    @Test func defaultStreamHasOneShardADayOfRetentionAndConditionalEncryption() throws {
        let app = app(DataStream("Stream"))
        #expect(try resourceJSON("Stream790BDEE4", in: app) == cdkJSON(#"""
            {"Type":"AWS::Kinesis::Stream","Properties":{"RetentionPeriodHours":24,"ShardCount":1,"StreamEncryption":{"Fn::If":["AwsCdkKinesisEncryptedStreamsUnsupportedRegions",{"Ref":"AWS::NoValue"},{"EncryptionType":"KMS","KeyId":"alias/aws/kinesis"}]}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
    }

    @Test func defaultEncryptionAddsOneStackConditionForChinaRegions() throws {
        let app = App { Stack("Stack", env: referenceEnvironment) { DataStream("S1"); DataStream("S2") } }
        let conditions = try Synthesizer.synthesize(app).stacks[0].template.conditions
        #expect(JSONValue.object(conditions) == (try cdkJSON(#"""
            {"AwsCdkKinesisEncryptedStreamsUnsupportedRegions":{"Fn::Or":[{"Fn::Equals":[{"Ref":"AWS::Region"},"cn-north-1"]},{"Fn::Equals":[{"Ref":"AWS::Region"},"cn-northwest-1"]}]}}
            """#)))
    }

    @Test func onDemandStreamHasNoShardCount() throws {
        let app = app(DataStream("S2", streamName: "my-stream", streamMode: .onDemand, retentionPeriodHours: 48))
        #expect(try resourceJSON("S2BE463078", in: app) == cdkJSON(#"""
            {"Type":"AWS::Kinesis::Stream","Properties":{"Name":"my-stream","RetentionPeriodHours":48,"StreamEncryption":{"Fn::If":["AwsCdkKinesisEncryptedStreamsUnsupportedRegions",{"Ref":"AWS::NoValue"},{"EncryptionType":"KMS","KeyId":"alias/aws/kinesis"}]},"StreamModeDetails":{"StreamMode":"ON_DEMAND"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
    }

    @Test func unencryptedAndManagedEncryptionNeedNoCondition() throws {
        let app = App {
            Stack("Stack", env: referenceEnvironment) {
                DataStream("S3", shardCount: 3, encryption: .unencrypted)
                DataStream("S4", encryption: .managed)
            }
        }
        #expect(try resourceJSON("S3486F821D", in: app) == cdkJSON(#"""
            {"Type":"AWS::Kinesis::Stream","Properties":{"RetentionPeriodHours":24,"ShardCount":3},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
        #expect(try resourceJSON("S4B6C9D177", in: app) == cdkJSON(#"""
            {"Type":"AWS::Kinesis::Stream","Properties":{"RetentionPeriodHours":24,"ShardCount":1,"StreamEncryption":{"EncryptionType":"KMS","KeyId":"alias/aws/kinesis"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
        #expect(try Synthesizer.synthesize(app).stacks[0].template.conditions.isEmpty)
    }

    @Test func outOfRangeRetentionShardsAndBadNamesAreReported() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                DataStream("Short", retentionPeriodHours: 12)
                DataStream("NoShards", shardCount: 0)
                DataStream("OnDemand", shardCount: 2, streamMode: .onDemand)
                DataStream("Named", streamName: "my stream")
            }
        })
        #expect(found.map(\.code) == [
            "kinesis.stream.retentionPeriod", "kinesis.stream.shardCount", "kinesis.stream.shardCountOnDemand", "kinesis.stream.name.invalid",
        ])
        #expect(found.first?.path == "Stack/Short")
    }
}
