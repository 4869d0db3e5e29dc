import CDK
import CloudFormation
import Testing

/// A reference that the CDK reference app resolved to the JSON below; tests resolve it
/// the same way before comparing with the CDK's template text.
private struct TestReference: Token, Equatable {
    let name: String
    var description: String { name }

    var resolved: JSONValue {
        switch name {
        case "QueueArn": return .getAtt("Q63C6E3AB", "Arn")
        case "QueueName": return .getAtt("Q63C6E3AB", "QueueName")
        default: return .pseudo(.stackName)
        }
    }
}

private let queueArn = TestReference(name: "QueueArn")
private let queueName = TestReference(name: "QueueName")
private let stackName = TestReference(name: "StackName")

/// The target properties of `input`, with the test references resolved, as compact JSON:
/// directly comparable with `JSON.stringify` of the CDK's resolved `bind()` result.
private func rendered(_ input: RuleTargetInput) -> String {
    let value = JSONValue.object(input.render().properties).resolvingTokens { token in
        (token as? TestReference)?.resolved ?? .string("<unresolved \(token)>")
    }
    return JSONWriter(indent: 0).render(value)
}

/// Expected values are the CDK's own: aws-cdk-lib 2.275.0 under node,
/// `stack.resolve(RuleTargetInput.fromX(...).bind(rule))`, keys renamed to the target's
/// property names (`Input`, `InputPath`, `InputTransformer`), printed with `JSON.stringify`.
@Suite struct RuleTargetInputTextTests {
    @Test func plainTextBecomesAJSONString() {
        #expect(rendered(.text("Hello, \"world\"")) == #"{"Input":"\"Hello, \\\"world\\\"\""}"#)
    }

    @Test func textEscapesLikeJSONStringify() {
        #expect(rendered(.text("tab\there\nnew \"q\" \\ back </x> é \u{01}"))
            == #"{"Input":"\"tab\\there\\nnew \\\"q\\\" \\\\ back </x> é \\u0001\""}"#)
    }

    @Test func emptyText() {
        #expect(rendered(.text("")) == #"{"Input":"\"\""}"#)
    }

    @Test func textWithFieldBecomesATransformerWithQuotedTemplate() {
        #expect(rendered(.text("This is \(EventField.path("$.detail.bla"))"))
            == #"{"InputTransformer":{"InputPathsMap":{"detail-bla":"$.detail.bla"},"InputTemplate":"\"This is <detail-bla>\""}}"#)
    }

