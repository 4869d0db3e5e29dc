import CloudFormation
import Testing

@Suite struct JSONParserTests {
    /// The error that parsing `text` throws, or `nil` if it parses.
    func parseError(_ text: String) -> JSONParseError? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch let error as JSONParseError {
            return error
        } catch {
            return nil
        }
    }

    @Test func scalarsParse() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse("true") == .bool(true))
        #expect(try JSONParser.parse("false") == .bool(false))
        #expect(try JSONParser.parse(#""hi""#) == .string("hi"))
        #expect(try JSONParser.parse(" \t\r\n 7 \n") == .integer(7))
    }

    @Test func containersParse() throws {
        let value = try JSONParser.parse(#"{"a": [1, 2.5, "x", null, true, {}], "b": {"c": []}}"#)
        #expect(value == ["a": [1, 2.5, "x", nil, true, [:]], "b": ["c": []]])
    }

    @Test func objectKeysKeepTheirOrder() throws {
        let object = try #require(try JSONParser.parse(#"{"z": 1, "a": 2, "m": 3}"#).objectValue)
        #expect(object.keys == ["z", "a", "m"])
    }

    @Test func duplicateKeyKeepsFirstPositionAndLastValue() throws {
        let object = try #require(try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#).objectValue)
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == .integer(3))
    }

    @Test func integersThatFitStayIntegers() throws {
        #expect(try JSONParser.parse("9223372036854775807") == .integer(Int.max))
        #expect(try JSONParser.parse("-9223372036854775808") == .integer(Int.min))
        #expect(try JSONParser.parse("0") == .integer(0))
        #expect(try JSONParser.parse("-0") == .integer(0))
        guard case .integer = try JSONParser.parse("12") else {
            Issue.record("12 should parse as an integer")
            return
        }
    }

    @Test func otherNumbersBecomeDoubles() throws {
        for (text, expected) in [
            ("9223372036854775808", 9223372036854775808.0), ("-9223372036854775809", -9223372036854775809.0),
            ("1.0", 1.0), ("1.5", 1.5), ("-0.25", -0.25), ("1e3", 1000.0), ("1E+3", 1000.0), ("25e-1", 2.5),
            ("0.1", 0.1), ("1e-400", 0.0), ("123456789012345678901234567890", 1.2345678901234568e29),
            ("5e-324", .leastNonzeroMagnitude), ("1.7976931348623157e308", 1.7976931348623157e308),
        ] {
            let value = try JSONParser.parse(text)
            guard case let .double(number) = value else {
                Issue.record("\(text) parsed as \(value), not a double")
                continue
            }
            #expect(number == expected, "\(text)")
        }
    }

    @Test func stringEscapesDecode() throws {
        let text = #""\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u65E5 \u0000""#
        #expect(try JSONParser.parse(text) == .string("\" \\ / \u{8} \u{C} \n \r \t A é 日 \u{0}"))
    }

    @Test func surrogatePairsDecodeToOneCharacter() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try JSONParser.parse(#""a\uD834\uDD1Eb""#) == .string("a𝄞b"))
    }

    @Test func loneSurrogatesAreErrors() {
        #expect(parseError(#""\ud83d""#)?.message == #"lone high surrogate \uD83D in string"#)
        #expect(parseError(#""\ud83dx""#)?.message == #"lone high surrogate \uD83D in string"#)
        #expect(parseError(#""\ud83d\u0041""#)?.message == #"lone high surrogate \uD83D in string"#)
        #expect(parseError(#""\ude00""#)?.message == #"lone low surrogate \uDE00 in string"#)
    }

    @Test func rawUTF8PassesThrough() throws {
        #expect(try JSONParser.parse("\"é日本😀\u{2028}\u{7F}\"") == .string("é日本😀\u{2028}\u{7F}"))
    }

    @Test func leadingByteOrderMarkIsSkipped() throws {
        #expect(try JSONParser.parse("\u{FEFF}[1]") == [1])
    }

    static let invalidTexts: [(text: String, message: String)] = [
        ("", "unexpected end of input, expected a value"),
        ("   ", "unexpected end of input, expected a value"),
        ("[1,]", "trailing comma before ']'"),
        (#"{"a":1,}"#, "trailing comma before '}'"),
        ("[1 2]", "expected ',' or ']' after an array element, found '2'"),
        (#"{"a" 1}"#, "expected ':' after object key, found '1'"),
        (#"{"a":1 "b":2}"#, "expected ',' or '}' after an object member, found '\"'"),
        ("{a:1}", "expected a string as object key, found 'a'"),
        ("{1:1}", "expected a string as object key, found '1'"),
        ("[1", "expected ',' or ']' after an array element, found end of input"),
        (#"{"a":1"#, "expected ',' or '}' after an object member, found end of input"),
        ("[,1]", "unexpected ',', expected a value"),
        ("]", "unexpected ']', expected a value"),
        ("01", "numbers must not have leading zeros"),
        ("-01", "numbers must not have leading zeros"),
        ("1.", "expected a digit after the decimal point"),
        (".5", "unexpected '.', expected a value"),
        ("1e", "expected a digit in the exponent"),
        ("1e+", "expected a digit in the exponent"),
        ("-", "expected a digit after '-'"),
        ("+1", "unexpected '+', expected a value"),
        ("1e400", "number '1e400' is too large for a double"),
        ("-1e400", "number '-1e400' is too large for a double"),
        ("NaN", "unexpected 'NaN', expected a value"),
        ("Infinity", "unexpected 'Infinity', expected a value"),
        ("tru", "unexpected 'tru', expected a value"),
        ("truex", "unexpected 'truex', expected a value"),
        ("nul", "unexpected 'nul', expected a value"),
        ("True", "unexpected 'True', expected a value"),
        ("'a'", "unexpected ''', expected a value"),
        ("// c\n1", "comments are not allowed in JSON"),
        ("[1] // c", "unexpected '/' after the JSON value"),
        ("/* c */ 1", "comments are not allowed in JSON"),
        ("1 2", "unexpected '2' after the JSON value"),
        ("{} x", "unexpected 'x' after the JSON value"),
        ("[]]", "unexpected ']' after the JSON value"),
        ("\"abc", "unterminated string"),
        ("\"a\\", "unterminated string"),
        ("\"a\nb\"", "unescaped control character U+000A in string"),
        ("\"a\tb\"", "unescaped control character U+0009 in string"),
        ("\"a\\x41\"", "invalid escape '\\x' in string"),
        ("\"a\\'\"", "invalid escape '\\'' in string"),
        ("\"\\u12\"", "expected four hex digits after '\\u'"),
        ("\"\\u12G4\"", "expected four hex digits after '\\u'"),
        ("\u{A0}1", "unexpected '\u{A0}', expected a value"),
        ("\u{C}1", "unexpected control character U+000C, expected a value"),
    ]

    @Test(arguments: invalidTexts)
    func invalidTextIsRejected(text: String, message: String) {
        #expect(parseError(text)?.message == message)
    }

    @Test func errorsReportLineAndColumn() throws {
        let error = try #require(parseError("{\n  \"a\": [1,\n        2,]\n}"))
        #expect(error.line == 3)
        #expect(error.column == 11)
        #expect(error.description == "line 3, column 11: trailing comma before ']'")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(parseError(#"["日本", x]"#))
        #expect(error.line == 1)
        #expect(error.column == 8)
    }

    @Test func errorInsideAStringPointsAtTheEscape() throws {
        let error = try #require(parseError(#"["ab\q"]"#))
        #expect(error.column == 5)
    }

    @Test func nestingUpToTheLimitParses() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try JSONParser.parse(text) == nestedArrays(depth: depth - 1, innermost: []))
    }

    @Test func nestingBeyondTheLimitIsAnError() throws {
        let depth = JSONParser.maximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = try #require(parseError(text))
        #expect(error.message == "arrays and objects nest deeper than 512 levels")
        #expect(error.column == 513)
    }

    @Test func hugeNestingIsAnErrorNotACrash() {
        let arrays = String(repeating: "[", count: 100_000)
        #expect(parseError(arrays)?.message == "arrays and objects nest deeper than 512 levels")
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(parseError(objects)?.message == "arrays and objects nest deeper than 512 levels")
    }

    @Test func renderedValuesParseBackEqual() throws {
        let values: [JSONValue] = [
            nil, true, false, 0, -1, .integer(Int.max), .integer(Int.min), 1.5, -0.001, 1e21, 1e-7, .double(.leastNonzeroMagnitude),
            1.7976931348623157e308, "", "a/b", "\"\\\u{0}\u{1F}\u{7F}\n\t", "é😀\u{2028}", [], [:],
            ["Resources": ["B": ["Type": "AWS::S3::Bucket", "Properties": ["Tags": [["Key": "k", "Value": "v"]]]]]],
            [[[], [:]], [[1, [2, [3]]]]],
            ["z": 1, "a": ["y": [true, nil]], "": "empty key"],
            nestedObjects(depth: 500), nestedArrays(depth: 511),
        ]
        for value in values {
            for writer in [JSONWriter(), JSONWriter(indent: 0), JSONWriter(indent: 4)] {
                let text = writer.render(value)
                let parsed = try JSONParser.parse(text)
                #expect(parsed == value, "\(text.prefix(200))")
                #expect(writer.render(parsed) == text)
            }
        }
    }

    @Test func parsingPreservesKeyOrderThroughRendering() throws {
        let text = #"{"Zeta":{"b":1,"a":[{"y":2,"x":3}]},"Alpha":null}"#
        #expect(JSONWriter(indent: 0).render(try JSONParser.parse(text)) == text)
    }

    @Test func largeDocumentsParseQuickly() throws {
        var items: [String] = []
        for index in 0..<40_000 {
            items.append(#"{"id":\#(index),"name":"item \#(index) \u00e9","tags":["a","b\n"],"ratio":\#(Double(index) / 7),"ok":true}"#)
        }
        let text = "[" + items.joined(separator: ",\n") + "]"
        #expect(text.utf8.count > 3_000_000)
        let clock = ContinuousClock()
        var parsed: JSONValue = nil
        let elapsed = try clock.measure { parsed = try JSONParser.parse(text) }
        #expect(elapsed < .seconds(10))
        #expect(parsed.arrayValue?.count == 40_000)
        #expect(parsed.arrayValue?.last?["name"] == "item 39999 é")
    }
}
