import CloudFormation
import Testing

@Suite struct JSONWriterTests {
    let pretty = JSONWriter()
    let compact = JSONWriter(indent: 0)

    @Test func scalarsRenderAsJSONLiterals() {
        #expect(pretty.render(.null) == "null")
        #expect(pretty.render(true) == "true")
        #expect(pretty.render(false) == "false")
        #expect(pretty.render(42) == "42")
        #expect(pretty.render("text") == #""text""#)
    }

    @Test func prettyFormUsesTwoSpacesAndASpaceAfterTheColon() {
        let value: JSONValue = ["a": 1, "b": [1, "x"], "c": ["d": nil]]
        #expect(pretty.render(value) == """
            {
              "a": 1,
              "b": [
                1,
                "x"
              ],
              "c": {
                "d": null
              }
            }
            """)
    }

    @Test func compactFormHasNoWhitespace() {
        let value: JSONValue = ["a": [1, 2], "b": ["c": "d e"], "f": [], "g": [:]]
        #expect(compact.render(value) == #"{"a":[1,2],"b":{"c":"d e"},"f":[],"g":{}}"#)
    }

    @Test func negativeIndentRendersCompactly() {
        #expect(JSONWriter(indent: -3).render(["a": [1]]) == #"{"a":[1]}"#)
    }

    @Test func customIndentWidth() {
        #expect(JSONWriter(indent: 4).render(["a": [1]]) == "{\n    \"a\": [\n        1\n    ]\n}")
        #expect(JSONWriter(indent: 1).render([[true]]) == "[\n [\n  true\n ]\n]")
    }

    @Test func indentIsCappedAtTenLikeJSONStringify() {
        #expect(JSONWriter(indent: 12).render([1]) == "[\n" + String(repeating: " ", count: 10) + "1\n]")
        #expect(JSONWriter(indent: .max).render([1]) == JSONWriter(indent: 10).render([1]))
    }

    @Test func emptyContainersStayOnOneLine() {
        #expect(pretty.render([:]) == "{}")
        #expect(pretty.render([]) == "[]")
        #expect(pretty.render(["a": [:], "b": []]) == "{\n  \"a\": {},\n  \"b\": []\n}")
        #expect(pretty.render([[], [:], [[]]]) == "[\n  [],\n  {},\n  [\n    []\n  ]\n]")
    }

    @Test func noTrailingNewline() {
        #expect(pretty.render(["a": 1]).hasSuffix("}"))
        #expect(compact.render([1]).hasSuffix("]"))
    }

    @Test func objectsKeepTheirStoredKeyOrder() {
        var object = JSONObject()
        object["zeta"] = 1
        object["alpha"] = 2
        object["Mid"] = 3
        object["alpha"] = 4
        #expect(compact.render(.object(object)) == #"{"zeta":1,"alpha":4,"Mid":3}"#)
    }

    @Test func quoteAndBackslashAreEscaped() {
        #expect(compact.render(#"say "hi" \ bye"#) == #""say \"hi\" \\ bye""#)
    }

    @Test func slashIsNotEscaped() {
        #expect(compact.render("arn:aws:s3:::bucket/*") == #""arn:aws:s3:::bucket/*""#)
        #expect(compact.render("</script>") == #""</script>""#)
    }

    @Test func controlCharactersUseShortEscapesWhereJavaScriptDoes() {
        #expect(compact.render("\u{8}\u{C}\n\r\t") == #""\b\f\n\r\t""#)
    }

    @Test func otherControlCharactersUseLowercaseUnicodeEscapes() {
        #expect(compact.render("\u{0}\u{1}\u{B}\u{1B}\u{1F}") == #""\u0000\u0001\u000b\u001b\u001f""#)
    }

    @Test func deleteAndNonASCIIStayAsUTF8() {
        let text = "\u{7F}é日本😀\u{2028}\u{2029}\u{85}\u{FEFF}"
        #expect(compact.render(.string(text)) == "\"" + text + "\"")
    }

    @Test func keysAreEscapedLikeStrings() {
        #expect(compact.render(["a\"b\n": 1]) == #"{"a\"b\n":1}"#)
    }

    @Test func integersAreExact() {
        #expect(compact.render([.integer(Int.max), .integer(Int.min), 0, -1]) == "[9223372036854775807,-9223372036854775808,0,-1]")
    }

    @Test(arguments: [
        (1.5, "1.5"), (1.0, "1"), (-1.0, "-1"), (0.0, "0"), (-0.0, "0"), (0.1, "0.1"), (-2.5, "-2.5"),
        (1e21, "1e+21"), (1e20, "100000000000000000000"), (1.5e21, "1.5e+21"), (123e25, "1.23e+27"),
        (1e-7, "1e-7"), (1.5e-7, "1.5e-7"), (1e-6, "0.000001"), (1.234e-6, "0.000001234"),
        (1e16, "10000000000000000"), (9007199254740993.0, "9007199254740992"), (4.35, "4.35"),
        (1.0 / 3.0, "0.3333333333333333"), (100.25, "100.25"), (123456.789, "123456.789"),
        (1.7976931348623157e308, "1.7976931348623157e+308"), (.leastNonzeroMagnitude, "5e-324"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
    ])
    func doublesPrintLikeJavaScript(value: Double, expected: String) {
        #expect(compact.render(.double(value)) == expected)
    }

    @Test func nonFiniteDoublesRenderAsNull() {
        #expect(compact.render([.double(.nan), .double(.infinity), .double(-.infinity)]) == "[null,null,null]")
    }

    @Test func tokensRenderAsTheirDescription() {
        let value: JSONValue = ["a": .token(StubToken(name: "Bucket"))]
        #expect(compact.render(value) == #"{"a":"${Token[Bucket]}"}"#)
    }

    @Test func descriptionIsThePrettyJSON() {
        let value: JSONValue = ["a": [1]]
        #expect(value.description == pretty.render(value))
    }

    @Test func deepNestingDoesNotExhaustTheStack() {
        let depth = 10_000
        let arrays = compact.render(nestedArrays(depth: depth))
        #expect(arrays == String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
        let objects = compact.render(nestedObjects(depth: depth))
        #expect(objects == String(repeating: #"{"k":"#, count: depth) + "1" + String(repeating: "}", count: depth))
    }

    @Test func deepNestingIndentsEveryLevel() {
        let depth = 1_000
        let text = pretty.render(nestedArrays(depth: depth))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2 * depth + 1)
        #expect(lines[depth] == Substring(String(repeating: " ", count: 2 * depth) + "1"))
        #expect(lines.last == "]")
    }

    @Test func largeTemplatesRenderQuickly() throws {
        var resources = JSONObject()
        for index in 0..<10_000 {
            resources["Rule\(index)"] = [
                "Type": "AWS::Events::Rule",
                "Properties": [
                    "ScheduleExpression": "rate(5 minutes)",
                    "State": "ENABLED",
                    "Targets": [["Arn": .getAtt("Function\(index)", "Arn"), "Id": "Target0"]],
                ],
            ]
        }
        let template: JSONValue = ["Resources": .object(resources)]
        let clock = ContinuousClock()
        var text = ""
        let elapsed = clock.measure { text = pretty.render(template) }
        #expect(text.utf8.count > 2_000_000)
        #expect(elapsed < .seconds(10))
        #expect(try JSONParser.parse(text) == template)
    }
}
