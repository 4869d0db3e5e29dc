import CloudFormation
import Testing
@testable import CDK

/// The codes of the errors that reject the raw pattern `text`, empty when it is accepted.
private func rejection(_ text: String) -> [String] {
    do {
        _ = try EventPatternMatcher(jsonText: text)
        return []
    } catch let error as EventPatternError {
        return error.diagnostics.map(\.code)
    } catch {
        return ["unexpected: \(error)"]
    }
}

/// The first message for the raw pattern `text`.
private func message(_ text: String) -> String? {
    do {
        _ = try EventPatternMatcher(jsonText: text)
        return nil
    } catch {
        return "\(error)"
    }
}

/// Raw JSON patterns go through the validator that checks rules at synthesis
/// (EventPatternValidationTests covers the typed side). Cases from invalid.jsonl of
/// reference/event-patterns.md.
@Suite struct PatternValidatorTests {
    @Test func structureErrors() {
        #expect(rejection("[1, 2, 3]") == ["events.pattern.notObject"])
        #expect(rejection("{}") == ["events.pattern.empty"])
        #expect(rejection(#"{"detail": {}}"#) == ["events.pattern.emptyObject"])
        #expect(rejection(#"{"source": []}"#) == ["events.pattern.emptyValues"])
        #expect(rejection(#"{"source": "aws.ec2"}"#) == ["events.pattern.fieldNotList"])
        #expect(rejection(#"{"a": [[1]]}"#) == ["events.pattern.nestedArray"])
        #expect(message("{not json")?.hasPrefix("the pattern is not JSON: line 1, column 2") == true)
    }

    @Test func fieldNotListSaysHowToWriteIt() {
        #expect(message(#"{"int": 42}"#) == "field 'int' must be a list of values or a nested object, not 42")
    }

    @Test func unknownOrMiscasedOperatorsAreRejected() {
        #expect(rejection(#"{"a": [{"x": 2}]}"#) == ["events.pattern.unknownMatcher"])
        #expect(rejection(#"{"a": [{"EXISTS": true}]}"#) == ["events.pattern.unknownMatcher"])
        #expect(rejection(#"{"a": [{"NUMERIC": ["=", 5]}]}"#) == ["events.pattern.unknownMatcher"])
        #expect(rejection(#"{"a": [{"contains": "x"}]}"#) == ["events.pattern.unknownMatcher"])
        #expect(rejection(#"{"a": [{}]}"#) == ["events.pattern.unknownMatcher"])
    }

    @Test func aMatcherHasExactlyOneKey() {
        #expect(rejection(#"{"a": [{"prefix": "child", "foo": []}]}"#) == ["events.pattern.matcherKeys"])
        #expect(rejection(#"{"a": [{"prefix": {"equals-ignore-case": "abc", "test": "def"}}]}"#) == ["events.pattern.matcherKeys"])
        #expect(rejection(#"{"x": [{"exists": true, "extraKey": "extraValue"}]}"#) == ["events.pattern.matcherKeys"])
    }

    @Test func operatorArgumentsOfTheWrongType() {
        for pattern in [
            #"{"a": [{"prefix": 3}]}"#, #"{"a": [{"prefix": ["x"]}]}"#, #"{"a": [{"suffix": 3}]}"#,
            #"{"a": [{"prefix": {"invalid-expression": ["abc"]}}]}"#, #"{"a": [{"prefix": {"equals-ignore-case": 5}}]}"#,
            #"{"a": [{"equals-ignore-case": ["abc"]}]}"#, #"{"a": [{"wildcard": 5}]}"#, #"{"a": [{"exists": "true"}]}"#,
            #"{"a": [{"cidr": ["10.0.0.0/8"]}]}"#, #"{"a": [{"numeric": 10}]}"#, #"{"a": [{"exactly": 33}]}"#,
        ] {
            #expect(rejection(pattern) == ["events.pattern.matcherArgument"], "\(pattern)")
        }
    }

    @Test func anythingButArguments() {
        #expect(rejection(#"{"a": [{"anything-but": ["x", 1]}]}"#) == ["events.pattern.anythingButMixedTypes"])
        #expect(rejection(#"{"a": [{"anything-but": ["x", null]}]}"#) == ["events.pattern.matcherArgument"])
        #expect(rejection(#"{"a": [{"anything-but": null}]}"#) == ["events.pattern.matcherArgument"])
        #expect(rejection(#"{"a": [{"anything-but": []}]}"#) == ["events.pattern.anythingButEmpty"])
        #expect(rejection(#"{"a": [{"anything-but": {"prefix": ""}}]}"#) == ["events.pattern.anythingButEmptyAffix"])
        #expect(rejection(#"{"a": [{"anything-but": {"suffix": ["1", ""]}}]}"#) == ["events.pattern.anythingButEmptyAffix"])
        #expect(rejection(#"{"a": [{"anything-but": {"prefix": 27}}]}"#) == ["events.pattern.matcherArgument"])
        #expect(rejection(#"{"a": [{"anything-but": {"equals-ignore-case": [1, 2]}}]}"#) == ["events.pattern.matcherArgument"])
        #expect(rejection(#"{"a": [{"anything-but": {"prefix": {"equals-ignore-case": "x"}}}]}"#) == ["events.pattern.matcherArgument"])
        #expect(rejection(#"{"a": [{"anything-but": {"numeric": [">", 1]}}]}"#) == ["events.pattern.matcherArgument"])
        #expect(rejection(#"{"a": [{"anything-but": {"foo": 3}}]}"#) == ["events.pattern.matcherArgument"])
        #expect(rejection(#"{"a": [{"anything-but": {"wildcard": "a**b"}}]}"#) == ["events.pattern.wildcard"])
        #expect(rejection(#"{"a": [{"anything-but": {"wildcard": ""}}]}"#) == [])
        #expect(rejection(#"{"a": [{"anything-but": {"equals-ignore-case": ""}}]}"#) == [])
    }