    @Test func codePipelineFailureMessageMatchesTheReferenceScenario() {
        let input = RuleTargetInput.text("""
            The \(EventField.path("$.detail.type.category")) action \(EventField.path("$.detail.action")) in stage \
            \(EventField.path("$.detail.stage")) of pipeline \(EventField.path("$.detail.pipeline")) has \
            \(EventField.path("$.detail.state")) (execution \(EventField.path("$.detail.execution-id")), \
            account \(EventField.account), region \(EventField.region), at \(EventField.time)).
            """)
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail-type-category":"$.detail.type.category","detail-action":"$.detail.action","detail-stage":"$.detail.stage","detail-pipeline":"$.detail.pipeline","detail-state":"$.detail.state","detail-execution-id":"$.detail.execution-id","account":"$.account","region":"$.region","time":"$.time"},"InputTemplate":"\"The <detail-type-category> action <detail-action> in stage <detail-stage> of pipeline <detail-pipeline> has <detail-state> (execution <detail-execution-id>, account <account>, region <region>, at <time>).\""}}"#)
    }

    @Test func builtInFieldsUseTheirPathsHints() {
        let input = RuleTargetInput.text("\(EventField.eventID) \(EventField.detailType) \(EventField.source) \(EventField.account) \(EventField.time) \(EventField.region)")
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"id":"$.id","detail-type":"$.detail-type","source":"$.source","account":"$.account","time":"$.time","region":"$.region"},"InputTemplate":"\"<id> <detail-type> <source> <account> <time> <region>\""}}"#)
    }

    @Test func samePathSharesOnePlaceholder() {
        let input = RuleTargetInput.text("\(EventField.source) \(EventField.source) \(EventField.path("$.source"))")
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":"\"<source> <source> <source>\""}}"#)
    }

    @Test func pathWithoutHintGetsCounterOfAllDistinctPaths() {
        let input = RuleTargetInput.text("\(EventField.path("$.detail.a")) \(EventField.path("$.detail.b")) \(EventField.path("$.detail.c")) \(EventField.path("$"))")
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail-a":"$.detail.a","detail-b":"$.detail.b","detail-c":"$.detail.c","f4":"$"},"InputTemplate":"\"<detail-a> <detail-b> <detail-c> <f4>\""}}"#)
    }

    @Test func counterNamesAndHintsMix() {
        let input = RuleTargetInput.text("\(EventField.path("$")) \(EventField.path("$.f2")) \(EventField.path("$$"))")
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"f1":"$","f2":"$.f2","f3":"$$"},"InputTemplate":"\"<f1> <f2> <f3>\""}}"#)
    }

    @Test func hintsReplaceEachUTF16UnitOutsideTheAllowedSet() {
        let input = RuleTargetInput.text("\(EventField.path("$.detail.a[0].b")) \(EventField.path("$.detail.x_y")) \(EventField.path("$..a")) \(EventField.path("$.détail")) \(EventField.path("$.detail.*")) \(EventField.path("$.d.😀"))")
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail-a-0--b":"$.detail.a[0].b","detail-x_y":"$.detail.x_y","a":"$..a","d-tail":"$.détail","detail--":"$.detail.*","d---":"$.d.😀"},"InputTemplate":"\"<detail-a-0--b> <detail-x_y> <a> <d-tail> <detail--> <d--->\""}}"#)
    }

    @Test func referenceInTextBecomesAJoin() {
        #expect(rendered(.text("x \(queueArn)")) == #"{"Input":{"Fn::Join":["",["\"x ",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},"\""]]}}"#)
    }

    @Test func referenceAndFieldInText() {
        #expect(rendered(.text("x \(queueArn) \(EventField.source)"))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":{"Fn::Join":["",["\"x ",{"Fn::GetAtt":["Q63C6E3AB","Arn"]}," <source>\""]]}}}"#)
    }

    @Test func adjacentReferencesStaySeparateJoinParts() {
        #expect(rendered(.text("\(queueArn)\(queueName)"))
            == #"{"Input":{"Fn::Join":["",["\"",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},{"Fn::GetAtt":["Q63C6E3AB","QueueName"]},"\""]]}}"#)
    }

    @Test func fieldRightAfterReference() {
        #expect(rendered(.text("\(queueArn)\(EventField.source)"))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":{"Fn::Join":["",["\"",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},"<source>\""]]}}}"#)
    }

    @Test func fieldWithTrailingSpaceStaysText() {
        #expect(rendered(.text("\(EventField.path("$.detail")) "))
            == #"{"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"\"<detail> \""}}"#)
    }

    @Test func textWithoutBareFieldThatLooksLikeJSONStaysAString() {
        // Fields inside the text's own quotes, and JSON without fields, keep the CDK's rendering.
        #expect(rendered(.text("{\"name\": \"\(EventField.source)\"}"))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":"\"{\\\"name\\\": \\\"<source>\\\"}\""}}"#)
        #expect(rendered(.text("{\"a\": 1}")) == #"{"Input":"\"{\\\"a\\\": 1}\""}"#)
        #expect(rendered(.text("[\(EventField.source)]"))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":"\"[<source>]\""}}"#)
        #expect(rendered(.text("{\"\(EventField.source)\": \(EventField.time)}"))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source","time":"$.time"},"InputTemplate":"\"{\\\"<source>\\\": <time>}\""}}"#)
        #expect(rendered(.text("{\"a\": \(queueArn)}"))
            == #"{"Input":{"Fn::Join":["",["\"{\\\"a\\\": ",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},"}\""]]}}"#)
    }
}

