import CloudFormation
import Testing
@testable import CDK

/// Compact JSON, so expectations check key order and number formatting too.
private func rendered(_ match: Match) -> String {
    JSONWriter(indent: 0).render(match.json)
}

/// Every expected string below is what aws-cdk-lib 2.275.0 renders for the same
/// helper, as the value of a `detail` field.
@Suite struct MatchTests {
    @Test func nullValueRendersNull() {
        #expect(rendered(.nullValue()) == #"[null]"#)
    }

    @Test func existsRendersExistsTrue() {
        #expect(rendered(.exists()) == #"[{"exists":true}]"#)
    }

    @Test func doesNotExistRendersExistsFalse() {
        #expect(rendered(.doesNotExist()) == #"[{"exists":false}]"#)
    }

    @Test func exactStringRendersTheString() {
        #expect(rendered(.exactString("s")) == #"["s"]"#)
    }

    @Test func valueRendersAnyJSONValue() {
        #expect(rendered(.value(.pseudo(.accountId))) == #"[{"Ref":"AWS::AccountId"}]"#)
        #expect(rendered(.value(42)) == #"[42]"#)
    }

    @Test func equalsIgnoreCaseRendersOperatorObject() {
        #expect(rendered(.equalsIgnoreCase("Q")) == #"[{"equals-ignore-case":"Q"}]"#)
    }

    @Test func prefixRendersOperatorObject() {
        #expect(rendered(.prefix("p")) == #"[{"prefix":"p"}]"#)
    }

    @Test func emptyPrefixIsKept() {
        #expect(rendered(.prefix("")) == #"[{"prefix":""}]"#)
    }

    @Test func suffixRendersOperatorObject() {
        #expect(rendered(.suffix("s")) == #"[{"suffix":"s"}]"#)
    }

    @Test func prefixEqualsIgnoreCaseNestsTheOperator() {
        #expect(rendered(.prefixEqualsIgnoreCase("P")) == #"[{"prefix":{"equals-ignore-case":"P"}}]"#)
    }

    @Test func suffixEqualsIgnoreCaseNestsTheOperator() {
        #expect(rendered(.suffixEqualsIgnoreCase("S")) == #"[{"suffix":{"equals-ignore-case":"S"}}]"#)
    }

    @Test func wildcardRendersOperatorObject() {
        #expect(rendered(.wildcard("a*b")) == #"[{"wildcard":"a*b"}]"#)
    }

    @Test func cidrRendersIPv4Block() {
        #expect(rendered(.cidr("10.0.0.0/8")) == #"[{"cidr":"10.0.0.0/8"}]"#)
    }

    @Test func cidrRendersIPv6Block() {
        #expect(rendered(.cidr("2001:db8::/32")) == #"[{"cidr":"2001:db8::/32"}]"#)
    }

    @Test func ipAddressRangeIsCIDR() {
        #expect(rendered(.ipAddressRange("192.168.0.0/16")) == #"[{"cidr":"192.168.0.0/16"}]"#)
    }

    @Test func anythingButWithOneValueStillRendersAList() {
        #expect(rendered(.anythingBut("x")) == #"[{"anything-but":["x"]}]"#)
    }

    @Test func anythingButWithSeveralStrings() {
        #expect(rendered(.anythingBut("x", "y")) == #"[{"anything-but":["x","y"]}]"#)
    }

    @Test func anythingButWithNumbers() {
        #expect(rendered(.anythingBut(1, 2)) == #"[{"anything-but":[1,2]}]"#)
        #expect(rendered(.anythingBut(1.5)) == #"[{"anything-but":[1.5]}]"#)
    }

    @Test func anythingButPrefixWithOneValueRendersAString() {
        #expect(rendered(.anythingButPrefix("p")) == #"[{"anything-but":{"prefix":"p"}}]"#)
    }

    @Test func anythingButPrefixWithSeveralValuesRendersAList() {
        #expect(rendered(.anythingButPrefix("p", "q")) == #"[{"anything-but":{"prefix":["p","q"]}}]"#)
    }

    @Test func anythingButSuffixFollowsTheSingleOrListRule() {
        #expect(rendered(.anythingButSuffix("s")) == #"[{"anything-but":{"suffix":"s"}}]"#)
        #expect(rendered(.anythingButSuffix("s", "t")) == #"[{"anything-but":{"suffix":["s","t"]}}]"#)
    }

    @Test func anythingButWildcardFollowsTheSingleOrListRule() {
        #expect(rendered(.anythingButWildcard("*/a")) == #"[{"anything-but":{"wildcard":"*/a"}}]"#)
        #expect(rendered(.anythingButWildcard("*/a", "*/b")) == #"[{"anything-but":{"wildcard":["*/a","*/b"]}}]"#)
    }

    @Test func anythingButEqualsIgnoreCaseFollowsTheSingleOrListRule() {
        #expect(rendered(.anythingButEqualsIgnoreCase("X")) == #"[{"anything-but":{"equals-ignore-case":"X"}}]"#)
        #expect(rendered(.anythingButEqualsIgnoreCase("X", "Y"))
            == #"[{"anything-but":{"equals-ignore-case":["X","Y"]}}]"#)
    }

    @Test func greaterThanRendersNumericComparison() {
        #expect(rendered(.greaterThan(1)) == #"[{"numeric":[">",1]}]"#)
    }

