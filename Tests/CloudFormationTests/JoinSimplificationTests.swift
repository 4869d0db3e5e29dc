import CloudFormation
import Testing

@Suite struct JoinSimplificationTests {
    @Test func joinOfLiteralsBecomesAString() {
        #expect(JSONValue.join("", ["arn:", "aws", ":iam::1:root"]).simplifyingJoins() == "arn:aws:iam::1:root")
        #expect(JSONValue.join(",", ["a", 1, "b"]).simplifyingJoins() == "a,1,b")
    }

    @Test func adjacentLiteralsMergeAroundATokenValue() {
        let value = JSONValue.join("", ["arn:", .pseudo(.partition), ":iam::", "222222222222", ":root"]).simplifyingJoins()
        #expect(value == .join("", ["arn:", .pseudo(.partition), ":iam::222222222222:root"]))
    }

    @Test func nestedJoinWithTheSameDelimiterIsSpliced() {
        let inner = JSONValue.join("", ["b", .ref("X")])
        let value = JSONValue.join("", ["a", inner, "c"]).simplifyingJoins()
        #expect(value == .join("", ["ab", .ref("X"), "c"]))
    }

    @Test func nestedJoinWithAnotherDelimiterStays() {
        let inner = JSONValue.join(",", [.ref("X"), .ref("Y")])
        #expect(JSONValue.join("", ["a", inner]).simplifyingJoins() == .join("", ["a", inner]))
    }

    @Test func joinOfOneReferenceBecomesTheReference() {
        #expect(JSONValue.join("", [.ref("X")]).simplifyingJoins() == .ref("X"))
    }

    @Test func joinsInsideStructuresAreSimplified() {
        let value: JSONValue = ["Resource": [.join("", ["a", "b"])], "Other": ["Fn::Sub": "x"]]
        #expect(value.simplifyingJoins() == ["Resource": ["ab"], "Other": ["Fn::Sub": "x"]])
    }

    @Test func keyOrderIsKept() {
        let value: JSONValue = ["b": 1, "a": .join("", ["x"])]
        #expect(value.simplifyingJoins().objectValue?.keys == ["b", "a"])
    }

    /// Resolving replaces the tokens and reduces the joins in one walk, joins inside a
    /// resolved value included; what has neither is returned as it was.
    @Test func resolvingTokensReplacesThemAndReducesJoins() {
        let value: JSONValue = [
            "Name": .join("-", [.token(StubToken(name: "env")), "app", .join("-", ["x", 1])]),
            "Arn": .token(StubToken(name: "arn")),
            "Plain": ["a", ["b": 2.5]],
        ]
        let resolved = value.resolvingTokens { token in
            token.description == "${Token[env]}" ? "prod" : .join(":", ["arn", .ref("Queue")])
        }
        #expect(resolved == [
            "Name": "prod-app-x-1",
            "Arn": .join(":", ["arn", .ref("Queue")]),
            "Plain": ["a", ["b": 2.5]],
        ])
        #expect(JSONValue.join(":", ["a", "b"]).resolvingTokens { _ in nil } == "a:b")
        let plain: JSONValue = ["a": [1, "b"]]
        #expect(plain.resolvingTokens { _ in nil } == plain)
    }
}
