import CloudFormation
import Testing
@testable import CDK

private func rendered(_ pattern: EventPattern) -> String {
    JSONWriter(indent: 0).render(pattern.json)
}

/// Expected strings are what aws-cdk-lib 2.275.0 synthesizes for the same pattern:
/// from a Python app where the pattern comes from `EventPattern(...)` (jsii orders
/// the struct's fields alphabetically), from TypeScript where a CDK construct builds
/// it with `addEventPattern` calls.
@Suite struct EventPatternTests {
    // MARK: Rendering

    @Test func initializerRendersEnvelopeFieldsInTheCDKsPythonOrder() {
        let pattern = EventPattern(
            source: ["s"], detailType: ["dt"], resources: ["res"], account: ["a"], region: ["r"],
            time: ["t"], id: ["i"], version: ["0"], detail: ["z": ["1"], "a": ["2"]])
        #expect(rendered(pattern) == #"{"account":["a"],"detail":{"z":["1"],"a":["2"]},"detail-type":["dt"],"id":["i"],"region":["r"],"resources":["res"],"source":["s"],"time":["t"],"version":["0"]}"#)
    }

    @Test func greengrassPatternMatchesTheReferenceTemplate() {
        let pattern = EventPattern(
            source: ["aws.greengrass"],
            detailType: ["Greengrass Deployment Status Change"],
            detail: ["status": ["Failure"], "deployment-type": ["NewDeployment", "Redeployment"]])
        #expect(rendered(pattern) == #"{"detail":{"status":["Failure"],"deployment-type":["NewDeployment","Redeployment"]},"detail-type":["Greengrass Deployment Status Change"],"source":["aws.greengrass"]}"#)
    }

    @Test func matchersInDetailRenderAsInTheCDK() {
        let pattern = EventPattern(
            source: ["aws.greengrass"],
            detailType: ["Greengrass Deployment Status Change"],
            detail: ["status": ["FAILURE"], "group-id": .prefix("abc")])
        #expect(rendered(pattern) == #"{"detail":{"status":["FAILURE"],"group-id":[{"prefix":"abc"}]},"detail-type":["Greengrass Deployment Status Change"],"source":["aws.greengrass"]}"#)
    }

    @Test func detailTypeIsHyphenated() {
        #expect(rendered(EventPattern(detailType: ["A"])) == #"{"detail-type":["A"]}"#)
    }

    @Test func nestedDetailKeepsWrittenOrderAtEveryLevel() {
        let pattern = EventPattern(detail: [
            "requestParameters": ["bucketName": ["b"], "key": .prefix("logs/")],
            "eventName": ["PutObject"],
            "a": ["c": ["d": .exists()]],
        ])
        #expect(rendered(pattern) == #"{"detail":{"requestParameters":{"bucketName":["b"],"key":[{"prefix":"logs/"}]},"eventName":["PutObject"],"a":{"c":{"d":[{"exists":true}]}}}}"#)
    }

    @Test func orAlternativesRenderAsAListOfObjects() {
        let pattern = EventPattern(detail: ["$or": [["a": ["1"]], ["b": .greaterThan(2)]]])
        #expect(rendered(pattern) == #"{"detail":{"$or":[{"a":["1"]},{"b":[{"numeric":[">",2]}]}]}}"#)
    }

    @Test func intrinsicValuesRenderInPlace() {
        let pattern = EventPattern(account: .value(.pseudo(.accountId)))
        #expect(rendered(pattern) == #"{"account":[{"Ref":"AWS::AccountId"}]}"#)
    }

    @Test func assignedFieldsGoAtTheEnd() {
        var pattern = EventPattern()
        pattern.source = ["aws.codecommit"]
        pattern.resources = .value(.getAtt("Repository22E53BBD", "Arn"))
        pattern.detailType = ["CodeCommit Repository State Change"]
        pattern.detail = ["event": ["referenceCreated", "referenceUpdated"], "referenceName": ["master"]]
        #expect(rendered(pattern) == #"{"source":["aws.codecommit"],"resources":[{"Fn::GetAtt":["Repository22E53BBD","Arn"]}],"detail-type":["CodeCommit Repository State Change"],"detail":{"event":["referenceCreated","referenceUpdated"],"referenceName":["master"]}}"#)
    }

