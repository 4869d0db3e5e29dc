import CloudFormation
import Testing
@testable import CDK

/// Whether the pattern that `pattern` holds matches the event that `event` holds.
private func matches(_ pattern: String, _ event: String) throws -> Bool {
    try EventPatternMatcher(jsonText: pattern).matches(eventJSON: event)
}

/// Expectations follow EventBridge's pattern compiler (aws/event-ruler) and the cases
/// checked against EventBridge's TestEventPattern in reference/event-patterns.md.
@Suite struct EventPatternMatcherTests {
    // MARK: Exact values

    @Test func exactValuesOfEveryTypeMatchTheSameTypeOnly() throws {
        #expect(try matches(#"{"a": ["x"]}"#, #"{"a": "x"}"#))
        #expect(try matches(#"{"a": [5]}"#, #"{"a": 5}"#))
        #expect(try matches(#"{"a": [true]}"#, #"{"a": true}"#))
        #expect(try matches(#"{"a": [null]}"#, #"{"a": null}"#))
        #expect(try !matches(#"{"a": ["5"]}"#, #"{"a": 5}"#))
        #expect(try !matches(#"{"a": ["true"]}"#, #"{"a": true}"#))
        #expect(try !matches(#"{"a": [null]}"#, #"{"a": ""}"#))
        #expect(try !matches(#"{"a": [null]}"#, #"{"b": 1}"#))
    }

    @Test func stringsCompareCodePointByCodePoint() throws {
        #expect(try !matches(#"{"a": ["café"]}"#, #"{"a": "cafe\u0301"}"#))
        #expect(try !matches(#"{"a": ["x"]}"#, #"{"a": "X"}"#))
    }

    @Test func fieldNamesAreCaseSensitiveAndUnnamedFieldsAreIgnored() throws {
        #expect(try !matches(#"{"MY_KEY": ["v"]}"#, #"{"my_key": "v"}"#))
        #expect(try matches(#"{"a": ["v"]}"#, #"{"a": "v", "b": "other"}"#))
    }

    @Test func numbersCompareByValueWhenADoubleHoldsThem() throws {
        #expect(try matches(#"{"n": [300]}"#, #"{"n": 300.0}"#))
        #expect(try matches(#"{"n": [3.0e2]}"#, #"{"n": 300}"#))
        #expect(try matches(#"{"n": [0]}"#, #"{"n": -0}"#))
        #expect(try matches(#"{"n": [301.8]}"#, #"{"n": 301.80}"#))
    }

    @Test func numbersBeyondADoubleMatchOnlyTheirSpelling() throws {
        #expect(try matches(#"{"n": [12345678901234567890]}"#, #"{"n": 12345678901234567890}"#))
        #expect(try !matches(#"{"n": [12345678901234567890]}"#, #"{"n": 12345678901234567168}"#))
        #expect(try !matches(#"{"n": [12345678901234567890]}"#, #"{"n": 1.2345678901234567890e19}"#))
    }

    @Test func ipAddressesMatchEverySpelling() throws {
        #expect(try matches(#"{"ip": ["2001:db8::1"]}"#, #"{"ip": "2001:DB8:0:0:0:0:0:1"}"#))
        #expect(try matches(#"{"ip": ["10.0.0.1"]}"#, #"{"ip": "10.0.0.01"}"#))
        #expect(try !matches(#"{"ip": ["10.0.0.1"]}"#, #"{"ip": "10.0.0.2"}"#))
    }

    @Test func duplicateKeyInAPatternTakesTheLastValue() throws {
        #expect(try matches(#"{"a": ["x"], "a": ["y"]}"#, #"{"a": "y"}"#))
        #expect(try !matches(#"{"a": ["x"], "a": ["y"]}"#, #"{"a": "x"}"#))
    }

    // MARK: Structure and arrays

    @Test func nestedObjectsFollowTheEventAndJoinWithDots() throws {
        #expect(try matches(#"{"detail": {"state": {"status": ["running"]}}}"#, #"{"detail": {"state.status": "running"}}"#))
        #expect(try matches(#"{"detail": {"state.status": ["running"]}}"#, #"{"detail": {"state": {"status": "running"}}}"#))
        #expect(try !matches(#"{"detail": {"my-key": ["v"]}}"#, #"{"detail": "{\"my-key\": \"v\"}"}"#))
    }

