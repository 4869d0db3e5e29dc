import Testing
@testable import CDK

@Suite struct JSONTextTests {
    @Test func plainValueIsCompactJSONText() {
        let value: JSONValue = ["a": [1, true, .null], "b": "say \"hi\"\n"]
        #expect(value.jsonText == .string(#"{"a":[1,true,null],"b":"say \"hi\"\n"}"#))
    }

    @Test func referencesAndJoinsTakeTheirStringsPlace() {
        let ref: JSONValue = ["Ref": "Queue"]
        let arn: JSONValue = .join("", ["arn:", .pseudo(.partition), ":logs:x"])
        let value: JSONValue = ["Resource": [ref, arn]]
        #expect(value.jsonText == .join("", [
            #"{"Resource":[""#, ref, #"","arn:"#, .pseudo(.partition), #":logs:x"]}"#,
        ]))
    }
}