    @Test func reassigningAFieldKeepsItsPosition() {
        var pattern = EventPattern(source: ["a"], detailType: ["b"])
        pattern.detailType = ["c"]
        #expect(rendered(pattern) == #"{"detail-type":["c"],"source":["a"]}"#)
    }

    @Test func assigningNilRemovesAField() {
        var pattern = EventPattern(source: ["a"], detailType: ["b"])
        pattern.detailType = nil
        #expect(rendered(pattern) == #"{"source":["a"]}"#)
        #expect(pattern.detailType == nil)
    }

    @Test func propertiesReadBackWhatWasWritten() {
        let pattern = EventPattern(source: ["a"], detail: ["x": ["1"]])
        #expect(pattern.source == ["a"])
        #expect(pattern.detail == ["x": ["1"]])
        #expect(pattern.account == nil)
    }

    @Test func emptyPatternIsEmptyAndRendersAnEmptyObject() {
        #expect(EventPattern().isEmpty)
        #expect(rendered(EventPattern()) == "{}")
        #expect(!EventPattern(detail: [:]).isEmpty)
    }

    @Test func emptyDetailAndEmptyListRenderAsWritten() {
        #expect(rendered(EventPattern(detail: [:])) == #"{"detail":{}}"#)
        #expect(rendered(EventPattern(source: [])) == #"{"source":[]}"#)
    }

    @Test func duplicateDetailKeyKeepsFirstPositionAndLastValue() {
        let pattern = EventPattern(detail: ["a": ["1"], "b": ["2"], "a": ["3"]])
        #expect(rendered(pattern) == #"{"detail":{"a":["3"],"b":["2"]}}"#)
    }

    @Test func descriptionIsCompactJSON() {
        #expect(EventPattern(source: ["a"]).description == #"{"source":["a"]}"#)
    }

    @Test func specExampleRendersAsInTheCDK() {
        var pattern = EventPattern(
            source: ["x"], detailType: ["A", "B"],
            detail: [
                "a": .exists(), "c": .nullValue(), "d": .exactString("s"), "l": .anythingBut("x"),
                "n2": .anythingButPrefix("p", "q"), "u": .interval(0, 10),
                "w": .anyOf(.prefix("a"), "b", .greaterThan(3)),
            ])
        pattern.merge(EventPattern(source: ["y", "x"], detail: ["zz": ["1"]]))
        #expect(rendered(pattern) == #"{"detail":{"a":[{"exists":true}],"c":[null],"d":["s"],"l":[{"anything-but":["x"]}],"n2":[{"anything-but":{"prefix":["p","q"]}}],"u":[{"numeric":[">=",0,"<=",10]}],"w":[{"prefix":"a"},"b",{"numeric":[">",3]}],"zz":["1"]},"detail-type":["A","B"],"source":["x","y"]}"#)
    }

    // MARK: Merging

    @Test func mergeUnionsListsAndAppendsNewDetailKeys() {
        var pattern = EventPattern()
        pattern.detailType = ["A", "B"]
        pattern.source = ["x"]
        pattern.detail = ["a": .exists()]
        pattern.merge(EventPattern(source: ["y", "x"], detail: ["zz": ["1"]]))
        #expect(rendered(pattern) == #"{"detail-type":["A","B"],"source":["x","y"],"detail":{"a":[{"exists":true}],"zz":["1"]}}"#)
    }

    @Test func mergeAppendsNewFieldsInTheAddedPatternsOrder() {
        let pattern = EventPattern(source: ["s"]).merging(EventPattern(detailType: ["d"], account: ["1"]))
        #expect(rendered(pattern) == #"{"source":["s"],"account":["1"],"detail-type":["d"]}"#)
    }

