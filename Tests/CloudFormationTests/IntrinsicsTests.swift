import CloudFormation
import Testing

@Suite struct IntrinsicsTests {
    func compact(_ value: JSONValue) -> String { JSONWriter(indent: 0).render(value) }

    @Test func ref() {
        #expect(compact(.ref("Bucket")) == #"{"Ref":"Bucket"}"#)
    }

    @Test func getAtt() {
        #expect(compact(.getAtt("A", "Arn")) == #"{"Fn::GetAtt":["A","Arn"]}"#)
    }

    @Test func join() {
        #expect(compact(.join("", ["arn:", .pseudo(.partition), ":s3:::b"])) == #"{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::b"]]}"#)
    }

    @Test func subWithoutVariablesIsAString() {
        #expect(compact(.sub("${AWS::StackName}-queue")) == #"{"Fn::Sub":"${AWS::StackName}-queue"}"#)
    }

    @Test func subWithVariablesIsAPair() {
        #expect(compact(.sub("${Name}-x", ["Name": .ref("P")])) == #"{"Fn::Sub":["${Name}-x",{"Name":{"Ref":"P"}}]}"#)
    }

    @Test func selectAndSplit() {
        #expect(compact(.select(1, .split(",", .ref("List")))) == #"{"Fn::Select":[1,{"Fn::Split":[",",{"Ref":"List"}]}]}"#)
    }

    @Test func importValueAndBase64() {
        #expect(compact(.importValue("shared-arn")) == #"{"Fn::ImportValue":"shared-arn"}"#)
        #expect(compact(.base64(.sub("echo ${X}"))) == #"{"Fn::Base64":{"Fn::Sub":"echo ${X}"}}"#)
    }

    @Test func getAZsDefaultsToTheStacksRegion() {
        #expect(compact(.getAZs()) == #"{"Fn::GetAZs":""}"#)
        #expect(compact(.getAZs(.pseudo(.region))) == #"{"Fn::GetAZs":{"Ref":"AWS::Region"}}"#)
    }

    @Test func conditionFunctions() {
        #expect(compact(.if("IsProd", 3, .pseudo(.noValue))) == #"{"Fn::If":["IsProd",3,{"Ref":"AWS::NoValue"}]}"#)
        #expect(compact(.equals(.ref("Env"), "prod")) == #"{"Fn::Equals":[{"Ref":"Env"},"prod"]}"#)
        #expect(compact(.and([.condition("A"), .condition("B")])) == #"{"Fn::And":[{"Condition":"A"},{"Condition":"B"}]}"#)
        #expect(compact(.or([.condition("A"), .not(.condition("B"))])) == #"{"Fn::Or":[{"Condition":"A"},{"Fn::Not":[{"Condition":"B"}]}]}"#)
    }

    @Test func findInMap() {
        #expect(compact(.findInMap("RegionMap", .pseudo(.region), "AMI")) == #"{"Fn::FindInMap":["RegionMap",{"Ref":"AWS::Region"},"AMI"]}"#)
    }

    @Test func pseudoParametersUseTheirAWSNames() {
        #expect(PseudoParameter.allCases.map(\.rawValue) == [
            "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition",
            "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
        ])
        #expect(JSONValue.pseudo(.accountId) == .ref("AWS::AccountId"))
    }

    @Test func prettyRenderingOfAnIntrinsic() {
        #expect(JSONWriter().render(.getAtt("A", "Arn")) == """
            {
              "Fn::GetAtt": [
                "A",
                "Arn"
              ]
            }
            """)
    }
}
