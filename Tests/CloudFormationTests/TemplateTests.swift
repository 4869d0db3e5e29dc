import CloudFormation
import Testing

@Suite struct TemplateTests {
    @Test func emptyTemplateIsAnEmptyObject() {
        #expect(JSONWriter().render(Template().json) == "{}")
    }

    @Test func sectionsRenderInCloudFormationOrder() {
        var template = Template(formatVersion: "2010-09-09", description: "demo")
        // Filled in reverse to show the order comes from the writer, not from assignment.
        template.outputs = [Output(logicalID: "O", value: "v")]
        template.resources = [Resource(logicalID: "R", type: "AWS::SNS::Topic")]
        template.conditions = ["IsProd": .equals(.ref("Env"), "prod")]
        template.mappings = ["M": ["us-east-1": ["AMI": "ami-1"]]]
        template.parameters = [Parameter(logicalID: "Env")]
        template.metadata = ["Note": "x"]
        #expect(template.json.objectValue?.keys == [
            "AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Mappings", "Conditions", "Resources", "Outputs",
        ])
    }

    @Test func emptySectionsAreLeftOut() {
        var template = Template()
        template.resources = [Resource(logicalID: "R", type: "AWS::SNS::Topic")]
        #expect(JSONWriter(indent: 0).render(template.json) == #"{"Resources":{"R":{"Type":"AWS::SNS::Topic"}}}"#)
    }

    @Test func resourcesKeepTheirDeclarationOrder() {
        var template = Template()
        template.resources = ["Zeta", "Alpha", "Mid"].map { Resource(logicalID: $0, type: "AWS::SQS::Queue") }
        #expect(template.json["Resources"]?.objectValue?.keys == ["Zeta", "Alpha", "Mid"])
    }

    @Test func resourceMembersRenderInTheCDKOrder() {
        let resource = Resource(
            logicalID: "Bucket", type: "AWS::S3::Bucket", properties: ["Zed": 1, "Alpha": ["z": 1, "a": 2], "Beta": true],
            dependsOn: ["Role", "Queue"], condition: "IsProd", deletionPolicy: "Retain", updateReplacePolicy: "Retain",
            metadata: ["aws:cdk:path": "Stack/Bucket/Resource"]
        )
        #expect(JSONWriter().render(resource.json) == """
            {
              "Type": "AWS::S3::Bucket",
              "Properties": {
                "Alpha": {
                  "z": 1,
                  "a": 2
                },
                "Beta": true,
                "Zed": 1
              },
              "DependsOn": [
                "Role",
                "Queue"
              ],
              "UpdateReplacePolicy": "Retain",
              "DeletionPolicy": "Retain",
              "Metadata": {
                "aws:cdk:path": "Stack/Bucket/Resource"
              },
              "Condition": "IsProd"
            }
            """)
    }

    @Test func resourceWithoutPropertiesHasOnlyItsType() {
        #expect(Resource(logicalID: "T", type: "AWS::SNS::Topic").json == ["Type": "AWS::SNS::Topic"])
    }

    @Test func outputMembersRenderInOrder() {
        let output = Output(logicalID: "Arn", value: .getAtt("Q", "Arn"), description: "the queue", exportName: .sub("${AWS::StackName}-arn"), condition: "IsProd")
        #expect(JSONWriter(indent: 0).render(output.json)
            == #"{"Description":"the queue","Value":{"Fn::GetAtt":["Q","Arn"]},"Export":{"Name":{"Fn::Sub":"${AWS::StackName}-arn"}},"Condition":"IsProd"}"#)
    }

    @Test func minimalOutputHasOnlyItsValue() {
        #expect(JSONWriter(indent: 0).render(Output(logicalID: "O", value: .ref("R")).json) == #"{"Value":{"Ref":"R"}}"#)
    }

    @Test func parameterMembersRenderTypeDefaultThenConstraintsAlphabetically() {
        let parameter = Parameter(
            logicalID: "Size", type: "Number", defaultValue: 5, allowedPattern: "[0-9]+", allowedValues: [1, 5],
            constraintDescription: "a size", description: "how big", maxLength: 3, maxValue: 10, minLength: 1, minValue: 0.5, noEcho: true
        )
        #expect(JSONWriter(indent: 0).render(parameter.json)
            == #"{"Type":"Number","Default":5,"AllowedPattern":"[0-9]+","AllowedValues":[1,5],"ConstraintDescription":"a size","Description":"how big","MaxLength":3,"MaxValue":10,"MinLength":1,"MinValue":0.5,"NoEcho":true}"#)
    }

    @Test func minimalParameterIsAString() {
        #expect(JSONWriter(indent: 0).render(Parameter(logicalID: "P").json) == #"{"Type":"String"}"#)
    }

    @Test func parameterBoundsPrintWholeNumbersAsIntegers() {
        let parameter = Parameter(logicalID: "P", type: "Number", maxValue: 1e20, minValue: -3)
        #expect(JSONWriter(indent: 0).render(parameter.json) == #"{"Type":"Number","MaxValue":100000000000000000000,"MinValue":-3}"#)
        #expect(parameter.json["MinValue"] == .integer(-3))
        #expect(Parameter(logicalID: "P", maxValue: .nan).json["MaxValue"].map { JSONWriter().render($0) } == "null")
    }

    @Test func fullTemplateRendersAsExpected() throws {
        var template = Template(formatVersion: "2010-09-09")
        template.parameters = [Parameter(logicalID: "Env", defaultValue: "dev", allowedValues: ["dev", "prod"])]
        template.conditions = ["IsProd": .equals(.ref("Env"), "prod")]
        template.resources = [
            Resource(logicalID: "Topic", type: "AWS::SNS::Topic", properties: ["TopicName": .sub("${AWS::StackName}-topic")], condition: "IsProd"),
        ]
        template.outputs = [Output(logicalID: "TopicArn", value: .ref("Topic"), exportName: "topic-arn")]
        let text = JSONWriter().render(template.json)
        #expect(text == """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Parameters": {
                "Env": {
                  "Type": "String",
                  "Default": "dev",
                  "AllowedValues": [
                    "dev",
                    "prod"
                  ]
                }
              },
              "Conditions": {
                "IsProd": {
                  "Fn::Equals": [
                    {
                      "Ref": "Env"
                    },
                    "prod"
                  ]
                }
              },
              "Resources": {
                "Topic": {
                  "Type": "AWS::SNS::Topic",
                  "Properties": {
                    "TopicName": {
                      "Fn::Sub": "${AWS::StackName}-topic"
                    }
                  },
                  "Condition": "IsProd"
                }
              },
              "Outputs": {
                "TopicArn": {
                  "Value": {
                    "Ref": "Topic"
                  },
                  "Export": {
                    "Name": "topic-arn"
                  }
                }
              }
            }
            """)
        #expect(try JSONParser.parse(text) == template.json)
    }

    @Test func templatesCompareByContent() {
        var first = Template(description: "a")
        first.resources = [Resource(logicalID: "R", type: "T", properties: ["a": 1, "b": 2])]
        var second = Template(description: "a")
        second.resources = [Resource(logicalID: "R", type: "T", properties: ["b": 2, "a": 1])]
        #expect(first == second)
        second.description = "b"
        #expect(first != second)
    }

    /// The file is written a resource at a time; its text is the whole document's.
    @Test(arguments: [2, 0, 4])
    func renderedFileIsTheWritersTextOfTheDocument(indent: Int) {
        var template = Template(formatVersion: "2010-09-09", description: "demo \"quoted\"\n")
        template.metadata = ["Note": ["nested": [1, 2.5, true, nil]]]
        template.parameters = [Parameter(logicalID: "Env")]
        template.conditions = ["IsProd": .equals(.ref("Env"), "prod")]
        template.resources = [
            Resource(logicalID: "Topic", type: "AWS::SNS::Topic", properties: ["TopicName": "t", "Tags": []]),
            Resource(logicalID: "Queue", type: "AWS::SQS::Queue", dependsOn: ["Topic"], deletionPolicy: "Retain"),
        ]
        template.outputs = [Output(logicalID: "Out", value: .getAtt("Queue", "Arn"), exportName: "e")]
        let expected = JSONWriter(indent: indent).render(template.json) + "\n"
        #expect(String(decoding: template.renderJSON(indent: indent), as: UTF8.self) == expected)
        #expect(String(decoding: Template().renderJSON(indent: indent), as: UTF8.self) == "{}\n")
    }
}
