import CloudFormation
import Testing

/// Expected outputs here were checked by reading them back with PyYAML 6
/// (`yaml.SafeLoader` and libyaml's `CSafeLoader`) and comparing with the JSON value.
@Suite struct YAMLWriterTests {
    let writer = YAMLWriter()

    @Test func scalarsAtTheTopLevel() {
        #expect(writer.render(.null) == "null")
        #expect(writer.render(true) == "true")
        #expect(writer.render(false) == "false")
        #expect(writer.render(-12) == "-12")
        #expect(writer.render("Hello") == "Hello")
        #expect(writer.render([:]) == "{}")
        #expect(writer.render([]) == "[]")
    }

    @Test func nestedMappingsIndentByTwoSpaces() {
        let value: JSONValue = ["A": ["B": ["C": 1]], "D": "x"]
        #expect(writer.render(value) == """
            A:
              B:
                C: 1
            D: x
            """)
    }

    @Test func sequencesUnderAKeyAreIndented() {
        let value: JSONValue = ["List": ["a", 1, true, nil]]
        #expect(writer.render(value) == """
            List:
              - a
              - 1
              - true
              - null
            """)
    }

    @Test func arraysOfObjectsUseTheCompactForm() {
        let value: JSONValue = ["Tags": [["Key": "k1", "Value": "v1"], ["Key": "k2", "Value": ["Nested": [1]]]]]
        #expect(writer.render(value) == """
            Tags:
              - Key: k1
                Value: v1
              - Key: k2
                Value:
                  Nested:
                    - 1
            """)
    }

    @Test func nestedArraysShareALine() {
        let value: JSONValue = [[1, 2], [[]], [["a": 1]], [[[3]]], []]
        #expect(writer.render(value) == """
            - - 1
              - 2
            - - []
            - - a: 1
            - - - - 3
            - []
            """)
    }

    @Test func objectInAnArrayWhoseFirstValueIsNested() {
        let value: JSONValue = [["A": ["B": 1], "C": [2]], ["D": [:]]]
        #expect(writer.render(value) == """
            - A:
                B: 1
              C:
                - 2
            - D: {}
            """)
    }

    @Test func emptyContainersAsValues() {
        #expect(writer.render(["A": [:], "B": [], "C": [[:], []]]) == """
            A: {}
            B: []
            C:
              - {}
              - []
            """)
    }

    @Test func intrinsicsUseTheLongFormAsOrdinaryKeys() {
        let value: JSONValue = [
            "Arn": .getAtt("Queue", "Arn"),
            "Name": .join("-", [.ref("AWS::StackName"), "queue"]),
            "Url": .sub("https://${Bucket}.s3.${AWS::Region}.${AWS::URLSuffix}/"),
        ]
        #expect(writer.render(value) == """
            Arn:
              Fn::GetAtt:
                - Queue
                - Arn
            Name:
              Fn::Join:
                - "-"
                - - Ref: AWS::StackName
                  - queue
            Url:
              Fn::Sub: https://${Bucket}.s3.${AWS::Region}.${AWS::URLSuffix}/
            """)
    }

    @Test func keysKeepTheirOrder() {
        #expect(writer.render(["b": 1, "a": 2, "c": 3]) == "b: 1\na: 2\nc: 3")
    }

    @Test(arguments: [
        "Hello", "Hello World", "a:b", "Fn::GetAtt", "AWS::S3::Bucket", "arn:aws:s3:::bucket/*", "${AWS::StackName}-x",
        "/path/to", "_x", "$x", "a,b", "rate(5 minutes)", "cron(0 4 * * ? *)", "x=1", "a;b", "a~b", "s3:GetObject",
        "a.b-c_d+e@f", "a{b}", "v1.2",
    ])
    func safeStringsArePlain(string: String) {
        #expect(writer.render(.string(string)) == string)
        #expect(writer.render([string: .string(string)]) == "\(string): \(string)")
    }

    @Test(arguments: [
        // YAML 1.1 and 1.2 booleans, nulls and numbers.
        "true", "True", "TRUE", "false", "null", "Null", "NULL", "~", "yes", "Yes", "no", "NO", "on", "On",
        "off", "OFF", "y", "Y", "n", "N", "nan", "inf", "NaN", "1", "0", "-1", "+1", "0x1F", "0o17", "0b101",
        "1e3", "1E3", "1.5", ".5", "-.5", ".inf", "-.inf", ".nan", "1_000", "12:30", "190:20:30",
        // Timestamps, merge and value keys.
        "2012-10-17", "2001-12-14t21:59:43.10-05:00", "<<", "=",
        // Indicators and whitespace.
        "", " leading space", "trailing space ", "a: b", "a:", "#x", "a #x", "a#x", "- x", "-", "?", "? x",
        ":x", "@x", "`x", "!tag", "&anchor", "*alias", "%dir", "|", ">", "{a}", "[a]", "a[b]", "'quoted'",
        "---", "...", "  ", "a|b", "a!b", "a&b", "a%b", "a>b", "a`b", "a'b", "10.0.0.0/16",
    ])
    func ambiguousStringsAreDoubleQuoted(string: String) {
        #expect(writer.render(.string(string)) == "\"\(string)\"")
        #expect(writer.render([string: .string(string)]) == "\"\(string)\": \"\(string)\"")
    }

    @Test func escapesInsideDoubleQuotes() {
        #expect(writer.render(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(writer.render("line\nbreak\r\ttab") == #""line\nbreak\r\ttab""#)
        #expect(writer.render("\u{0}\u{7}\u{8}\u{B}\u{C}\u{1B}") == #""\0\a\b\v\f\e""#)
        #expect(writer.render("\u{1}\u{1F}\u{7F}\u{80}\u{85}\u{9F}") == #""\x01\x1F\x7F\x80\x85\x9F""#)
        #expect(writer.render("\u{2028}\u{2029}\u{FEFF}\u{FFFE}\u{FFFF}") == #""\u2028\u2029\uFEFF\uFFFE\uFFFF""#)
    }

    @Test func nonASCIIStaysAsUTF8InsideQuotes() {
        #expect(writer.render("é") == "\"é\"")
        #expect(writer.render("日本語") == "\"日本語\"")
        #expect(writer.render("emoji 😀") == "\"emoji 😀\"")
        #expect(writer.render("a\u{A0}b") == "\"a\u{A0}b\"")
    }

    @Test func backslashSequencesInTheTextStayLiteral() {
        #expect(writer.render(#"a\nb"#) == #""a\\nb""#)
    }

    @Test func numbers() {
        #expect(writer.render([.integer(Int.max), .integer(Int.min), 0]) == "- 9223372036854775807\n- -9223372036854775808\n- 0")
        #expect(writer.render([1.5, -0.25, 0.1, 1.0, -0.0, 1e20]) == "- 1.5\n- -0.25\n- 0.1\n- 1\n- 0\n- 100000000000000000000")
    }

    @Test func exponentNotationAlwaysHasAFraction() {
        #expect(writer.render([1e21, 1.5e21, 1e-7, 2.5e-8, .double(.leastNonzeroMagnitude), 1.7976931348623157e308]) == """
            - 1.0e+21
            - 1.5e+21
            - 1.0e-7
            - 2.5e-8
            - 5.0e-324
            - 1.7976931348623157e+308
            """)
    }

    @Test func nonFiniteDoublesRenderAsNull() {
        #expect(writer.render(["a": .double(.nan), "b": .double(.infinity)]) == "a: null\nb: null")
    }

    @Test func tokensRenderAsTheirDescription() {
        #expect(writer.render(["a": .token(StubToken(name: "Bucket"))]) == #"a: "${Token[Bucket]}""#)
    }

    @Test func veryLongKeysUseExplicitEntries() {
        let key = String(repeating: "k", count: 1_001)
        let longKeyed: JSONValue = [key: 1, "short": ["x"]]
        #expect(writer.render(longKeyed) == "? \(key)\n: 1\nshort:\n  - x")
        #expect(writer.render([[key: ["a": 1]]]) == "- ? \(key)\n  :\n    a: 1")
        let limit = String(repeating: "k", count: 1_000)
        #expect(writer.render([limit: 1]) == "\(limit): 1")
        let quotedLimit = String(repeating: "k", count: 997) + "#"
        #expect(writer.render([quotedLimit: 1]) == "\"\(quotedLimit)\": 1")
        let escaped = String(repeating: "\u{1}", count: 250)
        let escapedText = "\"" + String(repeating: #"\x01"#, count: 250) + "\""
        #expect(writer.render([escaped: 1]) == "? \(escapedText)\n: 1")
    }

    @Test func deepNestingDoesNotExhaustTheStack() {
        let depth = 1_000
        let arrays = writer.render(nestedArrays(depth: depth))
        #expect(arrays == String(repeating: "- ", count: depth) + "1")
        let objects = writer.render(nestedObjects(depth: depth)).split(separator: "\n")
        #expect(objects.count == depth)
        #expect(objects.last == Substring(String(repeating: " ", count: 2 * (depth - 1)) + "k: 1"))
    }

    @Test func templateRendersAsCloudFormationYAML() {
        var template = Template(formatVersion: "2010-09-09", description: "Demo: a queue")
        template.resources = [
            Resource(logicalID: "Queue", type: "AWS::SQS::Queue", properties: ["VisibilityTimeout": 30, "FifoQueue": true]),
            Resource(logicalID: "Policy", type: "AWS::SQS::QueuePolicy", properties: [
                "Queues": [.ref("Queue")],
                "PolicyDocument": ["Version": "2012-10-17", "Statement": [["Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*"]]],
            ], dependsOn: ["Queue"]),
        ]
        template.outputs = [Output(logicalID: "QueueArn", value: .getAtt("Queue", "Arn"), exportName: "queue-arn")]
        #expect(writer.render(template.json) == """
            AWSTemplateFormatVersion: "2010-09-09"
            Description: "Demo: a queue"
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  FifoQueue: true
                  VisibilityTimeout: 30
              Policy:
                Type: AWS::SQS::QueuePolicy
                Properties:
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Effect: Allow
                        Action: sqs:SendMessage
                        Resource: "*"
                  Queues:
                    - Ref: Queue
                DependsOn:
                  - Queue
            Outputs:
              QueueArn:
                Value:
                  Fn::GetAtt:
                    - Queue
                    - Arn
                Export:
                  Name: queue-arn
            """)
    }
}
