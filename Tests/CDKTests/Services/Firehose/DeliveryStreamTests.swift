import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0: `firehose.DeliveryStream` with an
// `S3Bucket` destination of `Bucket.fromBucketArn(…, 'arn:aws:s3:::my-bucket')`.
@Suite struct DeliveryStreamTests {
    let app = App {
        Stack("Stack") {
            DeliveryStream("DS", bucketArn: "arn:aws:s3:::my-bucket")
            DeliveryStream("DS2", bucketArn: "arn:aws:s3:::my-bucket", deliveryStreamName: "named", logging: false)
        }
    }

    @Test func deliveryStreamWritesToTheBucketWithItsRoleAndLogsErrors() throws {
        #expect(try resourceJSON("DS86E6B456", in: app) == cdkJSON(#"""
            {"Type":"AWS::KinesisFirehose::DeliveryStream","Properties":{"DeliveryStreamType":"DirectPut","ExtendedS3DestinationConfiguration":{"BucketARN":"arn:aws:s3:::my-bucket","CloudWatchLoggingOptions":{"Enabled":true,"LogGroupName":{"Ref":"DSLogGroupD71CFE8F"},"LogStreamName":{"Ref":"DSLogGroupS3Destination3EC523F0"}},"RoleARN":{"Fn::GetAtt":["DSS3DestinationRole5EBBD7B5","Arn"]}}},"DependsOn":["DSS3DestinationRoleDefaultPolicy11F4AC79"]}
            """#))
        #expect(try resourceJSON("DSLogGroupS3Destination3EC523F0", in: app) == cdkJSON(#"""
            {"Type":"AWS::Logs::LogStream","Properties":{"LogGroupName":{"Ref":"DSLogGroupD71CFE8F"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
        #expect(try resourceJSON("DSLogGroupD71CFE8F", in: app) == cdkJSON(#"""
            {"Type":"AWS::Logs::LogGroup","Properties":{"RetentionInDays":731},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
    }

    @Test func destinationRoleMayReadAndWriteTheBucketAndLog() throws {
        #expect(try resourceJSON("DSS3DestinationRole5EBBD7B5", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"firehose.amazonaws.com"}}],"Version":"2012-10-17"}}}
            """#))
        #expect(try resourceJSON("DSS3DestinationRoleDefaultPolicy11F4AC79", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:GetObject*","s3:GetBucket*","s3:List*","s3:DeleteObject*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging","s3:Abort*"],"Effect":"Allow","Resource":["arn:aws:s3:::my-bucket","arn:aws:s3:::my-bucket/*"]},{"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Effect":"Allow","Resource":{"Fn::GetAtt":["DSLogGroupD71CFE8F","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"DSS3DestinationRoleDefaultPolicy11F4AC79","Roles":[{"Ref":"DSS3DestinationRole5EBBD7B5"}]}}
            """#))
    }

    @Test func namedStreamWithoutLoggingHasNoLogGroup() throws {
        #expect(try resourceJSON("DS24D785197", in: app) == cdkJSON(#"""
            {"Type":"AWS::KinesisFirehose::DeliveryStream","Properties":{"DeliveryStreamName":"named","DeliveryStreamType":"DirectPut","ExtendedS3DestinationConfiguration":{"BucketARN":"arn:aws:s3:::my-bucket","RoleARN":{"Fn::GetAtt":["DS2S3DestinationRole10DA4EEA","Arn"]}}},"DependsOn":["DS2S3DestinationRoleDefaultPolicy036B7B69"]}
            """#))
        #expect(try resourceJSON("DS2S3DestinationRoleDefaultPolicy036B7B69", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:GetObject*","s3:GetBucket*","s3:List*","s3:DeleteObject*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging","s3:Abort*"],"Effect":"Allow","Resource":["arn:aws:s3:::my-bucket","arn:aws:s3:::my-bucket/*"]}],"Version":"2012-10-17"},"PolicyName":"DS2S3DestinationRoleDefaultPolicy036B7B69","Roles":[{"Ref":"DS2S3DestinationRole10DA4EEA"}]}}
            """#))
        #expect(try !logicalIDs(in: app).contains { $0.hasPrefix("DS2LogGroup") })
    }

    @Test func badNameIsReported() {
        let found = diagnostics(of: App { Stack("Stack") { DeliveryStream("DS", bucketArn: "arn:aws:s3:::b", deliveryStreamName: "bad name") } })
        #expect(found.map(\.code) == ["firehose.deliveryStream.name.invalid"])
    }
}
