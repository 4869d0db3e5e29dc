import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (`targets.FirehoseDeliveryStream`).
@Suite struct KinesisFirehoseStreamTests {
    let imported = DeliveryStream.imported("Imp", arn: "arn:aws:firehose:us-east-1:111111111111:deliverystream/imp")

    var app: App {
        let first = DeliveryStream("DS", bucketArn: "arn:aws:s3:::my-bucket")
        let second = DeliveryStream("DS2", bucketArn: "arn:aws:s3:::my-bucket", deliveryStreamName: "named", logging: false)
        let imported = imported
        return App {
            Stack("Stack") {
                first
                second
                imported
                Rule("Rule", eventPattern: EventPattern(source: ["my.app"])) {
                    KinesisFirehoseStream(first)
                    KinesisFirehoseStream(second, message: .eventPath("$.detail"))
                    KinesisFirehoseStream(imported)
                }
            }
        }
    }

    @Test func targetsPutRecordsWithEachStreamsRole() throws {
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::GetAtt":["DS86E6B456","Arn"]},"Id":"Target0","RoleArn":{"Fn::GetAtt":["DSEventsRole802A11DD","Arn"]}},
             {"Arn":{"Fn::GetAtt":["DS24D785197","Arn"]},"Id":"Target1","InputPath":"$.detail","RoleArn":{"Fn::GetAtt":["DS2EventsRole7A867DE1","Arn"]}},
             {"Arn":"arn:aws:firehose:us-east-1:111111111111:deliverystream/imp","Id":"Target2","RoleArn":{"Fn::GetAtt":["ImpEventsRole417CEC22","Arn"]}}]
            """#))
    }

    @Test func rolesMayPutRecordsAndBatches() throws {
        #expect(try resourceJSON("DSEventsRoleDefaultPolicy43746071", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["firehose:PutRecord","firehose:PutRecordBatch"],"Effect":"Allow","Resource":{"Fn::GetAtt":["DS86E6B456","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"DSEventsRoleDefaultPolicy43746071","Roles":[{"Ref":"DSEventsRole802A11DD"}]}}
            """#))
        #expect(try resourceJSON("ImpEventsRoleDefaultPolicyBC9CB35A", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["firehose:PutRecord","firehose:PutRecordBatch"],"Effect":"Allow","Resource":"arn:aws:firehose:us-east-1:111111111111:deliverystream/imp"}],"Version":"2012-10-17"},"PolicyName":"ImpEventsRoleDefaultPolicyBC9CB35A","Roles":[{"Ref":"ImpEventsRole417CEC22"}]}}
            """#))
    }
}
