import CloudFormation
@testable import CDKAssertions
import Testing

/// The mismatches of `value` against `pattern`, one rendered line each; empty on a match.
/// `partial` is what a top-level assertion passes (a literal object there is `objectLike`).
private func mismatches(_ pattern: Matcher, _ value: JSONValue, partial: Bool = true) -> [String] {
    pattern.test(value, partialObjects: partial).mismatches.map(\.rendered)
}

@Suite struct LiteralMatcherTests {
    @Test func scalarMatchesAnEqualValue() {
        #expect(mismatches("x", "x").isEmpty)
        #expect(mismatches(true, true).isEmpty)
        #expect(mismatches(nil, .null).isEmpty)
        #expect(mismatches(1, .double(1)).isEmpty)
        #expect(mismatches(1.5, 1.5).isEmpty)
    }

    @Test func scalarMismatchShowsExpectedAndActual() {
        #expect(mismatches("x", 5) == [#"/: expected "x", got 5"#])
        #expect(mismatches(1, "1") == [#"/: expected 1, got "1""#])
        #expect(mismatches(false, .null) == ["/: expected false, got null"])
    }

    @Test func literalObjectAtTheTopIsPartial() {
        #expect(mismatches(["a": 1], ["a": 1, "b": 2]).isEmpty)
    }

    @Test func literalObjectsNestedInAPartialObjectArePartialToo() {
        let pattern: Matcher = ["Outer": ["Inner": "x"]]
        #expect(mismatches(pattern, ["Outer": ["Inner": "x", "Other": "y"], "Top": 1]).isEmpty)
    }

    @Test func literalObjectOutsideAPartialContextIsExact() {
        #expect(mismatches(["a": 1], ["a": 1, "b": 2], partial: false) == ["/b: unexpected key, with value 2"])
    }

    @Test func missingKeyIsReportedAtItsPath() {
        #expect(mismatches(["a": ["b": "x"]], ["a": ["c": "x"]]) == [#"/a/b: missing key; expected "x""#])
    }

    @Test func nestedMismatchNamesTheFullPath() {
        let value: JSONValue = ["Targets": [["Arn": ["Fn::GetAtt": ["Q", "Arn"]]]]]
        #expect(mismatches(["Targets": [["Arn": "x"]]], value) == [#"/Targets/0/Arn: expected "x", got {"Fn::GetAtt":["Q","Arn"]}"#])
    }

    @Test func literalArrayNeedsTheSameElementsInOrder() {
        #expect(mismatches(["a", "b"], ["a", "b"]).isEmpty)
        #expect(mismatches(["a", "b"], ["b", "a"]) == [#"/0: expected "a", got "b""#, #"/1: expected "b", got "a""#])
    }

    @Test func literalArrayReportsExtraAndMissingElements() {
        #expect(mismatches(["a"], ["a", "b"]) == [#"/1: unexpected element "b" (expected 1 elements, got 2)"#])
        #expect(mismatches(["a", "b"], ["a"]) == [#"/1: missing element; expected "b" (expected 2 elements, got 1)"#])
    }

    @Test func objectsInsideALiteralArrayFollowTheEnclosingObject() {
        let value: JSONValue = ["List": [["Id": "1", "Extra": true]]]
        #expect(mismatches(["List": [["Id": "1"]]], value).isEmpty)
        #expect(mismatches(.objectEquals(["List": [["Id": "1"]]]), value) == ["/List/0/Extra: unexpected key, with value true"])
    }

    @Test func literalFromAJSONValueMatchesLikeAWrittenLiteral() {
        let pattern = Matcher(["a": ["b": [1, 2]]])
        #expect(mismatches(pattern, ["a": ["b": [1, 2], "c": 3]]).isEmpty)
        #expect(mismatches(pattern, ["a": ["b": [1]]]) == ["/a/b/1: missing element; expected 2 (expected 2 elements, got 1)"])
    }

    @Test func repeatedKeyInALiteralKeepsTheLastPattern() {
        #expect(mismatches(["a": 1, "a": 2], ["a": 2]).isEmpty)
    }

    @Test func keysWithSlashesAreEscapedInPaths() {
        #expect(mismatches(["a/b": ["c~d": 1]], ["a/b": ["c~d": 2]]) == ["/a~1b/c~0d: expected 1, got 2"])
    }
}

@Suite struct ObjectMatcherTests {
    @Test func objectLikeAllowsOtherKeysAtEveryDepth() {
        let pattern = Matcher.objectLike(["a": ["b": 1]])
        #expect(mismatches(pattern, ["a": ["b": 1, "c": 2], "d": 3], partial: false).isEmpty)
    }