    @Test func anyElementOfAnEventArrayMatches() throws {
        #expect(try matches(#"{"tags": ["b"]}"#, #"{"tags": ["a", "b"]}"#))
        #expect(try matches(#"{"n": [3]}"#, #"{"n": [[1, 2], [3]]}"#))
        #expect(try matches(#"{"items": {"name": ["b"]}}"#, #"{"items": [{"name": "a"}, {"name": "b"}]}"#))
        #expect(try !matches(#"{"resources": [null]}"#, #"{"resources": []}"#))
    }

    @Test func fieldsNeverCombineDifferentElementsOfOneArray() throws {
        let event = #"{"employees": [{"first": "Anna", "last": "Smith"}, {"first": "Peter", "last": "Jones"}]}"#
        #expect(try matches(#"{"employees": {"first": ["Anna"], "last": ["Smith"]}}"#, event))
        #expect(try !matches(#"{"employees": {"first": ["Anna"], "last": ["Jones"]}}"#, event))
    }

    @Test func listEntriesAreOredAndFieldsAnded() throws {
        let pattern = #"{"a": ["x", {"prefix": "y"}, {"numeric": [">", 5]}], "b": ["z"]}"#
        #expect(try matches(pattern, #"{"a": "yes", "b": "z"}"#))
        #expect(try matches(pattern, #"{"a": 6, "b": "z"}"#))
        #expect(try !matches(pattern, #"{"a": 6, "b": "w"}"#))
    }

    @Test func anEmptyFieldNameNeverMatches() throws {
        #expect(try !matches(#"{"detail": {"": ["x"]}}"#, #"{"detail": {"": "x"}}"#))
    }

    // MARK: prefix, suffix, equals-ignore-case

    @Test func prefixAndSuffixMatchStringsOnly() throws {
        #expect(try matches(#"{"a": [{"prefix": "ab"}]}"#, #"{"a": "abc"}"#))
        #expect(try matches(#"{"a": [{"suffix": "bc"}]}"#, #"{"a": "abc"}"#))
        #expect(try !matches(#"{"a": [{"prefix": "1"}]}"#, #"{"a": 12}"#))
        #expect(try !matches(#"{"a": [{"suffix": ".PNG"}]}"#, #"{"a": "x.png"}"#))
        #expect(try matches(#"{"a": [{"prefix": ""}]}"#, #"{"a": ""}"#))
        #expect(try !matches(#"{"a": [{"prefix": "a*"}]}"#, #"{"a": "abc"}"#))
    }

    @Test func ignoreCaseFormsFoldEachCharacter() throws {
        #expect(try matches(#"{"a": [{"prefix": {"equals-ignore-case": "RuNn"}}]}"#, #"{"a": "running"}"#))
        #expect(try matches(#"{"a": [{"suffix": {"equals-ignore-case": ".png"}}]}"#, #"{"a": "x.PNG"}"#))
        #expect(try matches(#"{"a": [{"equals-ignore-case": "ÉTÉ"}]}"#, #"{"a": "été"}"#))
        #expect(try matches(#"{"a": [{"equals-ignore-case": "ΣΟΦΙΑ"}]}"#, #"{"a": "σοφια"}"#))
        #expect(try !matches(#"{"a": [{"equals-ignore-case": "STRASSE"}]}"#, #"{"a": "straße"}"#))
        #expect(try !matches(#"{"a": [{"equals-ignore-case": "abc"}]}"#, #"{"a": "abcd"}"#))
        #expect(try matches(#"{"a": [{"equals-ignore-case": ""}]}"#, #"{"a": ""}"#))
    }

    // MARK: wildcard

    @Test func wildcardStarMatchesAnyRunIncludingSlashes() throws {
        #expect(try matches(#"{"f": [{"wildcard": "dir/*.png"}]}"#, #"{"f": "dir/sub/a.png"}"#))
        #expect(try matches(#"{"f": [{"wildcard": "*bc"}]}"#, #"{"f": "abcbc"}"#))
        #expect(try !matches(#"{"f": [{"wildcard": "a.c"}]}"#, #"{"f": "abc"}"#))
        #expect(try !matches(#"{"f": [{"wildcard": ""}]}"#, #"{"f": "x"}"#))
        #expect(try matches(#"{"f": [{"wildcard": ""}]}"#, #"{"f": ""}"#))
        #expect(try !matches(#"{"f": [{"wildcard": "*"}]}"#, #"{"f": 5}"#))
    }