@Suite struct RuleTargetInputMultilineTests {
    @Test func eachLineIsItsOwnJSONString() {
        let input = RuleTargetInput.multilineText("Pipeline: \(EventField.path("$.detail.pipeline"))\nEvent id: \(EventField.eventID)\nDetail type: \(EventField.detailType)\nSource: \(EventField.source)")
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail-pipeline":"$.detail.pipeline","id":"$.id","detail-type":"$.detail-type","source":"$.source"},"InputTemplate":"\"Pipeline: <detail-pipeline>\"\n\"Event id: <id>\"\n\"Detail type: <detail-type>\"\n\"Source: <source>\""}}"#)
    }

    @Test func plainLinesAndTrailingNewline() {
        #expect(rendered(.multilineText("a\nb \"c\"\n")) == #"{"Input":"\"a\"\n\"b \\\"c\\\"\"\n\"\""}"#)
    }

    @Test func emptyMultilineText() {
        #expect(rendered(.multilineText("")) == #"{"Input":"\"\""}"#)
    }

    @Test func carriageReturnStaysInTheLine() {
        #expect(rendered(.multilineText("a\r\nb")) == #"{"Input":"\"a\\r\"\n\"b\""}"#)
    }

    @Test func referenceInMultilineText() {
        #expect(rendered(.multilineText("a \(queueArn)\nb"))
            == #"{"Input":{"Fn::Join":["",["\"a ",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},"\"\n\"b\""]]}}"#)
    }

    @Test func referenceAndFieldInMultilineText() {
        #expect(rendered(.multilineText("a \(queueArn)\nb \(EventField.source)"))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":{"Fn::Join":["",["\"a ",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},"\"\n\"b <source>\""]]}}}"#)
    }

    @Test func quotesInLinesAreEscapedNotUnquoted() {
        #expect(rendered(.multilineText("l1 \(EventField.source)\nl2 \"x\""))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":"\"l1 <source>\"\n\"l2 \\\"x\\\"\""}}"#)
    }
}

@Suite struct RuleTargetInputObjectTests {
    @Test func plainObjectIsCompactJSON() {
        #expect(rendered(.object(["plain": 1])) == #"{"Input":"{\"plain\":1}"}"#)
    }

    @Test func scalarsRenderLikeJSONStringify() {
        let input = RuleTargetInput.object(["a": 1, "b": 1.5, "c": true, "d": nil, "e": [], "f": [:], "g": "é\u{01}/\"\\"])
        #expect(rendered(input) == #"{"Input":"{\"a\":1,\"b\":1.5,\"c\":true,\"d\":null,\"e\":[],\"f\":{},\"g\":\"é\\u0001/\\\"\\\\\"}"}"#)
    }

    @Test func lineSeparatorIsNotEscaped() {
        #expect(rendered(.object(["a": "x\u{2028}y"])) == "{\"Input\":\"{\\\"a\\\":\\\"x\u{2028}y\\\"}\"}")
    }

    @Test func doublesUseJavaScriptNotation() {
        #expect(rendered(.object(["a": 1e21, "b": 0.1, "c": -0.0, "d": 1e-7, "e": 123456789.125]))
            == #"{"Input":"{\"a\":1e+21,\"b\":0.1,\"c\":0,\"d\":1e-7,\"e\":123456789.125}"}"#)
    }

    @Test func keysKeepTheOrderWritten() {
        #expect(rendered(.object(["z": 1, "a": 2, "m": 3])) == #"{"Input":"{\"z\":1,\"a\":2,\"m\":3}"}"#)
    }

    @Test func scalarTopLevelValues() {
        #expect(rendered(.object("plain")) == #"{"Input":"\"plain\""}"#)
        #expect(rendered(.object(42)) == #"{"Input":"42"}"#)
    }

