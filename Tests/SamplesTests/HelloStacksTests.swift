import CDK
import CDKAssertions
import Samples
import Testing

/// Fine-grained checks of the HelloStacks sample: the export and import the CDK
/// would generate for the same app.
@Suite struct HelloStacksTests {
    func app() throws -> App {
        try #require(samples.first { $0.name == "HelloStacks" }).makeApp()
    }

    @Test func producerExportsTheQueueArn() throws {
        let producer = try TemplateAssertions(stack: "Producer", in: app())
        try producer.resourceCount(is: 1, type: "AWS::SQS::Queue")
        try producer.hasOutput("ExportsOutputFnGetAttQueueArn042C0F02", [
            "Value": ["Fn::GetAtt": ["Queue", "Arn"]],
            "Export": ["Name": "Producer:ExportsOutputFnGetAttQueueArn042C0F02"],
        ])
    }

    @Test func consumerImportsTheQueueArn() throws {
        let consumer = try TemplateAssertions(stack: "Consumer", in: app())
        try consumer.hasResourceProperties("AWS::SNS::Subscription", [
            "Protocol": "sqs",
            "TopicArn": ["Ref": "Topic"],
            "Endpoint": ["Fn::ImportValue": "Producer:ExportsOutputFnGetAttQueueArn042C0F02"],
        ])
        try consumer.hasOutput("TopicArn", ["Export": ["Name": "HelloTopicArn"]])
    }

    @Test func consumerSubscribesTheProducersQueue() throws {
        let template = try TemplateAssertions(stack: "Consumer", in: app())
        try template.resourceCount(is: 1, type: "AWS::SNS::Subscription")
        try template.hasResourceProperties("AWS::SNS::Subscription", [
            "Protocol": "sqs",
            "Endpoint": ["Fn::ImportValue": .stringLikeRegexp("^Producer:")],
        ])
    }

    @Test func consumerDeploysAfterProducer() throws {
        let assembly = try Synthesizer.synthesize(app())
        #expect(assembly.stack(named: "Consumer")?.dependencies == ["Producer"])
    }
}
