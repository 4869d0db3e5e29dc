import CDKAssertions
import CloudFormation
import Testing

/// A template with two rules, a queue, a topic without properties, and every other section.
private let fixture = """
    {
      "Parameters": {
        "Stage": {"Type": "String", "Default": "prod"}
      },
      "Mappings": {
        "Regions": {"us-east-1": {"Ami": "ami-1"}}
      },
      "Conditions": {
        "IsProd": {"Fn::Equals": [{"Ref": "Stage"}, "prod"]}
      },
      "Resources": {
        "Queue4A7E3555": {"Type": "AWS::SQS::Queue"},
        "RuleA": {
          "Type": "AWS::Events::Rule",
          "Properties": {
            "EventPattern": {"source": ["aws.codecommit"]},
            "State": "ENABLED",
            "Targets": [{"Arn": {"Fn::GetAtt": ["Q", "Arn"]}, "Id": "Target0"}]
          }
        },
        "RuleB": {
          "Type": "AWS::Events::Rule",
          "Properties": {
            "State": "DISABLED",
            "Targets": [{"Arn": "arn:aws:sqs:us-east-1:111111111111:q", "Id": "Target0"}]
          },
          "DependsOn": ["Queue4A7E3555"]
        },
        "Topic": {"Type": "AWS::SNS::Topic"}
      },
      "Outputs": {
        "QueueArn": {"Value": {"Fn::GetAtt": ["Queue4A7E3555", "Arn"]}, "Export": {"Name": "Producer:QueueArn"}},
        "TopicName": {"Value": {"Fn::GetAtt": ["Topic", "TopicName"]}}
      }
    }
    """

private func template() throws -> TemplateAssertions {
    try TemplateAssertions(jsonText: fixture)
}


@Suite struct ResourceCountTests {
    @Test func countOfATypePasses() throws {
        let template = try template()
        try template.resourceCount(is: 2, type: "AWS::Events::Rule")
        try template.resourceCount(is: 0, type: "AWS::Lambda::Function")
    }

    @Test func wrongCountNamesTheResourcesFound() throws {
        let template = try template()
        #expect(failureMessage { try template.resourceCount(is: 1, type: "AWS::Events::Rule") }
            == "expected 1 resource of type 'AWS::Events::Rule', found 2: 'RuleA', 'RuleB'")
    }

    @Test func noneFoundListsTheTypesPresent() throws {
        let template = try template()
        #expect(failureMessage { try template.resourceCount(is: 1, type: "AWS::Lambda::Function") }
            == "expected 1 resource of type 'AWS::Lambda::Function', found 0; types present: 'AWS::SQS::Queue', 'AWS::Events::Rule' (2), 'AWS::SNS::Topic'")
    }
}

@Suite struct HasResourcePropertiesTests {
    @Test func partialPropertiesMatch() throws {
        try template().hasResourceProperties("AWS::Events::Rule", [
            "State": "ENABLED",
            "Targets": .arrayWith([.objectLike(["Id": "Target0"])]),
        ])
    }

    @Test func nestedLiteralObjectsMatchPartially() throws {
        try template().hasResourceProperties("AWS::Events::Rule", ["Targets": [["Id": "Target0"]]])
    }