    @Test func loneFieldsAreUnquotedAndEmbeddedOnesStayQuoted() {
        let input = RuleTargetInput.object([
            "a": .token(EventField.path("$.detail.a")),
            "b": .text("x-\(EventField.detailType)"),
            "c": [.token(EventField.eventID)],
            "d": .token(EventField.path("$")),
            "e": .token(EventField.path("$.detail.a")),
            "stack": .token(stackName),
        ])
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail-a":"$.detail.a","detail-type":"$.detail-type","id":"$.id","f4":"$"},"InputTemplate":{"Fn::Join":["",["{\"a\":<detail-a>,\"b\":\"x-<detail-type>\",\"c\":[<id>],\"d\":<f4>,\"e\":<detail-a>,\"stack\":\"",{"Ref":"AWS::StackName"},"\"}"]]}}}"#)
    }

    @Test func fieldInsideStringMatchesTheReferenceScenario() {
        let input = RuleTargetInput.object(["DataType": .text("custom_\(EventField.path("$.detail-type"))")])
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail-type":"$.detail-type"},"InputTemplate":"{\"DataType\":\"custom_<detail-type>\"}"}}"#)
    }

    /// aws/aws-cdk#14927: two fields concatenated in one value. aws-cdk-lib 2.275.0 renders
    /// a valid template for it (EventBridge fills placeholders inside strings), and so do we.
    @Test func twoFieldsInOneStringFromIssue14927() {
        let input = RuleTargetInput.object(["sourceVersion": .text("\(EventField.path("$.detail.referenceFullName"))^\(EventField.path("$.detail.commitId"))")])
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail-referenceFullName":"$.detail.referenceFullName","detail-commitId":"$.detail.commitId"},"InputTemplate":"{\"sourceVersion\":\"<detail-referenceFullName>^<detail-commitId>\"}"}}"#)
        let delivered = EventBridgeSimulation.deliver(
            input.render(),
            event: ["detail-referenceFullName": "refs/heads/main", "detail-commitId": "abc123"])
        #expect(delivered == [["sourceVersion": "refs/heads/main^abc123"]])
    }

    @Test func nestedFieldsInArraysAndObjects() {
        let input = RuleTargetInput.object(["a": ["b": [.token(EventField.source), ["c": .text("x\(EventField.time)")]]]])
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source","time":"$.time"},"InputTemplate":"{\"a\":{\"b\":[<source>,{\"c\":\"x<time>\"}]}}"}}"#)
    }

    @Test func repeatedFieldInArray() {
        let input = RuleTargetInput.object(["a": [.token(EventField.source), .token(EventField.source)], "b": ["c": .token(EventField.path("$.detail.c"))]])
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source","detail-c":"$.detail.c"},"InputTemplate":"{\"a\":[<source>,<source>],\"b\":{\"c\":<detail-c>}}"}}"#)
    }

    @Test func arrayWithField() {
        #expect(rendered(.object([1, "two", .token(EventField.source)]))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":"[1,\"two\",<source>]"}}"#)
    }

    @Test func wholeInputIsAField() {
        #expect(rendered(.object(.token(EventField.path("$.detail"))))
            == #"{"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"<detail>"}}"#)
    }

    @Test func wholeInputIsAReference() {
        #expect(rendered(.object(.token(queueArn))) == #"{"Input":{"Fn::Join":["",["\"",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},"\""]]}}"#)
    }

    @Test func referenceInArray() {
        #expect(rendered(.object(["a": [.token(queueArn), 1]]))
            == #"{"Input":{"Fn::Join":["",["{\"a\":[\"",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},"\",1]}"]]}}"#)
    }

    @Test func referencesAndFieldsTogether() {
        let input = RuleTargetInput.object(["a": .token(queueArn), "b": .token(EventField.source), "c": .text("q \(queueName)")])
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":{"Fn::Join":["",["{\"a\":\"",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},"\",\"b\":<source>,\"c\":\"q ",{"Fn::GetAtt":["Q63C6E3AB","QueueName"]},"\"}"]]}}}"#)
    }

    @Test func fieldThenReferenceInOneString() {
        #expect(rendered(.object(["a": .text("\(EventField.source)\(queueArn)")]))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":{"Fn::Join":["",["{\"a\":\"<source>",{"Fn::GetAtt":["Q63C6E3AB","Arn"]},"\"}"]]}}}"#)
    }

    @Test func placeholderBetweenEscapedQuotesKeepsItsQuotes() {
        #expect(rendered(.object(["a": .text("\"\(EventField.path("$.detail.a"))\"")]))
            == #"{"InputTransformer":{"InputPathsMap":{"detail-a":"$.detail.a"},"InputTemplate":"{\"a\":\"\\\"<detail-a>\\\"\"}"}}"#)
    }

    @Test func trailingBackslashBeforeAField() {
        #expect(rendered(.object(["a": "x\\", "b": .token(EventField.path("$.detail.b"))]))
            == #"{"InputTransformer":{"InputPathsMap":{"detail-b":"$.detail.b"},"InputTemplate":"{\"a\":\"x\\\\\",\"b\":<detail-b>}"}}"#)
    }

    @Test func literalPlaceholderTextIsUnquotedLikeTheCDKWhenItIsAKey() {
        #expect(rendered(.object(["a": "<source>", "b": .token(EventField.source)]))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":"{\"a\":<source>,\"b\":<source>}"}}"#)
        #expect(rendered(.object(["a": "<source>"])) == #"{"Input":"{\"a\":\"<source>\"}"}"#)
    }

    @Test func newlineInStringBeforeField() {
        #expect(rendered(.object(["a": .text("line1\n\(EventField.source)")]))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":"{\"a\":\"line1\\n<source>\"}"}}"#)
    }

    @Test func textValueWithoutTokensIsAPlainString() {
        #expect(JSONValue.text("plain") == .string("plain"))
        #expect(JSONValue.text("") == .string(""))
        let text: InputText = "a \(EventField.source)"
        #expect(JSONValue.text(text) == .token(text))
    }
}