    @Test func wildcardEscapesAreLiteral() throws {
        #expect(try matches(#"{"f": [{"wildcard": "a\\*b"}]}"#, #"{"f": "a*b"}"#))
        #expect(try !matches(#"{"f": [{"wildcard": "a\\*b"}]}"#, #"{"f": "axb"}"#))
        #expect(try matches(#"{"f": [{"wildcard": "a\\\\*"}]}"#, #"{"f": "a\\anything"}"#))
    }

    // MARK: anything-but

    @Test func anythingButExcludesValuesOfItsType() throws {
        #expect(try matches(#"{"s": [{"anything-but": "x"}]}"#, #"{"s": "y"}"#))
        #expect(try !matches(#"{"s": [{"anything-but": "x"}]}"#, #"{"s": "x"}"#))
        #expect(try matches(#"{"s": [{"anything-but": "x"}]}"#, #"{"s": 5}"#))
        #expect(try matches(#"{"s": [{"anything-but": "x"}]}"#, #"{"s": null}"#))
        #expect(try !matches(#"{"s": [{"anything-but": ["a", "b"]}]}"#, #"{"s": "b"}"#))
        #expect(try !matches(#"{"n": [{"anything-but": 123}]}"#, #"{"n": 123.0}"#))
        #expect(try matches(#"{"n": [{"anything-but": [111, 222]}]}"#, #"{"n": "111"}"#))
    }

    @Test func anythingButNeedsAValue() throws {
        #expect(try !matches(#"{"s": [{"anything-but": "x"}]}"#, #"{"t": "y"}"#))
        #expect(try !matches(#"{"s": [{"anything-but": "x"}]}"#, #"{"s": []}"#))
        #expect(try matches(#"{"s": [{"anything-but": "x"}]}"#, #"{"s": ["x", "y"]}"#))
    }

    @Test func anythingButOperatorForms() throws {
        #expect(try !matches(#"{"s": [{"anything-but": {"prefix": ["init", "err"]}}]}"#, #"{"s": "error"}"#))
        #expect(try matches(#"{"s": [{"anything-but": {"prefix": "init"}}]}"#, #"{"s": 42}"#))
        #expect(try !matches(#"{"s": [{"anything-but": {"suffix": ".txt"}}]}"#, #"{"s": "a.txt"}"#))
        #expect(try !matches(#"{"s": [{"anything-but": {"equals-ignore-case": ["Stopped"]}}]}"#, #"{"s": "STOPPED"}"#))
        #expect(try !matches(#"{"s": [{"anything-but": {"wildcard": "*/bin/*.jar"}}]}"#, #"{"s": "/opt/bin/a.jar"}"#))
        #expect(try matches(#"{"s": [{"anything-but": {"wildcard": ""}}]}"#, #"{"s": "x"}"#))
    }

    // MARK: numeric

    @Test func numericComparisonsAndRanges() throws {
        #expect(try matches(#"{"n": [{"numeric": [">", 0, "<=", 5]}]}"#, #"{"n": 5}"#))
        #expect(try !matches(#"{"n": [{"numeric": [">", 0, "<=", 5]}]}"#, #"{"n": 0}"#))
        #expect(try matches(#"{"n": [{"numeric": ["=", 301.8]}]}"#, #"{"n": 301.8}"#))
        #expect(try matches(#"{"n": [{"numeric": [">=", 1e10]}]}"#, #"{"n": 1e10}"#))
        #expect(try !matches(#"{"n": [{"numeric": ["=", 1e-7]}]}"#, #"{"n": 2e-7}"#))
        #expect(try !matches(#"{"n": [{"numeric": ["<", 100]}]}"#, #"{"n": "5"}"#))
        #expect(try !matches(#"{"n": [{"numeric": ["<", 100]}]}"#, #"{"n": null}"#))
    }

    @Test func twoNumericEntriesAreOred() throws {
        let outside = #"{"n": [{"numeric": ["<", 0]}, {"numeric": [">", 100]}]}"#
        #expect(try matches(outside, #"{"n": 101}"#))
        #expect(try !matches(outside, #"{"n": 50}"#))
    }

