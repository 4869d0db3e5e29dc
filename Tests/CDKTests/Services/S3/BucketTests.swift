import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (a pipeline's artifact bucket, and a
// bucket with the defaults).
@Suite struct BucketTests {
    @Test func defaultBucketRendersNothingButIsRetained() throws {
        let template = try #require(try Synthesizer.synthesize(App { Stack("S") { Bucket("Bucket") } }).stacks.first).template
        let bucket = try #require(template.resources.first)
        #expect(bucket.type == "AWS::S3::Bucket")
        #expect(bucket.properties.isEmpty)
        #expect(bucket.deletionPolicy == "Retain")
        #expect(bucket.updateReplacePolicy == "Retain")
    }

    @Test func enforceSSLDeniesInsecureTransportInTheBucketPolicy() throws {
        let app = App { Stack("S") { Bucket("Bucket", enforceSSL: true) } }
        let bucket = try #require(UniqueID.logicalID(["Bucket", "Resource"]))
        let arn: JSONValue = ["Fn::GetAtt": [.string(bucket), "Arn"]]
        let policy = try #require(UniqueID.logicalID(["Bucket", "Policy", "Resource"]))
        #expect(try properties(policy, in: app) == [
            "Bucket": ["Ref": .string(bucket)],
            "PolicyDocument": [
                "Statement": [[
                    "Action": "s3:*", "Condition": ["Bool": ["aws:SecureTransport": "false"]], "Effect": "Deny",
                    "Principal": ["AWS": "*"], "Resource": [arn, .join("", [arn, "/*"])],
                ]],
                "Version": "2012-10-17",
            ],
        ])
    }

    @Test func invalidNameIsReported() {
        #expect(errorCodes(App { Stack("S") { Bucket("Bucket", bucketName: "My_Bucket") } }) == ["s3.bucket.name.invalid"])
    }
}