    @Test func numericForms() {
        for pattern in [
            #"{"x": [{"numeric": ["=", true]}]}"#, #"{"x": [{"numeric": ["=", "-4e-6"]}]}"#, #"{"x": [{"numeric": ["="]}]}"#,
            #"{"x": [{"numeric": ["<>", 1, ">", 0]}]}"#, #"{"x": [{"numeric": ["==", 1]}]}"#,
            #"{"x": [{"numeric": ["<", 1, ">", 0]}]}"#, #"{"x": [{"numeric": [">", 1, "<", 30, false]}]}"#,
            #"{"x": [{"numeric": [">", 0, ">", 0]}]}"#, #"{"x": [{"numeric": [">", 0, "<"]}]}"#,
        ] {
            #expect(rejection(pattern) == ["events.pattern.numericMalformed"], "\(pattern)")
        }
        #expect(rejection(#"{"x": [{"numeric": [">", 30, "<", 1]}]}"#) == ["events.pattern.numericRange"])
        #expect(rejection(#"{"x": [{"numeric": [">", 1, "<", 1]}]}"#) == ["events.pattern.numericRange"])
        #expect(rejection(#"{"x": [{"numeric": [">=", -1e300, "<", 1e300]}]}"#) == [])
    }

    @Test func numbersADoubleCannotHoldAreRejected() {
        #expect(rejection(#"{"x": [{"numeric": ["=", 1E309]}]}"#) == ["events.pattern.numberNotFinite"])
        #expect(rejection(#"{"x": [{"numeric": ["=", 1E-325]}]}"#) == ["events.pattern.numberUnderflow"])
        #expect(message(#"{"x": [{"numeric": ["=", 1E-325]}]}"#)
            == "field 'x' has the number 1E-325, which is too small for a double and would read as 0")
        #expect(rejection(#"{"x": [{"numeric": ["=", 0.0e-400]}]}"#) == [])
    }

    @Test func wildcardRules() {
        #expect(rejection(#"{"a": [{"wildcard": "abc\\"}]}"#) == ["events.pattern.wildcard"])
        #expect(rejection(#"{"a": [{"wildcard": "a**"}]}"#) == ["events.pattern.wildcard"])
        #expect(rejection(#"{"a": [{"wildcard": "a\\b"}]}"#) == ["events.pattern.wildcard"])
        #expect(rejection(#"{"a": [{"wildcard": "a\\**"}]}"#) == [])
        #expect(rejection(#"{"a": [{"wildcard": "a\\\\*"}]}"#) == [])
    }

    @Test func cidrBlocks() {
        #expect(rejection(#"{"a": [{"cidr": "foo"}]}"#) == ["events.pattern.cidr"])
        #expect(rejection(#"{"a": [{"cidr": "xx.11.xx/8"}]}"#) == ["events.pattern.cidr"])
        #expect(rejection(#"{"a": [{"cidr": "bad-/64filter"}]}"#) == ["events.pattern.cidr"])
        #expect(rejection(#"{"a": [{"cidr": "xxxx:db8:1234:1a00::/64"}]}"#) == ["events.pattern.cidr"])
        #expect(rejection(#"{"a": [{"cidr": "10.0.0.1/32"}]}"#) == ["events.pattern.cidr"])
        #expect(rejection(#"{"a": [{"cidr": "2001:db8::/128"}]}"#) == ["events.pattern.cidr"])
        #expect(rejection(#"{"a": [{"cidr": "2001:DB8::/32"}]}"#) == [])
    }

    @Test func orRules() {
        #expect(rejection(#"{"$or": {"a": ["1"]}}"#) == ["events.pattern.orAlternatives"])
        #expect(rejection(#"{"$or": [{"a": ["1"]}]}"#) == ["events.pattern.orAlternatives"])
        #expect(rejection(#"{"$or": [{"a": ["1"]}, "b"]}"#) == ["events.pattern.orAlternatives"])
        #expect(rejection(#"{"$or": [{"numeric": [123]}, {"prefix": ["abc"]}]}"#)
            == ["events.pattern.orReservedField", "events.pattern.orReservedField"])
        #expect(rejection(#"{"$or": [{"a": ["1"]}, {"b": ["2"]}]}"#) == [])
    }

    @Test func moreThanAThousandOrCombinationsAreRejected() {
        func or(_ count: Int, _ name: String) -> String {
            "[" + (0..<count).map { #"{"\#(name)": ["\#($0)"]}"# }.joined(separator: ",") + "]"
        }
        let over = #"{"$or": \#(or(11, "a")), "x": {"$or": \#(or(10, "b"))}, "y": {"$or": \#(or(10, "c"))}}"#
        #expect(rejection(over) == ["events.pattern.tooManyCombinations"])
        let at = #"{"$or": \#(or(10, "a")), "x": {"$or": \#(or(10, "b"))}, "y": {"$or": \#(or(10, "c"))}}"#
        #expect(rejection(at) == [])
    }

    @Test func warningsDoNotReject() throws {
        let matcher = try EventPatternMatcher(jsonText: #"{"a": ["x"], "a": ["y"]}"#)
        #expect(matcher.warnings.map(\.code) == ["events.pattern.duplicateKey"])
    }

    @Test func rulesAtSynthesisUseTheSameValidator() {
        // A typed pattern renders JSON that goes through the same checks as a raw one.
        let typed = EventPattern(detail: ["ip": .cidr("10.0.0.1/32")]).diagnostics(at: "S/R").map(\.code)
        #expect(typed == rejection(#"{"detail": {"ip": [{"cidr": "10.0.0.1/32"}]}}"#))
    }
}