    @Test func eventNumbersADoubleCannotHoldNeverMatchNumeric() throws {
        #expect(try !matches(#"{"n": [{"numeric": [">", 0]}]}"#, #"{"n": 12345678901234567890}"#))
        #expect(try !matches(#"{"n": [{"numeric": [">", 0]}]}"#, #"{"n": 1e400}"#))
    }

    // MARK: exists

    @Test func existsTrueNeedsALeafValue() throws {
        #expect(try matches(#"{"a": [{"exists": true}]}"#, #"{"a": null}"#))
        #expect(try !matches(#"{"a": [{"exists": true}]}"#, #"{"a": {"b": 1}}"#))
        #expect(try !matches(#"{"a": [{"exists": true}]}"#, #"{"a": []}"#))
        #expect(try matches(#"{"a": {"b": [{"exists": true}]}}"#, #"{"a": [{"c": 1}, {"b": 2}]}"#))
    }

    @Test func existsFalseMatchesWhenNoLeafValueExists() throws {
        #expect(try matches(#"{"a": [{"exists": false}]}"#, #"{"b": 1}"#))
        #expect(try matches(#"{"a": [{"exists": false}]}"#, #"{"a": {"b": 1}}"#))
        #expect(try matches(#"{"a": [{"exists": false}]}"#, #"{"a": []}"#))
        #expect(try matches(#"{"a": {"b": [{"exists": false}]}}"#, #"{"a": "text"}"#))
        #expect(try !matches(#"{"a": [{"exists": false}]}"#, #"{"a": null}"#))
    }

    @Test func existsFalseInArraysOfObjects() throws {
        // Alone: absent from every element.
        #expect(try !matches(#"{"items": {"a": [{"exists": false}]}}"#, #"{"items": [{"a": 1}, {"b": 2}]}"#))
        // With a sibling: absent from the sibling's element.
        let event = #"{"e": [{"name": "John", "ids": [1]}, {"name": "Anna"}]}"#
        #expect(try matches(#"{"e": {"name": ["Anna"], "ids": [{"exists": false}]}}"#, event))
        #expect(try !matches(#"{"e": {"name": ["John"], "ids": [{"exists": false}]}}"#, event))
    }

    // MARK: cidr

    @Test func cidrMatchesIPv4AndIPv6Blocks() throws {
        #expect(try matches(#"{"ip": [{"cidr": "10.0.0.0/24"}]}"#, #"{"ip": "10.0.0.255"}"#))
        #expect(try !matches(#"{"ip": [{"cidr": "10.0.0.0/24"}]}"#, #"{"ip": "10.0.1.0"}"#))
        #expect(try matches(#"{"ip": [{"cidr": "10.0.0.5/24"}]}"#, #"{"ip": "10.0.0.1"}"#))
        #expect(try matches(#"{"ip": [{"cidr": "2001:db8:1234:1a00::/64"}]}"#, #"{"ip": "2001:0db8:1234:1a00:0000:0000:0000:0001"}"#))
        #expect(try !matches(#"{"ip": [{"cidr": "2001:db8:1234:1a00::/64"}]}"#, #"{"ip": "2001:db8:1234:1a01::"}"#))
    }

    @Test func cidrNeverMatchesWhatIsNotAnAddress() throws {
        #expect(try !matches(#"{"ip": [{"cidr": "10.0.0.0/8"}]}"#, #"{"ip": "10.0.0.1:443"}"#))
        #expect(try !matches(#"{"ip": [{"cidr": "10.0.0.0/8"}]}"#, #"{"ip": "10.0.0.256"}"#))
        #expect(try !matches(#"{"ip": [{"cidr": "10.0.0.0/8"}]}"#, #"{"ip": 167772161}"#))
    }

    @Test func ipv4BlocksTakeInSomeIPv6AddressesAsEventBridgeDoes() throws {
        #expect(try matches(#"{"ip": [{"cidr": "0.0.0.0/0"}]}"#, #"{"ip": "2001:db8::1"}"#))
        #expect(try matches(#"{"ip": [{"cidr": "10.0.0.0/8"}]}"#, #"{"ip": "a00::1"}"#))
    }

    // MARK: $or

