import CloudFormation
import Testing
@testable import SynthCommand

@Suite struct JSONValueReadableTests {
    @Test func referencesAndJoinsReadAsText() throws {
        let arn = try JSONParser.parse(#"{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":events:us-east-1:222222222222:event-bus/default"]]}"#)
        #expect(arn.readable == "arn:aws:events:us-east-1:222222222222:event-bus/default")
        #expect(try JSONParser.parse(#"{"Fn::GetAtt": ["Queue", "Arn"]}"#).readable == "Queue.Arn")
        #expect(try JSONParser.parse(#"{"Ref": "Topic"}"#).readable == "Topic")
        #expect(try JSONParser.parse(#"{"Fn::ImportValue": "Producer:Queue"}"#).readable == "import Producer:Queue")
        #expect(try JSONParser.parse(#"{"Fn::Sub": "arn:${AWS::Partition}:sqs"}"#).readable == "arn:${AWS::Partition}:sqs")
        #expect(try JSONParser.parse(#"[1, "a"]"#).readable == #"[1,"a"]"#)
    }

    @Test func onlyResourceReferencesNameALogicalID() throws {
        #expect(try JSONParser.parse(#"{"Ref": "Queue"}"#).referencedLogicalID == "Queue")
        #expect(try JSONParser.parse(#"{"Ref": "AWS::Region"}"#).referencedLogicalID == nil)
        #expect(try JSONParser.parse(#"{"Fn::GetAtt": ["Bus", "Arn"]}"#).referencedLogicalID == "Bus")
    }
}