@Suite struct RuleTargetInputEventPathTests {
    @Test func eventPathRendersInputPath() {
        #expect(rendered(.eventPath("$.detail")) == #"{"InputPath":"$.detail"}"#)
        #expect(RuleTargetInput.eventPath("$.detail").render() == .inputPath("$.detail"))
    }
}

/// Where aws-cdk-lib 2.275.0 renders a template that does not deliver valid JSON, or
/// fails, we render one that does. Each test states the CDK's output.
@Suite struct RuleTargetInputDivergenceTests {
    /// aws/aws-cdk#15512 (multi-line): a JSON line holding an object field. The CDK wraps
    /// the line in a string, and EventBridge, putting an object inside a string, strips
    /// its quotes: the target gets `{"event": {state:FAILED}}`.
    @Test func jsonLineWithObjectFieldStaysJSONFromIssue15512() {
        let input = RuleTargetInput.multilineText("{\"event\": \(EventField.path("$.detail"))}\n")
        let cdk = #"{"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"\"{\\\"event\\\": <detail>}\"\n\"\""}}"#
        let ours = #"{"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"{\"event\": <detail>}\n\"\""}}"#
        #expect(rendered(input) == ours)
        #expect(rendered(input) != cdk)
        let event: [String: JSONValue] = ["detail": ["state": "FAILED"]]
        #expect(EventBridgeSimulation.deliver(input.render(), event: event) == [["event": ["state": "FAILED"]], ""])
        #expect(EventBridgeSimulation.deliver(cdkTransformer(paths: ["detail": "$.detail"], template: "\"{\\\"event\\\": <detail>}\"\n\"\""), event: event)
            == [.string("{\"event\": {state:FAILED}}"), ""])
    }

    /// aws/aws-cdk#15512 (single text): the same line through `.text`.
    @Test func jsonTextWithObjectFieldStaysJSON() {
        let input = RuleTargetInput.text("{\"event\": \(EventField.path("$.detail"))}")
        // CDK: {"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"\"{\\\"event\\\": <detail>}\""}}
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"{\"event\": <detail>}"}}"#)
        #expect(EventBridgeSimulation.deliver(input.render(), event: ["detail": ["a": 1]]) == [["event": ["a": 1]]])
    }

    @Test func multiLineJSONTextBecomesOneLine() {
        let input = RuleTargetInput.text("{\n  \"event\": \(EventField.path("$.detail")),\r\n  \"n\": 1\n}")
        // CDK: {"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"\"{\\n  \\\"event\\\": <detail>,\\r\\n  \\\"n\\\": 1\\n}\""}}
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"{   \"event\": <detail>,   \"n\": 1 }"}}"#)
    }

    /// aws/aws-cdk#15512, §7.4 of the behaviour reference: a text that is a single field
    /// renders `"<detail>"` in the CDK, and an object value arrives with its quotes stripped.
    @Test func loneFieldTextIsUnquoted() {
        let input = RuleTargetInput.text("\(EventField.path("$.detail"))")
        // CDK: {"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"\"<detail>\""}}
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"<detail>"}}"#)
        #expect(EventBridgeSimulation.deliver(input.render(), event: ["detail": ["a": "b"]]) == [["a": "b"]])
        #expect(EventBridgeSimulation.deliver(input.render(), event: ["detail": "text"]) == ["text"])
        #expect(EventBridgeSimulation.deliver(cdkTransformer(paths: ["detail": "$.detail"], template: "\"<detail>\""), event: ["detail": ["a": "b"]])
            == [.string("{a:b}")])
    }

    @Test func loneFieldLineInMultilineTextIsUnquoted() {
        let input = RuleTargetInput.multilineText("\(EventField.path("$.detail"))\nx")
        // CDK: {"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"\"<detail>\"\n\"x\""}}
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail":"$.detail"},"InputTemplate":"<detail>\n\"x\""}}"#)
    }

    /// The CDK throws `Single key 'detail-a-b' is used for two different JSON paths:
    /// '$.detail.a.b' and '$.detail.a-b'`; we give the later path the next free key.
    @Test func collidingHintsGetDistinctKeys() {
        let input = RuleTargetInput.object(["a": .token(EventField.path("$.detail.a-b")), "b": .token(EventField.path("$.detail.a.b"))])
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"detail-a-b":"$.detail.a-b","detail-a-b-2":"$.detail.a.b"},"InputTemplate":"{\"a\":<detail-a-b>,\"b\":<detail-a-b-2>}"}}"#)
    }

    /// The CDK throws `Single key 'f2' is used for two different JSON paths: '$' and '$.f2'`.
    @Test func counterKeyCollidingWithHintGetsSuffix() {
        let input = RuleTargetInput.text("\(EventField.path("$.f2")) \(EventField.path("$"))")
        #expect(rendered(input) == #"{"InputTransformer":{"InputPathsMap":{"f2":"$.f2","f2-2":"$"},"InputTemplate":"\"<f2> <f2-2>\""}}"#)
    }

    /// JavaScript objects list integer-like keys first, so the CDK renders
    /// `{"Input":"{\"2\":2,\"b\":1,\"a\":3}"}`; we keep the order written.
    @Test func integerLikeKeysKeepTheirOrder() {
        #expect(rendered(.object(["b": 1, "2": 2, "a": 3])) == #"{"Input":"{\"b\":1,\"2\":2,\"a\":3}"}"#)
    }

    private func cdkTransformer(paths: JSONObject, template: String) -> RenderedInput {
        .inputTransformer(inputPathsMap: paths, inputTemplate: .string(template))
    }
}