    @Test func orAlternativesAreAndedWithTheirSiblings() throws {
        let pattern = #"{"source": ["aws.cloudwatch"], "$or": [{"metricName": ["CPU"]}, {"namespace": ["AWS/EC2"]}]}"#
        #expect(try matches(pattern, #"{"source": "aws.cloudwatch", "namespace": "AWS/EC2"}"#))
        #expect(try !matches(pattern, #"{"source": "aws.ec2", "namespace": "AWS/EC2"}"#))
        #expect(try !matches(pattern, #"{"source": "aws.cloudwatch", "namespace": "AWS/S3"}"#))
    }

    @Test func nestedOrInsideAnObject() throws {
        let pattern = #"{"detail": {"$or": [{"a": ["1"]}, {"b": {"$or": [{"c": ["2"]}, {"d": ["3"]}]}}]}}"#
        #expect(try matches(pattern, #"{"detail": {"b": {"d": "3"}}}"#))
        #expect(try !matches(pattern, #"{"detail": {"b": {"e": "3"}}}"#))
    }

    @Test func anEventFieldNamedOrIsOrdinary() throws {
        #expect(try !matches(#"{"a": ["1"]}"#, #"{"$or": [{"a": "1"}]}"#))
    }

    // MARK: Typed patterns and explanations

    @Test func typedPatternMatchesLikeItsJSON() throws {
        let pattern = EventPattern(
            source: ["aws.greengrass"],
            detail: ["status": [.prefix("FAIL")], "count": .greaterThan(2)])
        let matcher = try EventPatternMatcher(pattern)
        #expect(try matcher.matches(eventJSON: #"{"source": "aws.greengrass", "detail": {"status": "FAILURE", "count": 3}}"#))
        #expect(try !matcher.matches(eventJSON: #"{"source": "aws.greengrass", "detail": {"status": "FAILURE", "count": 2}}"#))
    }

    @Test func mismatchSaysWhichFieldFails() throws {
        let matcher = try EventPatternMatcher(jsonText: #"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#)
        let stopped = try MatchableEvent(jsonText: #"{"source": "aws.ec2", "detail": {"state": "stopped"}}"#)
        #expect(matcher.mismatch(in: stopped) == #"'detail.state' is "stopped", not matched by ["running"]"#)
        let missing = try MatchableEvent(jsonText: #"{"source": "aws.ec2"}"#)
        #expect(matcher.mismatch(in: missing) == #"the event has no value at 'detail.state' (the pattern wants ["running"])"#)
        let running = try MatchableEvent(jsonText: #"{"source": "aws.ec2", "detail": {"state": "running"}}"#)
        #expect(matcher.mismatch(in: running) == nil)
    }

    @Test func mismatchNamesEnvelopeFieldsFirstAndAtMostTwoFields() throws {
        let matcher = try EventPatternMatcher(jsonText: #"{"detail": {"a": ["1"], "b": ["2"]}, "source": ["x"], "id": ["y"]}"#)
        let event = try MatchableEvent(jsonText: #"{"source": "s", "id": "i", "detail": {"a": "0"}}"#)
        #expect(matcher.mismatch(in: event)
            == #"'source' is "s", not matched by ["x"]; 'id' is "i", not matched by ["y"]; and 2 more fields"#)
    }

    @Test func mismatchAcrossArrayElementsIsExplained() throws {
        let matcher = try EventPatternMatcher(jsonText: #"{"e": {"a": ["1"], "b": ["2"]}}"#)
        let event = try MatchableEvent(jsonText: #"{"e": [{"a": "1"}, {"b": "2"}]}"#)
        #expect(matcher.mismatch(in: event)?.hasPrefix("the fields match only in different elements of one array") == true)
    }

    @Test func patternSetReturnsTheMatchingIndices() throws {
        let set = EventPatternSet(try [
            #"{"source": ["a"]}"#, #"{"source": ["b"]}"#, #"{"source": [{"prefix": ""}]}"#,
        ].map { try EventPatternMatcher(jsonText: $0) })
        let event = try MatchableEvent(jsonText: #"{"source": "a"}"#)
        #expect(set.matchingIndices(event) == [0, 2])
        #expect(set.matchCount(event) == 2)
    }

    @Test func eventMustBeAnObject() {
        #expect(throws: EventPatternError.self) { try MatchableEvent(jsonText: "[1]") }
    }
}