    @Test func mergeBuildsTheCodeCommitPatternInTypeScriptOrder() {
        var source = EventPattern()
        source.source = ["aws.codecommit"]
        source.resources = .value(.getAtt("Repository22E53BBD", "Arn"))
        let pattern = EventPattern()
            .merging(source)
            .merging(EventPattern(detailType: ["CodeCommit Repository State Change"]))
            .merging(EventPattern(detail: ["event": ["referenceCreated", "referenceUpdated"]]))
        #expect(rendered(pattern) == #"{"source":["aws.codecommit"],"resources":[{"Fn::GetAtt":["Repository22E53BBD","Arn"]}],"detail-type":["CodeCommit Repository State Change"],"detail":{"event":["referenceCreated","referenceUpdated"]}}"#)
    }

    @Test func mergeKeepsSeparatelyBuiltMatchersEvenWhenEqual() {
        let pattern = EventPattern(detail: ["a": .exists()]).merging(EventPattern(detail: ["a": .exists()]))
        #expect(rendered(pattern) == #"{"detail":{"a":[{"exists":true},{"exists":true}]}}"#)
    }

    @Test func mergeKeepsRepeatedNullValueMatchers() {
        let pattern = EventPattern(detail: ["a": .nullValue()]).merging(EventPattern(detail: ["a": .nullValue()]))
        #expect(rendered(pattern) == #"{"detail":{"a":[null,null]}}"#)
    }

    @Test func mergeDropsRepeatedLiteralNull() {
        let pattern = EventPattern(detail: ["a": .value(.null)]).merging(EventPattern(detail: ["a": .value(.null)]))
        #expect(rendered(pattern) == #"{"detail":{"a":[null]}}"#)
    }

    @Test func mergeTreatsExactStringAsALiteral() {
        let pattern = EventPattern(detail: ["a": .exactString("x")]).merging(EventPattern(detail: ["a": ["x"]]))
        #expect(rendered(pattern) == #"{"detail":{"a":["x"]}}"#)
    }

    @Test func mergeDropsDuplicatesAlreadyInTheExistingList() {
        let pattern = EventPattern(source: ["a", "a"]).merging(EventPattern(source: ["b"]))
        #expect(rendered(pattern) == #"{"source":["a","b"]}"#)
    }

    @Test func mergeDropsDuplicatesWithinTheAddedList() {
        let pattern = EventPattern(source: ["a"]).merging(EventPattern(source: ["b", "b"]))
        #expect(rendered(pattern) == #"{"source":["a","b"]}"#)
    }

    @Test func mergeIntoAnEmptyPatternCopiesListsUnchanged() {
        let pattern = EventPattern().merging(EventPattern(source: ["a", "a"]))
        #expect(rendered(pattern) == #"{"source":["a","a"]}"#)
    }

    @Test func mergeComparesNumbersByValueAndKeepsTypesApart() {
        let pattern = EventPattern(detail: ["a": [1]]).merging(EventPattern(detail: ["a": ["1", 1, 1.0]]))
        #expect(rendered(pattern) == #"{"detail":{"a":[1,"1"]}}"#)
    }

    @Test func mergeUnionsBooleans() {
        let pattern = EventPattern(detail: ["a": [true]]).merging(EventPattern(detail: ["a": [true, false]]))
        #expect(rendered(pattern) == #"{"detail":{"a":[true,false]}}"#)
    }

    @Test func mergeRecursesIntoNestedObjects() {
        let pattern = EventPattern(detail: ["a": ["b": ["1"]], "c": ["x"]])
            .merging(EventPattern(detail: ["a": ["b": ["2"], "d": ["3"]], "e": ["y"]]))
        #expect(rendered(pattern) == #"{"detail":{"a":{"b":["1","2"],"d":["3"]},"c":["x"],"e":["y"]}}"#)
    }

    @Test func mergeIntoAnEmptyListAddsTheValues() {
        let pattern = EventPattern(source: []).merging(EventPattern(source: ["a"]))
        #expect(rendered(pattern) == #"{"source":["a"]}"#)
    }