@Suite struct EventFieldTests {
    @Test func builtInsHaveTheCDKsPaths() {
        #expect(EventField.eventID.path == "$.id")
        #expect(EventField.detailType.path == "$.detail-type")
        #expect(EventField.source.path == "$.source")
        #expect(EventField.account.path == "$.account")
        #expect(EventField.time.path == "$.time")
        #expect(EventField.region.path == "$.region")
        #expect(EventField.fromPath("$.detail.x") == EventField.path("$.detail.x"))
    }

    @Test(arguments: [
        ("$.detail.bla", "detail-bla"), ("$.detail-type", "detail-type"), ("$.id", "id"), ("$", ""),
        ("$$", ""), ("..", ""), ("$.", ""), ("$.détail", "d-tail"), ("$.d.😀", "d---"), ("detail", "detail"),
    ])
    func displayHintStripsLeadingAndReplacesOtherCharacters(path: String, hint: String) {
        #expect(EventField.path(path).displayHint == hint)
    }

    @Test func fieldIsATokenComparedByPath() {
        let field: any Token = EventField.path("$.a")
        #expect(field.isEqual(to: EventField.path("$.a")))
        #expect(!field.isEqual(to: EventField.path("$.b")))
        #expect(field.description == "<path:$.a>")
    }
}