    @Test func objectLikeFailsOnADifferentValue() {
        #expect(mismatches(.objectLike(["a": 1]), ["a": 2]) == ["/a: expected 1, got 2"])
    }

    @Test func objectLikeNeedsAnObject() {
        #expect(mismatches(.objectLike(["a": 1]), ["a"]) == [#"/: expected an object, got ["a"]"#])
    }

    @Test func objectEqualsRejectsOtherKeys() {
        #expect(mismatches(.objectEquals(["a": 1]), ["a": 1]).isEmpty)
        #expect(mismatches(.objectEquals(["a": 1]), ["a": 1, "b": "x"]) == [#"/b: unexpected key, with value "x""#])
    }

    @Test func objectEqualsMatchesNestedLiteralObjectsExactly() {
        #expect(mismatches(.objectEquals(["a": ["b": 1]]), ["a": ["b": 1, "c": 2]]) == ["/a/c: unexpected key, with value 2"])
    }

    @Test func objectLikeInsideObjectEqualsIsPartialAgain() {
        #expect(mismatches(.objectEquals(["a": .objectLike(["b": 1])]), ["a": ["b": 1, "c": 2]]).isEmpty)
    }

    @Test func objectEqualsAllowsAnAbsentKeyToBeMissing() {
        #expect(mismatches(.objectEquals(["a": 1, "b": .absent]), ["a": 1]).isEmpty)
    }
}

@Suite struct ArrayMatcherTests {
    @Test func arrayWithMatchesASubsequenceInOrder() {
        #expect(mismatches(.arrayWith(["b", "d"]), ["a", "b", "c", "d"]).isEmpty)
        #expect(mismatches(.arrayWith([]), []).isEmpty)
    }

    @Test func arrayWithFailsOnTheWrongOrder() {
        let found = mismatches(.arrayWith(["d", "b"]), ["a", "b", "c", "d"])
        #expect(found == [
            "/3: arrayWith element 0 matched here",
            #"/: no element after element 3 to match arrayWith element 1, "b""#,
        ])
    }

    @Test func arrayWithReportsTheClosestElement() {
        let value: JSONValue = [["Id": "A", "Arn": "x"], ["Id": "B", "Arn": "y"]]
        let found = mismatches(.arrayWith([.objectLike(["Id": "B", "Arn": "z"])]), value)
        #expect(found == [
            #"/1: closest element to arrayWith element 0, objectLike({"Id":"B","Arn":"z"})"#,
            #"/1/Arn: expected "z", got "y""#,
        ])
    }

    @Test func arrayWithMatchesLiteralObjectsExactly() {
        let value: JSONValue = [["Id": "Target0", "Arn": "x"]]
        #expect(!mismatches(.arrayWith([["Id": "Target0"]]), value).isEmpty)
        #expect(mismatches(.arrayWith([.objectLike(["Id": "Target0"])]), value).isEmpty)
    }

    @Test func arrayWithCannotHoldAnyValueOrAbsent() {
        #expect(mismatches(.arrayWith([.anyValue]), [1]) == ["/: arrayWith cannot hold anyValue (pattern element 0): it matches no element or every element"])
        #expect(!mismatches(.arrayWith([.absent]), [1]).isEmpty)
    }

    @Test func arrayWithNeedsAnArray() {
        #expect(mismatches(.arrayWith(["a"]), "a") == [#"/: expected an array, got "a""#])
    }

    @Test func arrayEqualsNeedsEveryElementInOrder() {
        #expect(mismatches(.arrayEquals(["a", "b"]), ["a", "b"]).isEmpty)
        #expect(mismatches(.arrayEquals(["a"]), ["a", "b"]) == [#"/1: unexpected element "b" (expected 1 elements, got 2)"#])
    }

    @Test func arrayEqualsMatchesObjectsExactly() {
        #expect(mismatches(.arrayEquals([["a": 1]]), [["a": 1, "b": 2]]) == ["/0/b: unexpected key, with value 2"])
    }
}

@Suite struct SpecialMatcherTests {
    @Test func exactRejectsExtraKeysAtEveryDepth() {
        let pattern = Matcher.exact(["a": ["b": 1]])
        #expect(mismatches(pattern, ["a": ["b": 1]]).isEmpty)
        #expect(mismatches(["Top": pattern], ["Top": ["a": ["b": 1, "c": 2]]]) == ["/Top/a/c: unexpected key, with value 2"])
    }

    @Test func absentMatchesAMissingKey() {
        #expect(mismatches(["a": .absent], ["b": 1]).isEmpty)
    }

