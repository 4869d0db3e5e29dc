import CloudFormation
import Testing

@Suite struct JSONValueTests {
    @Test func literalsBuildTheMatchingCases() {
        let value: JSONValue = ["n": nil, "b": true, "i": 3, "d": 1.5, "s": "x", "a": [1], "o": ["k": "v"]]
        #expect(value["n"] == .null)
        #expect(value["b"] == .bool(true))
        #expect(value["i"] == .integer(3))
        #expect(value["d"] == .double(1.5))
        #expect(value["s"] == .string("x"))
        #expect(value["a"] == .array([.integer(1)]))
        #expect(value["o"] == .object(["k": .string("v")]))
    }

    @Test func accessorsReturnNilForOtherCases() {
        let value: JSONValue = "text"
        #expect(value.stringValue == "text")
        #expect(value.objectValue == nil)
        #expect(value.arrayValue == nil)
        #expect(value["key"] == nil)
        #expect(JSONValue.array([1]).arrayValue == [1])
        #expect(JSONValue.object(["a": 1]).objectValue?["a"] == 1)
    }

    @Test func integersEqualTheSameDouble() {
        #expect(JSONValue.integer(1) == .double(1.0))
        #expect(JSONValue.double(2.0) == .integer(2))
        #expect(JSONValue.integer(1) != .double(1.5))
    }

    @Test func differentCasesAreUnequal() {
        #expect(JSONValue.bool(true) != .integer(1))
        #expect(JSONValue.string("1") != .integer(1))
        #expect(JSONValue.null != .string("null"))
        #expect(JSONValue.array([]) != .object([:]))
    }

    @Test func objectEqualityIgnoresKeyOrder() {
        let forward: JSONValue = ["a": 1, "b": 2]
        let backward: JSONValue = ["b": 2, "a": 1]
        #expect(forward == backward)
        #expect(JSONWriter(indent: 0).render(forward) != JSONWriter(indent: 0).render(backward))
    }

    @Test func arrayEqualityRespectsOrder() {
        #expect(JSONValue.array([1, 2]) != .array([2, 1]))
    }

    @Test func tokensCompareByWhatTheyStandFor() {
        #expect(JSONValue.token(StubToken(name: "A")) == .token(StubToken(name: "A")))
        #expect(JSONValue.token(StubToken(name: "A")) != .token(StubToken(name: "B")))
        #expect(JSONValue.token(StubToken(name: "A")) != .string("${Token[A]}"))
    }

    @Test func tokensAreCollectedDepthFirstInDocumentOrder() {
        let value: JSONValue = [
            "x": .token(StubToken(name: "1")),
            "y": [.token(StubToken(name: "2")), ["z": .token(StubToken(name: "3"))]],
            "w": .token(StubToken(name: "4")),
        ]
        #expect(value.tokens.map(\.description) == ["${Token[1]}", "${Token[2]}", "${Token[3]}", "${Token[4]}"])
    }

    @Test func resolvingTokensReplacesEveryTokenAndKeepsKeyOrder() {
        let value: JSONValue = ["z": .token(StubToken(name: "Bucket")), "a": [.token(StubToken(name: "Queue")), 1]]
        let resolved = value.resolvingTokens { token in
            guard let stub = token as? StubToken else { return .null }
            return .ref(stub.name)
        }
        #expect(resolved == ["z": ["Ref": "Bucket"], "a": [["Ref": "Queue"], 1]])
        #expect(resolved.objectValue?.keys == ["z", "a"])
        #expect(resolved.tokens.isEmpty)
    }
}

@Suite struct JSONObjectTests {
    @Test func keysKeepInsertionOrder() {
        var object = JSONObject()
        object["c"] = 1
        object["a"] = 2
        object["b"] = 3
        #expect(object.keys == ["c", "a", "b"])
        #expect(object.map(\.key) == ["c", "a", "b"])
        #expect(object.count == 3)
    }

    @Test func settingAnExistingKeyKeepsItsPosition() {
        var object: JSONObject = ["a": 1, "b": 2]
        object["a"] = 3
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
    }

    @Test func settingNilRemovesTheKey() {
        var object: JSONObject = ["a": 1, "b": 2, "c": 3]
        object["b"] = nil
        #expect(object.keys == ["a", "c"])
        #expect(object["b"] == nil)
        object["b"] = 4
        #expect(object.keys == ["a", "c", "b"])
        object["missing"] = nil
        #expect(object.count == 3)
    }

    @Test func storingJSONNullKeepsTheKey() {
        var object = JSONObject()
        object["a"] = .null
        #expect(object.keys == ["a"])
        #expect(object["a"] == .null)
    }

    @Test func repeatedKeysInInitKeepFirstPositionAndLastValue() {
        let object = JSONObject([("a", 1), ("b", 2), ("a", 3)])
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
    }

    @Test func sortedByKeyUsesCodePointOrder() {
        let object: JSONObject = ["b": 1, "B": 2, "a": 3, "_": 4, "A1": 5, "é": 6]
        #expect(object.sortedByKey().keys == ["A1", "B", "_", "a", "b", "é"])
    }

    @Test func mapValuesKeepsOrder() {
        let object: JSONObject = ["z": 1, "a": 2]
        let doubled = object.mapValues { value -> JSONValue in
            guard case let .integer(number) = value else { return value }
            return .integer(number * 2)
        }
        #expect(doubled.keys == ["z", "a"])
        #expect(doubled == ["z": 2, "a": 4])
    }

    @Test func equalityIgnoresOrder() {
        let forward: JSONObject = ["a": 1, "b": 2]
        let backward: JSONObject = ["b": 2, "a": 1]
        #expect(forward == backward)
        #expect(forward != ["a": 1, "b": 3])
        #expect(forward != ["a": 1])
        #expect(JSONObject() == [:])
        #expect(JSONObject().isEmpty)
    }
}