@Suite struct InputTextTests {
    @Test func interpolationKeepsTextAndTokensInOrder() {
        let name = "prod"
        let text: InputText = "a \(EventField.source) \(name) \(3)\(queueArn)"
        #expect(text.segments.count == 4)
        #expect(text.description == "a ${<path:$.source>} prod 3${QueueArn}")
        #expect(text.tokens.count == 2)
    }

    @Test func nestedTextIsSplicedIn() {
        let inner: InputText = "in \(EventField.time)"
        let outer: InputText = "out \(inner)!"
        #expect(outer == InputText(segments: [.text("out in "), .token(EventField.time), .text("!")]))
    }

    @Test func existentialTokensInterpolate() {
        let token: any Token = EventField.region
        let text: InputText = "\(token)"
        #expect(text == InputText(segments: [.token(EventField.region)]))
    }

    @Test func plainStringInitializerIsVerbatim() {
        let text = InputText(verbatim: "x \\(y) <z>")
        #expect(text.segments.count == 1)
        #expect(text.tokens.isEmpty)
        #expect(rendered(.text(text)) == #"{"Input":"\"x \\\\(y) <z>\""}"#)
    }

    @Test func equalityComparesTokensByValue() {
        let source: InputText = "a \(EventField.source)"
        let samePath: InputText = "a \(EventField.path("$.source"))"
        let time: InputText = "a \(EventField.time)"
        #expect(source == samePath)
        #expect(source != time)
        #expect(InputText(verbatim: "a") != InputText(verbatim: "b"))
    }
}

@Suite struct RenderedInputTests {
    @Test func propertiesNameTheTargetKeys() {
        #expect(RenderedInput.input("\"x\"").properties == ["Input": "\"x\""])
        #expect(RenderedInput.inputPath("$.detail").properties == ["InputPath": "$.detail"])
        let transformer = RenderedInput.inputTransformer(inputPathsMap: ["source": "$.source"], inputTemplate: "<source>")
        #expect(JSONWriter(indent: 0).render(.object(transformer.properties))
            == #"{"InputTransformer":{"InputPathsMap":{"source":"$.source"},"InputTemplate":"<source>"}}"#)
    }

    @Test func fieldsListsEveryUseInOrder() {
        let input = RuleTargetInput.object(["a": .token(EventField.source), "b": .text("\(EventField.time) \(EventField.source)")])
        #expect(input.fields == [EventField.source, EventField.time, EventField.source])
        #expect(RuleTargetInput.eventPath("$.detail").fields.isEmpty)
    }
}

@Suite struct RuleTargetInputDiagnosticsTests {
    @Test func validInputHasNoDiagnostics() {
        #expect(RuleTargetInput.text("a \(EventField.path("$.detail.items[0].name")) \(EventField.path("$.detail.*"))").diagnostics(at: "S/R").isEmpty)
        #expect(RuleTargetInput.eventPath("$.detail").diagnostics(at: "S/R").isEmpty)
    }