    @Test func failureNamesTheJSONPathOfEachMismatch() throws {
        let template = try template()
        let message = try #require(failureMessage {
            try template.hasResourceProperties("AWS::Events::Rule", ["State": "ENABLED", "Targets": [["Arn": "x"]]])
        })
        #expect(message.contains(#"  /Properties/Targets/0/Arn: expected "x", got {"Fn::GetAtt":["Q","Arn"]}"#))
    }

    @Test func failureShowsTheClosestCandidate() throws {
        let template = try template()
        let message = failureMessage {
            try template.hasResourceProperties("AWS::Events::Rule", ["State": "DISABLED", "Targets": [["Id": "Target1"]]])
        }
        #expect(message == """
            the template has 2 resources of type 'AWS::Events::Rule', but none matches
            closest candidate: 'RuleB', with 1 mismatch:
              /Properties/Targets/0/Id: expected "Target1", got "Target0"
            other candidates: 'RuleA' (2 mismatches)
            """)
    }

    @Test func singleCandidateIsNamedAsSuch() throws {
        let template = try template()
        #expect(failureMessage { try template.hasResourceProperties("AWS::SQS::Queue", ["FifoQueue": true]) } == """
            the template has 1 resource of type 'AWS::SQS::Queue', but it does not match
            closest candidate: 'Queue4A7E3555', with 1 mismatch:
              /Properties/FifoQueue: missing key; expected true
            """)
    }

    @Test func missingTypeListsTheTypesPresent() throws {
        let template = try template()
        #expect(failureMessage { try template.hasResourceProperties("AWS::Lambda::Function", [:]) }
            == "the template has no resource of type 'AWS::Lambda::Function'; types present: 'AWS::SQS::Queue', 'AWS::Events::Rule' (2), 'AWS::SNS::Topic'")
    }

    @Test func emptyTemplateSaysItHasNoResources() {
        let template = TemplateAssertions(json: [:])
        #expect(failureMessage { try template.hasResourceProperties("AWS::SNS::Topic", [:]) }
            == "the template has no resource of type 'AWS::SNS::Topic'; the template has no resources")
    }

    @Test func resourceWithoutPropertiesCountsAsEmptyProperties() throws {
        let template = try template()
        try template.hasResourceProperties("AWS::SNS::Topic", [:])
        try template.hasResourceProperties("AWS::SNS::Topic", ["TopicName": .absent])
    }

    @Test func absentPropertiesMatchAResourceWithoutProperties() throws {
        let template = try template()
        try template.hasResourceProperties("AWS::SNS::Topic", .absent)
        #expect(failureMessage { try template.hasResourceProperties("AWS::Events::Rule", .absent) } != nil)
    }

    @Test func explicitMatcherReplacesThePartialDefault() throws {
        let template = try template()
        #expect(failureMessage { try template.hasResourceProperties("AWS::Events::Rule", .objectEquals(["State": "ENABLED"])) } != nil)
        try template.hasResourceProperties("AWS::Events::Rule", .objectEquals([
            "State": "DISABLED",
            "Targets": [["Arn": .stringLikeRegexp("^arn:aws:sqs:"), "Id": "Target0"]],
        ]))
    }
}

@Suite struct HasResourceTests {
    @Test func patternCoversTheWholeResource() throws {
        let template = try template()
        try template.hasResource("AWS::Events::Rule", ["DependsOn": ["Queue4A7E3555"], "Properties": ["State": "DISABLED"]])
        try template.hasResource("AWS::Events::Rule", ["DependsOn": .absent, "Properties": ["State": "ENABLED"]])
    }

    @Test func failurePathsStartAtTheResource() throws {
        let template = try template()
        let message = try #require(failureMessage { try template.hasResource("AWS::SQS::Queue", ["DeletionPolicy": "Retain"]) })
        #expect(message.contains(#"  /DeletionPolicy: missing key; expected "Retain""#))
    }
}

@Suite struct FindResourcesTests {
    @Test func findsEveryResourceOfATypeInTemplateOrder() throws {
        #expect(try template().findResources("AWS::Events::Rule").keys == ["RuleA", "RuleB"])
    }

    @Test func findsTheResourcesMatchingAPattern() throws {
        let found = try template().findResources("AWS::Events::Rule", ["Properties": ["State": "DISABLED"]])
        #expect(found.keys == ["RuleB"])
        #expect(found["RuleB"]?["DependsOn"] == ["Queue4A7E3555"])
    }

    @Test func findsNothingForAnUnknownType() throws {
        #expect(try template().findResources("AWS::Lambda::Function").isEmpty)
    }
}

@Suite struct OutputAndSectionTests {
    @Test func outputMatchesByLogicalID() throws {
        let template = try template()
        try template.hasOutput("QueueArn", ["Export": ["Name": "Producer:QueueArn"]])
        try template.hasOutput("*", ["Value": ["Fn::GetAtt": ["Topic", "TopicName"]]])
    }

    @Test func outputMismatchShowsThePath() throws {
        let template = try template()
        #expect(failureMessage { try template.hasOutput("QueueArn", ["Export": ["Name": "Other"]]) } == """
            the template has 1 output named 'QueueArn', but it does not match
            closest candidate: 'QueueArn', with 1 mismatch:
              /Export/Name: expected "Other", got "Producer:QueueArn"
            """)
    }

    @Test func anyOutputFailureRanksEveryOutput() throws {
        let template = try template()
        let message = try #require(failureMessage { try template.hasOutput("*", ["Export": .anyValue, "Value": "x"]) })
        #expect(message.hasPrefix("the template has 2 outputs, but none matches\nclosest candidate: 'QueueArn', with 1 mismatch:"))
        #expect(message.hasSuffix("other candidates: 'TopicName' (2 mismatches)"))
    }

    @Test func missingOutputListsTheOutputsPresent() throws {
        let template = try template()
        #expect(failureMessage { try template.hasOutput("Nope", [:]) }
            == "the template has no output named 'Nope'; outputs present: 'QueueArn', 'TopicName'")
        #expect(failureMessage { try TemplateAssertions(json: [:]).hasOutput("*", [:]) }
            == "the template has no output; the template has no outputs")
    }

    @Test func findOutputsFiltersByNameAndPattern() throws {
        let template = try template()
        #expect(template.findOutputs().keys == ["QueueArn", "TopicName"])
        #expect(template.findOutputs("*", ["Export": .anyValue]).keys == ["QueueArn"])
        #expect(template.findOutputs("TopicName", ["Export": .anyValue]).isEmpty)
    }

    @Test func parametersConditionsAndMappingsMatch() throws {
        let template = try template()
        try template.hasParameter("Stage", ["Type": "String"])
        try template.hasCondition("IsProd", ["Fn::Equals": [["Ref": "Stage"], "prod"]])
        try template.hasMapping("*", ["us-east-1": ["Ami": "ami-1"]])
    }

    @Test func parameterMismatchFails() throws {
        let template = try template()
        #expect(failureMessage { try template.hasParameter("Stage", ["Default": "dev"]) }?
            .contains(#"/Default: expected "dev", got "prod""#) == true)
        #expect(failureMessage { try template.hasCondition("IsDev", [:]) } == "the template has no condition named 'IsDev'; conditions present: 'IsProd'")
        #expect(failureMessage { try template.hasMapping("Other", [:]) } == "the template has no mapping named 'Other'; mappings present: 'Regions'")
    }
}

@Suite struct TemplateMatchesTests {
    @Test func wholeTemplateMatchesPartially() throws {
        try template().templateMatches(["Resources": ["Topic": ["Type": "AWS::SNS::Topic"]]])
    }

    @Test func wholeTemplateMismatchListsEveryPath() throws {
        let message = failureMessage {
            try template().templateMatches(["Resources": ["Topic": ["Type": "AWS::SNS::Queue"]], "Transform": .anyValue])
        }
        #expect(message == """
            the template does not match, with 2 mismatches:
              /Resources/Topic/Type: expected "AWS::SNS::Queue", got "AWS::SNS::Topic"
              /Transform: missing key; expected anyValue
            """)
    }

    @Test func exactTemplateRejectsAnythingElse() throws {
        let template = TemplateAssertions(json: ["Resources": [:], "Outputs": [:]])
        try template.templateMatches(.exact(["Resources": [:], "Outputs": [:]]))
        #expect(failureMessage { try template.templateMatches(.exact(["Resources": [:]])) }
            == "the template does not match, with 1 mismatch:\n  /Outputs: unexpected key, with value {}")
    }
}

@Suite struct TemplateInputTests {
    @Test func invalidJSONTextThrowsTheParseError() {
        #expect(throws: JSONParseError.self) { try TemplateAssertions(jsonText: "{\"Resources\": ") }
    }

    @Test func templateKeepsItsJSON() throws {
        #expect(try template().json["Resources"]?["Topic"] == ["Type": "AWS::SNS::Topic"])
    }

    @Test func failureDescriptionIsItsMessage() {
        let failure = AssertionFailure("line one\nline two")
        #expect(failure.description == "line one\nline two")
        #expect(failure.localizedDescription == "line one\nline two")
    }
}
