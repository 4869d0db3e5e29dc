import CloudFormation
import Testing
@testable import CDK

private let rulePath = "Stack/Rule"

/// The diagnostics for `detail: [field: match]`.
private func problems(_ match: Match, field: String = "f") -> [Diagnostic] {
    EventPattern(detail: [field: match]).diagnostics(at: rulePath)
}

private func codes(_ match: Match) -> [String] {
    problems(match).map(\.code)
}

/// Expectations follow EventBridge's pattern compiler (aws/event-ruler) and the
/// invalid patterns in reference/event-patterns.md.
@Suite struct EventPatternValidationTests {
    // MARK: Valid patterns

    @Test func everyHelperUsedWellIsAccepted() {
        let pattern = EventPattern(
            source: ["aws.ec2", .prefix("aws.")],
            detailType: [.equalsIgnoreCase("ec2 instance state-change notification")],
            resources: [.wildcard("arn:aws:ec2:*:instance/*")],
            account: .value(.pseudo(.accountId)),
            detail: [
                "state": [.anythingBut("stopped", "terminated")],
                "code": [.anythingBut(1, 2.5)],
                "name": [.prefixEqualsIgnoreCase("WEB"), .suffixEqualsIgnoreCase(".PNG"), .suffix(".jpg")],
                "path": [.anythingButWildcard("*/tmp/*"), .anythingButPrefix("x", "y"), .anythingButSuffix("z")],
                "owner": [.anythingButEqualsIgnoreCase("root"), .exists(), .doesNotExist(), .nullValue()],
                "ip": [.cidr("10.0.0.0/8"), .cidr("2001:db8:1234:1a00::/64"), .cidr("::/0"), .cidr("0.0.0.0/0")],
                "cpu": [.interval(0, 80), .allOf(.greaterThan(0), .lessThan(5)), .equal(1), .lessThanOrEqual(3)],
                "escaped": [.wildcard(#"a\*b\\c*"#), .wildcard("")],
                "flags": [true, false, 0, 1.5, ""],
                "$or": [["a": ["1"]], ["b": ["c": .exists()]]],
            ])
        #expect(pattern.diagnostics(at: rulePath) == [])
    }

    @Test func unresolvedValuesAreNotChecked() {
        let token = JSONValue.token(PatternStubToken(name: "Bucket.Name"))
        let pattern = EventPattern(
            resources: .value(.getAtt("Bucket", "Arn")),
            detail: [
                "a": .anythingBut(token, "x"),
                "b": .value(["prefix": token]),
                "c": .value(["numeric": [">", token]]),
                "$or": .value(token),
            ])
        #expect(pattern.diagnostics(at: rulePath) == [])
    }

    // MARK: Structure

    @Test func patternWithoutFieldsIsReported() {
        #expect(EventPattern().diagnostics(at: rulePath) == [Diagnostic(
            .error, code: "events.pattern.empty", path: rulePath,
            message: "event pattern has no fields",
            hint: "match at least one field, such as 'source' or 'detail-type'")])
    }

    @Test func emptyValueListIsReported() {
        #expect(EventPattern(source: []).diagnostics(at: rulePath) == [Diagnostic(
            .error, code: "events.pattern.emptyValues", path: rulePath,
            message: "field 'source' has no values; EventBridge does not accept empty arrays in event patterns",
            hint: "list at least one value or matcher, or leave the field out to match any value")])
    }

    @Test func emptyNestedListNamesItsPath() {
        let found = EventPattern(detail: ["a": ["b": []]]).diagnostics(at: rulePath)
        #expect(found.map(\.code) == ["events.pattern.emptyValues"])
        #expect(found.first?.message.hasPrefix("field 'detail.a.b' has no values") == true)
    }

    @Test func emptyAnyOfAndAllOfAreEmptyLists() {
        #expect(codes(.anyOf()) == ["events.pattern.emptyValues"])
        #expect(codes(.allOf()) == ["events.pattern.emptyValues"])
    }

    @Test func emptyDetailIsReported() {
        #expect(EventPattern(detail: [:]).diagnostics(at: rulePath) == [Diagnostic(
            .error, code: "events.pattern.emptyObject", path: rulePath,
            message: "field 'detail' is an empty object; EventBridge does not accept empty objects in event patterns",
            hint: "add a field to match, or leave 'detail' out")])
    }

    @Test func duplicateKeyIsAWarning() {
        let found = EventPattern(detail: ["a": ["1"], "a": ["2"]]).diagnostics(at: rulePath)
        #expect(found == [Diagnostic(
            .warning, code: "events.pattern.duplicateKey", path: rulePath,
            message: "field 'detail.a' is written more than once; only the last value is used",
            hint: "write each field once, with all its values in one list")])
    }

    @Test func nestedArrayIsReported() {
        #expect(codes(.value([1, 2])) == ["events.pattern.nestedArray"])
    }

    @Test func nestedObjectInsideAListIsReported() {
        let found = problems([["a": ["1"]]])
        #expect(found.map(\.code) == ["events.pattern.unknownMatcher"])
        #expect(found.first?.message == "field 'detail.f' has a nested object inside its list of values")
    }

    @Test func unknownMatcherIsReported() {
        let found = problems(.value(["EXISTS": true]))
        #expect(found == [Diagnostic(
            .error, code: "events.pattern.unknownMatcher", path: rulePath,
            message: "field 'detail.f' uses 'EXISTS', which is not an EventBridge matcher",
            hint: "matchers are 'prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'anything-but', 'numeric', 'exists', 'cidr', "
                + "spelled in lowercase; use the Match helpers, such as .prefix(\"a\"), .anythingBut(\"b\") or .greaterThan(1)")])
    }

    @Test func emptyMatcherObjectIsReported() {
        #expect(codes(.value([:])) == ["events.pattern.unknownMatcher"])
    }

    @Test func matcherWithTwoKeysIsReported() {
        let found = problems(.value(["prefix": "a", "foo": []]))
        #expect(found.map(\.code) == ["events.pattern.matcherKeys"])
        #expect(found.first?.message == "matcher in 'detail.f' has 2 keys ('prefix', 'foo'); a matcher has exactly one")
    }

    @Test func matcherArgumentsOfTheWrongTypeAreReported() {
        #expect(problems(.value(["prefix": 3])).map(\.message) == ["'prefix' in 'detail.f' needs a string, not 3"])
        #expect(codes(.value(["suffix": [".png"]])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["prefix": ["equals-ignore-case": 5]])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["prefix": ["invalid-expression": ["abc"]]])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["equals-ignore-case": ["abc"]])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["wildcard": 5])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["cidr": ["10.0.0.0/8"]])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["numeric": 10])) == ["events.pattern.matcherArgument"])
    }

    @Test func existsNeedsABoolean() {
        #expect(problems(.value(["exists": "true"])).map(\.message)
            == [#"'exists' in 'detail.f' needs true or false, not "true""#])
    }

    // MARK: numeric

    @Test func intervalWithLowerAboveUpperIsReported() {
        #expect(problems(.interval(10, 0)) == [Diagnostic(
            .error, code: "events.pattern.numericRange", path: rulePath,
            message: #"numeric range [">=",10,"<=",0] in 'detail.f' is empty: the lower bound 10 is not below the upper bound 0"#,
            hint: "EventBridge needs the lower bound strictly below the upper bound; to match one number use .equal(_:)")])
    }

    @Test func intervalWithEqualBoundsIsReported() {
        #expect(codes(.interval(5, 5)) == ["events.pattern.numericRange"])
        #expect(codes(.allOf(.greaterThan(1), .lessThan(1))) == ["events.pattern.numericRange"])
    }

    @Test func rangeInTheWrongOrderIsReported() {
        let found = problems(.allOf(.lessThan(1), .greaterThan(0)))
        #expect(found == [Diagnostic(
            .error, code: "events.pattern.numericMalformed", path: rulePath,
            message: #"numeric matcher ["<",1,">",0] in 'detail.f' is malformed: a range is a lower bound ('>' or '>=') followed by an upper bound ('<' or '<=')"#,
            hint: "use .greaterThan(_:), .lessThan(_:), .equal(_:), or .interval(_:_:) for a range")])
    }

    @Test func twoLowerBoundsAreReported() {
        #expect(codes(.allOf(.greaterThan(0), .greaterThan(1))) == ["events.pattern.numericMalformed"])
    }

    @Test func numericWithTheWrongNumberOfTermsIsReported() {
        #expect(codes(.allOf(.greaterThan(0), .lessThan(5), .equal(3))) == ["events.pattern.numericMalformed"])
        #expect(codes(.value(["numeric": ["="]])) == ["events.pattern.numericMalformed"])
        #expect(codes(.value(["numeric": []])) == ["events.pattern.numericMalformed"])
    }

    @Test func unknownNumericOperatorIsReported() {
        #expect(problems(.value(["numeric": ["==", 1]])).map(\.message)
            == [#"numeric matcher ["==",1] in 'detail.f' is malformed: "==" is not one of '=', '<', '<=', '>' and '>='"#])
    }

    @Test func numericOperandMustBeANumber() {
        #expect(problems(.value(["numeric": ["=", "-4e-6"]])).map(\.message)
            == [#"numeric matcher ["=","-4e-6"] in 'detail.f' is malformed: '=' needs a number"#])
        #expect(codes(.value(["numeric": ["=", true]])) == ["events.pattern.numericMalformed"])
    }

    @Test func nonFiniteNumbersAreReported() {
        #expect(codes(.equal(.infinity)) == ["events.pattern.numberNotFinite"])
        #expect(codes(.value(.double(.nan))) == ["events.pattern.numberNotFinite"])
        #expect(codes(.anythingBut(.double(-.infinity))) == ["events.pattern.numberNotFinite"])
    }

    @Test func allOfOverNonNumericMatchersIsReported() {
        #expect(problems(.allOf(.prefix("a"), .greaterThan(1))) == [Diagnostic(
            .error, code: "events.pattern.allOfNotNumeric", path: rulePath,
            message: "'allOf' in 'detail.f' combines matchers that are not numeric; only numeric matchers can be merged into a single matcher",
            hint: "list alternatives side by side instead (any of them may match), or combine numeric matchers only")])
    }

    // MARK: cidr

    @Test func cidrWithoutPrefixLengthIsReported() {
        #expect(problems(.cidr("10.0.0.1")) == [Diagnostic(
            .error, code: "events.pattern.cidr", path: rulePath,
            message: "'10.0.0.1' in 'detail.f' is not a CIDR block EventBridge accepts: it needs one '/' between the address and the prefix length",
            hint: "write an address and a prefix length, such as '10.0.0.0/8' or '2001:db8::/32'")])
    }

    @Test func cidrWithMalformedAddressIsReported() {
        #expect(problems(.cidr("xx.11.xx/8")).map(\.message)
            == ["'xx.11.xx/8' in 'detail.f' is not a CIDR block EventBridge accepts: 'xx.11.xx' is not an IPv4 or IPv6 address"])
        #expect(codes(.cidr("999.1.1.1/8")) == ["events.pattern.cidr"])
        #expect(codes(.cidr("xxxx:db8:1234:1a00::/64")) == ["events.pattern.cidr"])
        #expect(codes(.cidr("1:2:3:4:5:6:7/64")) == ["events.pattern.cidr"])
        #expect(codes(.cidr("1::2::3/64")) == ["events.pattern.cidr"])
        #expect(codes(.cidr("::ffff:1.2.3.4/96")) == ["events.pattern.cidr"])
        #expect(codes(.cidr("junk\n10.0.0.0/8")) == ["events.pattern.cidr"])
    }

    @Test func cidrWithBadPrefixLengthIsReported() {
        #expect(problems(.cidr("bad-/64filter")).map(\.message)
            == ["'bad-/64filter' in 'detail.f' is not a CIDR block EventBridge accepts: the prefix length is not a whole number"])
        #expect(problems(.cidr("10.0.0.0/33")).map(\.message)
            == ["'10.0.0.0/33' in 'detail.f' is not a CIDR block EventBridge accepts: an IPv4 prefix length must be between 0 and 31"])
        #expect(problems(.cidr("2001:db8::/129")).map(\.message)
            == ["'2001:db8::/129' in 'detail.f' is not a CIDR block EventBridge accepts: an IPv6 prefix length must be between 0 and 127"])
        #expect(codes(.cidr("10.0.0.0/-1")) == ["events.pattern.cidr"])
    }

    @Test func singleAddressBlockSuggestsAnExactValue() {
        #expect(problems(.cidr("10.0.0.1/32")) == [Diagnostic(
            .error, code: "events.pattern.cidr", path: rulePath,
            message: "'10.0.0.1/32' in 'detail.f' is not a CIDR block EventBridge accepts: a /32 block holds a single address, which 'cidr' does not accept",
            hint: "to match one address, list it as an exact value instead")])
        #expect(codes(.cidr("2001:db8::1/128")) == ["events.pattern.cidr"])
    }

    @Test func cidrAcceptsEveryIPv6Spelling() {
        for block in ["2001:DB8:0:0:0:0:0:0/32", "::1/64", "1::/16", "1:2:3:4:5:6:7:8/127", "010.000.0.1/8"] {
            #expect(codes(.cidr(block)) == [], "\(block)")
        }
    }

    // MARK: wildcard

    @Test func consecutiveStarsAreReported() {
        #expect(problems(.wildcard("arn:aws:events:us-east-1:**:event-bus/*")) == [Diagnostic(
            .error, code: "events.pattern.wildcard", path: rulePath,
            message: "wildcard 'arn:aws:events:us-east-1:**:event-bus/*' in 'detail.f' has consecutive '*' characters",
            hint: #"one '*' matches any run of characters; write '\\*' for a literal star and '\\\\' for a backslash"#)])
    }

    @Test func badWildcardEscapesAreReported() {
        #expect(problems(.wildcard(#"abc\"#)).map(\.message)
            == [#"wildcard 'abc\' in 'detail.f' ends with a backslash that escapes nothing"#])
        #expect(problems(.wildcard(#"a\b"#)).map(\.message)
            == [#"wildcard 'a\b' in 'detail.f' has a backslash before 'b'; only '*' and '\' can be escaped"#])
    }

    @Test func escapedStarAfterAStarIsNotConsecutive() {
        #expect(codes(.wildcard(#"a*\*"#)) == [])
    }

    @Test func anythingButWildcardIsCheckedToo() {
        #expect(codes(.anythingButWildcard("foo**bar")) == ["events.pattern.wildcard"])
        #expect(codes(.anythingButWildcard("1", "foo*bar\\")) == ["events.pattern.wildcard"])
    }

    // MARK: anything-but

    @Test func emptyAnythingButIsReported() {
        #expect(problems(.anythingBut()) == [Diagnostic(
            .error, code: "events.pattern.anythingButEmpty", path: rulePath,
            message: "'anything-but' in 'detail.f' has an empty list",
            hint: "list at least one value to exclude")])
        #expect(codes(.anythingButPrefix()) == ["events.pattern.anythingButEmpty"])
    }

    @Test func anythingButMixingStringsAndNumbersIsReported() {
        #expect(problems(.anythingBut("child0", 111, "child2")) == [Diagnostic(
            .error, code: "events.pattern.anythingButMixedTypes", path: rulePath,
            message: "'anything-but' in 'detail.f' mixes strings and numbers",
            hint: "EventBridge accepts a list of only strings or only numbers")])
    }

    @Test func anythingButWithNullOrBooleansIsReported() {
        #expect(problems(.anythingBut("stopped", nil)).map(\.message)
            == ["'anything-but' in 'detail.f' needs only strings or only numbers in its list, not null"])
        #expect(codes(.anythingBut(true)) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["anything-but": nil])) == ["events.pattern.matcherArgument"])
    }

    @Test func anythingButEmptyPrefixIsReported() {
        #expect(problems(.anythingButPrefix("")) == [Diagnostic(
            .error, code: "events.pattern.anythingButEmptyAffix", path: rulePath,
            message: "'anything-but' 'prefix' in 'detail.f' is empty; EventBridge does not accept an empty prefix here",
            hint: "an empty prefix would exclude every string; give a non-empty one")])
        #expect(codes(.anythingButSuffix("1", "")) == ["events.pattern.anythingButEmptyAffix"])
        #expect(codes(.anythingButEqualsIgnoreCase("")) == [])
        #expect(codes(.anythingButWildcard("")) == [])
    }

    @Test func anythingButOfUnsupportedMatchersIsReported() {
        #expect(problems(.value(["anything-but": ["numeric": [">", 1]]])).map(\.message)
            == ["'anything-but' in 'detail.f' cannot take 'numeric'; it takes values, or one of 'prefix', 'suffix', 'wildcard' and 'equals-ignore-case'"])
        #expect(codes(.value(["anything-but": ["prefix": ["equals-ignore-case": "file"]]])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["anything-but": ["prefix": 27]])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["anything-but": ["suffix": [nil, ".txt"]]])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["anything-but": ["equals-ignore-case": [1, 2]]])) == ["events.pattern.matcherArgument"])
        #expect(codes(.value(["anything-but": ["prefix": "foo", "a": 1]])) == ["events.pattern.matcherArgument"])
    }

    @Test func singleStringOrNumberAnythingButIsAccepted() {
        #expect(codes(.value(["anything-but": "x"])) == [])
        #expect(codes(.value(["anything-but": 0])) == [])
    }

    // MARK: $or

    @Test func orWithOneAlternativeIsReported() {
        let found = EventPattern(detail: ["$or": [["a": ["1"]]]]).diagnostics(at: rulePath)
        #expect(found == [Diagnostic(
            .error, code: "events.pattern.orAlternatives", path: rulePath,
            message: #"'detail.$or' must be a list of at least 2 objects, got [{"a":["1"]}]"#,
            hint: #"write '"$or": [["a": ["x"]], ["b": ["y"]]]', one nested object per alternative"#)])
    }

    @Test func orOverValuesOrAnObjectIsReported() {
        #expect(EventPattern(detail: ["$or": ["a", "b"]]).diagnostics(at: rulePath).map(\.code)
            == ["events.pattern.orAlternatives"])
        #expect(EventPattern(detail: ["$or": ["a": ["1"]]]).diagnostics(at: rulePath).map(\.code)
            == ["events.pattern.orAlternatives"])
    }

    @Test func reservedNamesInsideOrAreReported() {
        let found = EventPattern(detail: ["$or": [["numeric": [123]], ["b": ["prefix": ["abc"]]]]]).diagnostics(at: rulePath)
        #expect(found.map(\.message) == [
            "field 'detail.$or[0].numeric' uses the name 'numeric', which EventBridge reserves inside '$or'",
            "field 'detail.$or[1].b.prefix' uses the name 'prefix', which EventBridge reserves inside '$or'",
        ])
        #expect(found.allSatisfy { $0.code == "events.pattern.orReservedField" })
    }

    @Test func problemsInsideOrAlternativesNameTheirPath() {
        let found = EventPattern(detail: ["$or": [["a": []], ["b": ["1"]]]]).diagnostics(at: rulePath)
        #expect(found.first?.message.hasPrefix("field 'detail.$or[0].a' has no values") == true)
    }

    @Test func moreThanAThousandOrCombinationsAreReported() {
        // 11 × 10 × 10 = 1100 sub-patterns.
        func alternatives(_ count: Int, _ name: String) -> Match {
            Match((0..<count).map { index -> Match in [name: .exactString("\(index)")] })
        }
        let pattern = EventPattern(detail: [
            "$or": alternatives(11, "a"),
            "x": ["$or": alternatives(10, "b")],
            "y": ["$or": alternatives(10, "c")],
        ])
        #expect(pattern.diagnostics(at: rulePath) == [Diagnostic(
            .error, code: "events.pattern.tooManyCombinations", path: rulePath,
            message: "event pattern expands to 1100 '$or' combinations; EventBridge allows at most 1000",
            hint: "use fewer '$or' alternatives, or split the pattern over several rules")])
    }

    @Test func nestedOrAlternativesAddUp() {
        // Alternatives of one $or add up: (10 + 10) × 50 = 1000, at the limit.
        func alternatives(_ count: Int, _ name: String) -> Match {
            Match((0..<count).map { index -> Match in [name: .exactString("\(index)")] })
        }
        let pattern = EventPattern(detail: [
            "$or": [["$or": alternatives(10, "a")], ["$or": alternatives(10, "b")]],
            "y": ["$or": alternatives(50, "c")],
        ])
        #expect(PatternValidator.combinations(of: RawJSON(pattern.json)) == 1000)
        #expect(pattern.diagnostics(at: rulePath) == [])
    }

    // MARK: Size

    @Test func patternLongerThanTheDefaultQuotaIsAWarning() {
        let pattern = EventPattern(source: [.exactString(String(repeating: "a", count: 2100))])
        #expect(pattern.diagnostics(at: rulePath) == [Diagnostic(
            .warning, code: "events.pattern.longerThanDefaultQuota", path: rulePath,
            message: "event pattern is 2115 characters long; EventBridge allows 2048 unless the account's quota is raised",
            hint: "request a higher 'event pattern size' quota (at most 4096), or split the rule")])
    }

    @Test func patternLongerThanTheMaximumIsAnError() {
        let pattern = EventPattern(source: [.exactString(String(repeating: "a", count: 5000))])
        #expect(pattern.diagnostics(at: rulePath) == [Diagnostic(
            .error, code: "events.pattern.tooLong", path: rulePath,
            message: "event pattern is 5015 characters long; EventBridge allows at most 4096",
            hint: "split the rule, or shorten long value lists with 'prefix' or 'wildcard' matchers")])
    }

    @Test func patternAtTheDefaultLimitIsAccepted() {
        // {"source":["…"]} is 15 characters around the string.
        let pattern = EventPattern(source: [.exactString(String(repeating: "a", count: 2048 - 15))])
        #expect(pattern.diagnostics(at: rulePath) == [])
    }

    @Test func unresolvedValuesCountAsEmptyInTheLength() {
        let references = Match((0..<200).map { _ in Match.value(.getAtt("SomeVeryLongLogicalID1234567", "Arn")) })
        #expect(EventPattern(resources: references).diagnostics(at: rulePath) == [])
    }

    // MARK: Merge conflicts

    @Test func mergeConflictIsReportedWithBothValues() {
        let pattern = EventPattern(detail: ["a": ["1"]]).merging(EventPattern(detail: ["a": ["b": ["2"]]]))
        #expect(pattern.diagnostics(at: rulePath) == [Diagnostic(
            .error, code: "events.pattern.mergeConflict", path: rulePath,
            message: #"invalid event pattern field 'detail.a': type mismatch between existing pattern ["1"] and added pattern {"b":["2"]}"#,
            hint: "a field must be a list of values in every pattern merged into the rule, or a nested object in every one")])
    }

    // MARK: Collecting

    @Test func everyProblemIsReportedTogetherInPatternOrder() {
        let pattern = EventPattern(
            source: [],
            detail: ["a": .cidr("nope"), "b": .wildcard("**"), "c": .interval(2, 1)])
        // The rendered order puts 'detail' before 'source'.
        #expect(pattern.diagnostics(at: rulePath).map(\.code) == [
            "events.pattern.cidr", "events.pattern.wildcard", "events.pattern.numericRange", "events.pattern.emptyValues",
        ])
    }
}