    @Test func fieldPathWithoutDollarIsAnError() {
        let diagnostics = RuleTargetInput.text("\(EventField.path("detail.x"))").diagnostics(at: "Stack/Rule")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.input.fieldPath", path: "Stack/Rule",
            message: "event field 'detail.x' does not start with '$'",
            hint: "write a JSON path in dot notation, such as '$.detail.state'")])
    }

    @Test func emptyFieldPathIsAnErrorReportedOnce() {
        let diagnostics = RuleTargetInput.object([.token(EventField.path("")), .token(EventField.path(""))]).diagnostics(at: "S/R")
        #expect(diagnostics.map(\.message) == ["event field '' is empty"])
    }

    @Test(arguments: [("$..a", "'..'"), ("$.", "a trailing '.'"), ("$.a b", "' '"), ("$.détail", "'é'")])
    func unsupportedPathSyntaxIsAWarning(path: String, what: String) {
        let diagnostics = RuleTargetInput.object(.token(EventField.path(path))).diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .warning, code: "events.input.fieldPathUnsupported", path: "S/R",
            message: "event field '\(path)' uses \(what), which EventBridge does not evaluate",
            hint: "EventBridge supports dot notation with letters, digits, '-', '_', '/', array indices and '*'")])
    }

    @Test func moreThan100FieldsIsAnError() {
        let fields = (0...100).map { JSONValue.token(EventField.path("$.detail.f\($0)")) }
        let diagnostics = RuleTargetInput.object(.array(fields)).diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.input.tooManyFields", path: "S/R",
            message: "input uses 101 event fields; EventBridge allows at most 100",
            hint: "pass a larger part of the event, such as .token(EventField.path(\"$.detail\")), instead of its members")])
    }

    @Test func inputLongerThan8192CharactersIsAnError() {
        let diagnostics = RuleTargetInput.text(InputText(verbatim: String(repeating: "x", count: 8191))).diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.input.tooLong", path: "S/R",
            message: "input is 8193 characters long; EventBridge allows at most 8192",
            hint: "send less data, or let the target read it from elsewhere")])
        #expect(RuleTargetInput.text(InputText(verbatim: String(repeating: "x", count: 8190))).diagnostics(at: "S/R").isEmpty)
    }

    @Test func templateLongerThan8192CharactersIsAnError() {
        let diagnostics = RuleTargetInput.text("\(EventField.source)\(InputText(verbatim: String(repeating: "x", count: 8190)))").diagnostics(at: "S/R")
        #expect(diagnostics.map(\.message) == ["input template is 8200 characters long; EventBridge allows at most 8192"])
    }

    @Test func eventPathWithoutDollarIsAnError() {
        let diagnostics = RuleTargetInput.eventPath("detail").diagnostics(at: "S/R")
        #expect(diagnostics == [Diagnostic(
            .error, code: "events.input.eventPath", path: "S/R",
            message: "input path 'detail' does not start with '$'",
            hint: "write a JSON path in dot notation, such as '$.detail'")])
    }

    @Test func eventPathLongerThan256CharactersIsAnError() {
        let path = "$." + String(repeating: "a", count: 255)
        let diagnostics = RuleTargetInput.eventPath(path).diagnostics(at: "S/R")
        #expect(diagnostics.map(\.message) == ["input path is 257 characters long; EventBridge allows at most 256"])
    }
}

/// A small model of how EventBridge fills an input template, after its documentation
/// ("Common issues with transforming input"): a placeholder outside quotes takes the
/// field's JSON value; inside quotes, a string value goes in as is, and an object or
/// array goes in with its quotes removed. Each line is then read as JSON; a line that is
/// not valid JSON is returned as a string of its text, so a test can see the damage.
enum EventBridgeSimulation {
    static func deliver(_ rendered: RenderedInput, event: [String: JSONValue]) -> [JSONValue] {
        guard case let .inputTransformer(_, .string(template)) = rendered else { return [] }
        return template.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let filled = fill(String(line), event)
            guard let value = try? JSONParser.parse(filled) else { return .string(filled) }
            // A JSON string that holds broken JSON shows as that text.
            return value
        }
    }

    private static func fill(_ line: String, _ event: [String: JSONValue]) -> String {
        var output = ""
        var inString = false
        var escaping = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "<", let close = line[index...].firstIndex(of: ">"),
               let value = event[String(line[line.index(after: index)..<close])] {
                let json = JSONWriter(indent: 0).render(value)
                if inString {
                    output += value.stringValue ?? json.filter { $0 != "\"" }
                } else {
                    output += json
                }
                index = line.index(after: close)
                continue
            }
            if inString {
                if escaping { escaping = false } else if character == "\\" { escaping = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            }
            output.append(character)
            index = line.index(after: index)
        }
        return output
    }
}