    @Test func mergeIntoAnEmptyDetailAddsTheFields() {
        let pattern = EventPattern(detail: [:]).merging(EventPattern(detail: ["a": ["1"]]))
        #expect(rendered(pattern) == #"{"detail":{"a":["1"]}}"#)
    }

    @Test func mergeDropsRepeatedOrAlternatives() {
        let pattern = EventPattern(detail: ["$or": [["a": ["1"]], ["b": ["2"]]]])
            .merging(EventPattern(detail: ["$or": [["a": ["1"]], ["c": ["3"]]]]))
        #expect(rendered(pattern) == #"{"detail":{"$or":[{"a":["1"]},{"b":["2"]},{"c":["3"]}]}}"#)
    }

    @Test func mergeDropsRepeatedIntrinsics() {
        let account: Match = .value(.pseudo(.accountId))
        let pattern = EventPattern(account: account).merging(EventPattern(account: [account, "1"]))
        #expect(rendered(pattern) == #"{"account":[{"Ref":"AWS::AccountId"},"1"]}"#)
    }

    @Test func mergeDropsRepeatedTokensThatStandForTheSameValue() {
        let arn = Match.value(.token(PatternStubToken(name: "Bucket.Arn")))
        let other = Match.value(.token(PatternStubToken(name: "Queue.Arn")))
        let pattern = EventPattern(resources: arn).merging(EventPattern(resources: [arn, other]))
        #expect(pattern.resources?.json == .array([
            .token(PatternStubToken(name: "Bucket.Arn")), .token(PatternStubToken(name: "Queue.Arn")),
        ]))
    }

    @Test func mergeComparesObjectsByKeyOrderAsJSONTextDoes() {
        let pattern = EventPattern(detail: ["a": .value(["x": 1, "y": 2])])
            .merging(EventPattern(detail: ["a": [.value(["y": 2, "x": 1]), .value(["x": 1, "y": 2])]]))
        #expect(rendered(pattern) == #"{"detail":{"a":[{"x":1,"y":2},{"y":2,"x":1}]}}"#)
    }

    @Test func mergeOfAListIntoAnObjectIsAConflictThatKeepsTheExistingValue() {
        let pattern = EventPattern(detail: ["a": ["1"]]).merging(EventPattern(detail: ["a": ["b": ["2"]], "c": ["3"]]))
        #expect(rendered(pattern) == #"{"detail":{"a":["1"],"c":["3"]}}"#)
        #expect(pattern.mergeConflicts == [
            EventPattern.MergeConflict(path: "detail.a", existing: ["1"], added: ["b": ["2"]]),
        ])
    }

    @Test func mergeOfAnObjectIntoAListIsAConflict() {
        let pattern = EventPattern(detail: ["a": ["b": ["2"]]]).merging(EventPattern(detail: ["a": ["1"]]))
        #expect(pattern.mergeConflicts == [
            EventPattern.MergeConflict(path: "detail.a", existing: ["b": ["2"]], added: ["1"]),
        ])
    }

    @Test func mergeConflictsCarryOverFromTheAddedPattern() {
        let conflicted = EventPattern(detail: ["a": ["1"]]).merging(EventPattern(detail: ["a": ["b": ["2"]]]))
        let pattern = EventPattern(source: ["s"]).merging(conflicted)
        #expect(pattern.mergeConflicts.map(\.path) == ["detail.a"])
    }

    @Test func mergeLeavesTheOriginalsUntouched() {
        // The CDK copies nested objects by reference, so merging into one rule can
        // change another rule built from the same object; values do not share.
        let shared = EventPattern(source: ["s"], detail: ["a": ["1"]])
        var first = shared
        first.merge(EventPattern(detail: ["b": ["2"]]))
        #expect(rendered(shared) == #"{"detail":{"a":["1"]},"source":["s"]}"#)
        #expect(rendered(first) == #"{"detail":{"a":["1"],"b":["2"]},"source":["s"]}"#)
    }
}