    @Test func greaterThanOrEqualKeepsFractions() {
        #expect(rendered(.greaterThanOrEqual(1.5)) == #"[{"numeric":[">=",1.5]}]"#)
    }

    @Test func lessThanRendersNegativeNumbers() {
        #expect(rendered(.lessThan(-2)) == #"[{"numeric":["<",-2]}]"#)
    }

    @Test func lessThanOrEqualRendersZero() {
        #expect(rendered(.lessThanOrEqual(0)) == #"[{"numeric":["<=",0]}]"#)
    }

    @Test func equalRendersNumbersAsJavaScriptDoes() {
        #expect(rendered(.equal(1e21)) == #"[{"numeric":["=",1e+21]}]"#)
        #expect(rendered(.equal(1e-7)) == #"[{"numeric":["=",1e-7]}]"#)
    }

    @Test func intervalRendersInclusiveRange() {
        #expect(rendered(.interval(0, 10)) == #"[{"numeric":[">=",0,"<=",10]}]"#)
    }

    @Test func intervalWithEqualBoundsRendersAsTheCDKDoes() {
        #expect(rendered(.interval(5, 5)) == #"[{"numeric":[">=",5,"<=",5]}]"#)
    }

    @Test func allOfMergesNumericMatchersIntoOne() {
        #expect(rendered(.allOf(.greaterThan(0), .lessThan(5))) == #"[{"numeric":[">",0,"<",5]}]"#)
    }

    @Test func allOfWithOneMatcherKeepsIt() {
        #expect(rendered(.allOf(.greaterThan(0))) == #"[{"numeric":[">",0]}]"#)
    }

    @Test func allOfOverAnIntervalKeepsTheRange() {
        #expect(rendered(.allOf(.interval(0, 10))) == #"[{"numeric":[">=",0,"<=",10]}]"#)
    }

    @Test func allOfFlattensAnyOf() {
        #expect(rendered(.allOf(.anyOf(.greaterThan(1), .lessThan(5)))) == #"[{"numeric":[">",1,"<",5]}]"#)
    }

    @Test func allOfConcatenatesEvenConditionsEventBridgeRejects() {
        #expect(rendered(.allOf(.greaterThan(0), .greaterThan(1))) == #"[{"numeric":[">",0,">",1]}]"#)
    }

    @Test func anyOfConcatenatesLists() {
        #expect(rendered(.anyOf(.prefix("a"), "b", .greaterThan(3))) == #"[{"prefix":"a"},"b",{"numeric":[">",3]}]"#)
    }

    @Test func anyOfFlattensNestedAnyOf() {
        #expect(rendered(.anyOf(.anyOf(.prefix("a"), .suffix("b")), .exists()))
            == #"[{"prefix":"a"},{"suffix":"b"},{"exists":true}]"#)
    }

    @Test func anyOfOfStringsAndNumbers() {
        #expect(rendered(.anyOf("a", "b")) == #"["a","b"]"#)
        #expect(rendered(.anyOf(3, "x")) == #"[3,"x"]"#)
    }

    @Test func anyOfCanHoldAnAllOf() {
        // The CDK fails here ("Cannot add elements to list token"); the result is well defined.
        #expect(rendered(.anyOf(.allOf(.greaterThan(0), .lessThan(5)), .equal(10)))
            == #"[{"numeric":[">",0,"<",5]},{"numeric":["=",10]}]"#)
    }

    @Test func arrayLiteralConcatenatesItsEntries() {
        let match: Match = ["a", .prefix("b"), [.suffix("c"), 1], true, 2.5]
        #expect(rendered(match) == #"["a",{"prefix":"b"},{"suffix":"c"},1,true,2.5]"#)
    }

    @Test func bareLiteralIsAListOfOne() {
        let string: Match = "a"
        let number: Match = 3
        let flag: Match = false
        #expect(rendered(string) == #"["a"]"#)
        #expect(rendered(number) == #"[3]"#)
        #expect(rendered(flag) == #"[false]"#)
    }

    @Test func dictionaryLiteralIsANestedObjectInWrittenOrder() {
        let match: Match = ["z": ["1"], "a": .exists()]
        #expect(rendered(match) == #"{"z":["1"],"a":[{"exists":true}]}"#)
    }

    @Test func sequenceInitializerConcatenates() {
        let branches = ["main", "release"]
        #expect(rendered(Match(branches.map(Match.exactString))) == #"["main","release"]"#)
    }

    @Test func tokenValueRendersItsDescriptionUntilResolved() {
        let match = Match.value(.token(PatternStubToken(name: "Bucket.Arn")))
        #expect(match.json == .array([.token(PatternStubToken(name: "Bucket.Arn"))]))
    }

    @Test func emptyHelpersRenderEmptyLists() {
        #expect(rendered(.anyOf()) == "[]")
        #expect(rendered(.allOf()) == "[]")
        #expect(rendered(.anythingBut()) == #"[{"anything-but":[]}]"#)
        #expect(Match.anyOf().isEmpty)
    }

    @Test func equalityComparesRenderedJSON() {
        #expect(Match.prefix("a") == [.prefix("a")])
        #expect(Match.prefix("a") != Match.suffix("a"))
    }
}

/// A token standing for a value that synthesis resolves later.
struct PatternStubToken: Token, Equatable {
    var name: String
    var description: String { "${Token[\(name)]}" }
}