    @Test func absentFailsOnAPresentKeyEvenNull() {
        #expect(mismatches(["a": .absent], ["a": 1]) == ["/a: expected no value, got 1"])
        #expect(mismatches(["a": .absent], ["a": .null]) == ["/a: expected no value, got null"])
    }

    @Test func anyValueMatchesAnyPresentValue() {
        #expect(mismatches(["a": .anyValue], ["a": ["x": 1]]).isEmpty)
        #expect(mismatches(["a": .anyValue], ["a": false]).isEmpty)
    }

    @Test func anyValueFailsOnNullOrAMissingKey() {
        #expect(mismatches(["a": .anyValue], ["a": .null]) == ["/a: expected a value, got null"])
        #expect(mismatches(["a": .anyValue], [:]) == ["/a: missing key; expected anyValue"])
    }

    @Test func stringLikeRegexpFindsAMatchAnywhere() {
        #expect(mismatches(.stringLikeRegexp("Queue[0-9A-F]{8}"), "MyQueue4A7B9C1D-x").isEmpty)
        #expect(mismatches(.stringLikeRegexp("^b$"), "a\nb\nc").isEmpty)
    }

    @Test func stringLikeRegexpFailsOnAnotherString() {
        #expect(mismatches(.stringLikeRegexp("^arn:"), "bucket") == [#"/: expected a string matching /^arn:/, got "bucket""#])
    }

    @Test func stringLikeRegexpFailsOnANonString() {
        #expect(mismatches(.stringLikeRegexp("x"), ["Ref": "x"]) == [#"/: expected a string matching /x/, got {"Ref":"x"}"#])
    }

    @Test func stringLikeRegexpReportsAnInvalidExpression() {
        #expect(mismatches(.stringLikeRegexp("("), "(") == ["/: invalid regular expression /(/"])
    }

    @Test func notFailsWhenThePatternMatches() {
        #expect(mismatches(.not("x"), "y").isEmpty)
        #expect(mismatches(.not("x"), "x") == [#"/: expected a value not matching "x", got "x""#])
    }

    @Test func notMatchesLiteralObjectsExactly() {
        #expect(mismatches(.not(["a": 1]), ["a": 1, "b": 2]).isEmpty)
        #expect(!mismatches(.not(["a": 1]), ["a": 1]).isEmpty)
    }

    @Test func serializedJsonMatchesTheDecodedValue() {
        #expect(mismatches(.serializedJson(["a": [1, 2]]), #"{"a":[1,2]}"#).isEmpty)
        #expect(mismatches(.serializedJson(.objectLike(["a": 1])), #"{"a":1,"b":2}"#).isEmpty)
    }

    @Test func serializedJsonReportsMismatchesInsideTheString() {
        #expect(mismatches(["Body": .serializedJson(["a": 1])], ["Body": #"{"a":2}"#]) == [
            "/Body: the JSON in this string does not match; paths below continue inside it",
            "/Body/a: expected 1, got 2",
        ])
    }

    @Test func serializedJsonFailsOnInvalidJSONOrANonString() {
        #expect(mismatches(.serializedJson(["a": 1]), "{a}").first?.hasPrefix(#"/: expected a string of JSON, got "{a}" ("#) == true)
        #expect(mismatches(.serializedJson(["a": 1]), ["a": 1]) == [#"/: expected a string of JSON, got {"a":1}"#])
    }
}

@Suite struct MatcherDescriptionTests {
    @Test func descriptionUsesTheNotationThePatternIsWrittenIn() {
        let pattern: Matcher = [
            "Targets": .arrayWith([.objectLike(["Id": "Target0"])]),
            "State": .not("DISABLED"),
            "Name": .stringLikeRegexp("^a"),
            "RoleArn": .absent,
            "Any": .anyValue,
            "Exact": .exact(["a": [1]]),
            "Json": .serializedJson(.objectEquals(["b": .arrayEquals([nil])])),
        ]
        #expect(pattern.description == #"{"Targets":arrayWith([objectLike({"Id":"Target0"})]),"State":not("DISABLED"),"#
            + #""Name":stringLikeRegexp("^a"),"RoleArn":absent,"Any":anyValue,"Exact":exact({"a":[1]}),"#
            + #""Json":serializedJson(objectEquals({"b":arrayEquals([null])}))}"#)
    }

    @Test func longValuesAreAbridgedInMessages() {
        let long = String(repeating: "x", count: 300)
        let message = mismatches("y", .string(long))[0]
        #expect(message.count < 200)
        #expect(message.hasSuffix("…"))
    }
}
