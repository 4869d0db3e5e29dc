import Testing
@testable import CloudFormation

@Suite struct RawJSONTests {
    @Test func numbersKeepTheirSpelling() throws {
        let parsed = try JSONParser.parseRaw(#"[3.0e2, 300, -0, 12345678901234567890, 1e400, 1E-325]"#)
        #expect(parsed == .array([.number("3.0e2"), .number("300"), .number("-0"), .number("12345678901234567890"),
                                  .number("1e400"), .number("1E-325")]))
    }

    @Test func repeatedKeysAreKeptInOrder() throws {
        let parsed = try JSONParser.parseRaw(#"{"a": 1, "b": 2, "a": 3}"#)
        guard case let .object(members) = parsed else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["a", "b", "a"])
        #expect(parsed["a"] == .number("3"))
        #expect(parsed.lastWinsMembers?.map(\.key) == ["a", "b"])
        #expect(parsed.lastWinsMembers?.first?.value == .number("3"))
    }

    @Test func rawParsingIsAsStrictAsTheParser() {
        for text in ["[1,]", "{\"a\" 1}", "01", "[1] x", "\"\\x\""] {
            #expect(throws: JSONParseError.self, "\(text)") { try JSONParser.parseRaw(text) }
        }
    }

    @Test func theValueParserStillRejectsNumbersBeyondADouble() throws {
        #expect(throws: JSONParseError.self) { try JSONParser.parse("1e400") }
        #expect(try JSONParser.parse(#"{"a": 1, "a": 2.5}"#) == ["a": 2.5])
    }

    @Test func rendersCompactlyOrIndentedWithNumbersAsWritten() throws {
        let parsed = try JSONParser.parseRaw(#"{"n": 3.0e2, "a": [], "o": {"s": "x\"y"}}"#)
        #expect(parsed.description == #"{"n":3.0e2,"a":[],"o":{"s":"x\"y"}}"#)
        #expect(parsed.rendered(indent: 2) == "{\n  \"n\": 3.0e2,\n  \"a\": [],\n  \"o\": {\n    \"s\": \"x\\\"y\"\n  }\n}")
    }

    @Test func templateValuesConvertWithReferencesUnresolved() {
        let value: JSONValue = ["n": 1.5, "ref": ["Ref": "AWS::AccountId"], "list": [true, nil]]
        #expect(RawJSON(value) == .object([
            ("n", .number("1.5")), ("ref", .unresolved(#"{"Ref":"AWS::AccountId"}"#)), ("list", .array([.bool(true), .null])),
        ]))
        #expect(RawJSON(.double(.infinity)) == .number("inf"))
    }

    @Test func convertsBackToAValue() throws {
        #expect(try JSONParser.parseRaw(#"{"a": 1, "a": [2.5, "x"]}"#).jsonValue == ["a": [2.5, "x"]])
        #expect(try JSONParser.parseRaw("1e400").jsonValue == nil)
    }

    /// The length is counted without writing the text, in JavaScript's UTF-16 units.
    @Test func compactLengthIsTheLengthOfTheCompactText() throws {
        let texts = [
            #"{"a":[1,2.50,"x\"y\\z\n\t\u0001"],"é😀":{"b":null,"c":true,"d":false},"e":[],"f":{}}"#,
            #"[]"#, #""""#, #"-0.0e+10"#,
        ]
        for text in texts {
            let value = try JSONParser.parseRaw(text)
            #expect(value.compactLength { _ in 0 } == value.description.utf16.count, "\(text)")
        }
        let unresolved = RawJSON.object([("k", .unresolved("{\"Ref\":\"X\"}"))])
        #expect(unresolved.compactLength { $0.count } == #"{"k":}"#.count + #"{"Ref":"X"}"#.count)
    }
}
