import CDK
import CloudFormation
import Foundation
import Samples
import Testing
@testable import SynthCommand

/// One stack named `Stack` in `aws://111111111111/us-east-1` with these resources (JSON text).
func reviewAssembly(_ resources: String, stack: String = "Stack") throws -> ReviewAssembly {
    let template = try JSONParser.parse("{\"Resources\": {\(resources)}}")
    return ReviewAssembly(stacks: [ReviewAssembly.Stack(
        artifactID: stack, displayName: stack, environment: "aws://111111111111/us-east-1", stage: nil, template: template)])
}

extension AssemblyDiff {
    /// The changes of the only changed stack.
    var onlyChanges: (resources: [ResourceChange], permissions: [PermissionChange])? {
        guard stacks.count == 1, case let .changed(changes, permissions) = stacks[0].change else { return nil }
        return (changes, permissions)
    }
}

@Suite struct AssemblyDiffTests {
    let queue = #""Queue": {"Type": "AWS::SQS::Queue", "Properties": {"MessageRetentionPeriod": 60}}"#
    let rule = #""Rule": {"Type": "AWS::Events::Rule", "Properties": {"EventPattern": {"source": ["a"], "detail-type": ["Placed"]}, "Targets": [{"Id": "Target0", "Arn": {"Fn::GetAtt": ["Queue", "Arn"]}}]}}"#

    @Test func equalAssembliesHaveNoDifferences() throws {
        let diff = AssemblyDiff(old: try reviewAssembly(queue), new: try reviewAssembly(queue))
        #expect(diff.isEmpty)
        #expect(diff.rendered() == "no differences")
    }

    @Test func stacksAddedAndRemovedAreListedWithTheirResourceCounts() throws {
        let diff = AssemblyDiff(old: try reviewAssembly(queue, stack: "Old"), new: try reviewAssembly(queue + "," + rule, stack: "New"))
        #expect(diff.rendered() == """
            + stack New (aws://111111111111/us-east-1): new, 2 resources
            - stack Old (aws://111111111111/us-east-1): removed, with its 1 resource
            2 stacks differ: 1 stack added, 1 stack removed
            """)
    }

    @Test func resourcesAddedAndRemovedAreListedWithTheirTypes() throws {
        let topic = #""Topic": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": "t"}}"#
        let diff = AssemblyDiff(old: try reviewAssembly(queue + "," + topic), new: try reviewAssembly(queue + "," + rule))
        #expect(diff.rendered() == """
            ~ stack Stack (aws://111111111111/us-east-1)
              + Rule AWS::Events::Rule
              - Topic AWS::SNS::Topic
            1 stack differs: 1 resource added, 1 resource removed
            """)
    }

    @Test func changedPropertiesShowTheirPathsAndOldAndNewValues() throws {
        let changed = rule.replacingOccurrences(of: "\"Placed\"", with: "\"Shipped\"")
            .replacingOccurrences(of: "\"source\"", with: "\"account\": [\"1\"], \"source\"")
        let diff = AssemblyDiff(old: try reviewAssembly(queue + "," + rule), new: try reviewAssembly(queue + "," + changed))
        guard case let .modified(logicalID, _, properties)? = diff.onlyChanges?.resources.first else {
            Issue.record("expected a modified resource: \(diff.rendered())")
            return
        }
        #expect(logicalID == "Rule")
        #expect(properties == [
            AssemblyDiff.PropertyChange(path: "Properties.EventPattern.detail-type[0]", old: "Placed", new: "Shipped"),
            AssemblyDiff.PropertyChange(path: "Properties.EventPattern.account", old: nil, new: ["1"]),
        ])
        #expect(diff.rendered().contains("      Properties.EventPattern.account: (none) → [\"1\"]"))
    }

    @Test func outputsAndTheEnvironmentAreComparedToo() throws {
        let old = try reviewAssembly(queue)
        var new = try reviewAssembly(queue)
        new.stacks[0].environment = "aws://222222222222/us-east-1"
        new.stacks[0].template = try JSONParser.parse("{\"Resources\": {\(queue)}, \"Outputs\": {\"Url\": {\"Value\": {\"Ref\": \"Queue\"}}}}")
        #expect(AssemblyDiff(old: old, new: new).rendered() == """
            ~ stack Stack (aws://222222222222/us-east-1)
              ~ environment: "aws://111111111111/us-east-1" → "aws://222222222222/us-east-1"
              ~ Outputs: (none) → {"Url":{"Value":{"Ref":"Queue"}}}
            1 stack differs: 1 changed
            """)
    }

    @Test func onlyTheStacksNamedAreCompared() throws {
        let diff = AssemblyDiff(old: try reviewAssembly(queue, stack: "Old"), new: try reviewAssembly(queue, stack: "New"), only: ["New"])
        #expect(diff.stacks.map(\.artifactID) == ["New"])
    }

    @Test func targetsAreComparedByTheirID() throws {
        let twoTargets = rule.replacingOccurrences(
            of: "}}]", with: "}}, {\"Id\": \"Target1\", \"Arn\": \"arn:aws:sns:us-east-1:111111111111:t\"}]")
        let diff = AssemblyDiff(old: try reviewAssembly(queue + "," + rule), new: try reviewAssembly(queue + "," + twoTargets))
        guard case let .modified(_, _, properties)? = diff.onlyChanges?.resources.first else {
            Issue.record("expected a modified resource: \(diff.rendered())")
            return
        }
        #expect(properties.map(\.path) == ["Properties.Targets[Id=Target1]"])
    }

    @Test func aLogicalIDThatChangesIsFlaggedAsAReplacement() throws {
        let renamed = queue.replacingOccurrences(of: "\"Queue\":", with: "\"Jobs1234ABCD\":")
        let diff = AssemblyDiff(old: try reviewAssembly(queue), new: try reviewAssembly(renamed))
        #expect(diff.rendered() == """
            ~ stack Stack (aws://111111111111/us-east-1)
              ! Queue → Jobs1234ABCD AWS::SQS::Queue: logical ID changed: replacement (CloudFormation deletes and recreates it)
            1 stack differs: 1 replaced
            """)
    }

    @Test func aResourceThatRefersToARenamedOneIsARenameToo() throws {
        let renamedQueue = queue.replacingOccurrences(of: "\"Queue\":", with: "\"Jobs1234ABCD\":")
        let renamedRule = rule.replacingOccurrences(of: "\"Rule\":", with: "\"OnJobs5678ABCD\":")
            .replacingOccurrences(of: "[\"Queue\", \"Arn\"]", with: "[\"Jobs1234ABCD\", \"Arn\"]")
        let diff = AssemblyDiff(old: try reviewAssembly(queue + "," + rule), new: try reviewAssembly(renamedQueue + "," + renamedRule))
        #expect(diff.summary == "1 stack differs: 2 replaced")
        #expect(diff.rendered().contains("  ! Rule → OnJobs5678ABCD AWS::Events::Rule: logical ID changed: replacement"))
    }

    @Test func colourIsOnlyWhatTheStyleAdds() throws {
        let diff = AssemblyDiff(old: try reviewAssembly(queue), new: try reviewAssembly(queue + "," + rule))
        let coloured = diff.rendered { text, code in "\u{1B}[\(code)m\(text)\u{1B}[0m" }
        #expect(coloured.contains("\u{1B}[32m  + Rule AWS::Events::Rule\u{1B}[0m"))
        #expect(!diff.rendered().contains("\u{1B}"))
        #expect(Console(out: { _ in }, err: { _ in }).styledOut("x", "1") == "x")
    }

    @Test func changingAPropertyThatCannotBeUpdatedIsAReplacement() throws {
        let named = queue.replacingOccurrences(of: "\"MessageRetentionPeriod\": 60", with: "\"MessageRetentionPeriod\": 60, \"QueueName\": \"jobs\"")
        let diff = AssemblyDiff(old: try reviewAssembly(queue), new: try reviewAssembly(named))
        #expect(diff.rendered() == """
            ~ stack Stack (aws://111111111111/us-east-1)
              ! Queue AWS::SQS::Queue: QueueName changed: replacement (CloudFormation deletes and recreates it)
                  Properties.QueueName: (none) → "jobs"
            1 stack differs: 1 replaced
            """)
    }

    @Test func aReplacingPropertyMatchesWholePathSteps() {
        #expect(ReplacementProperties.replacing("AWS::Events::Rule", paths: ["Properties.Name", "Properties.NameSuffix"]) == ["Name"])
        #expect(ReplacementProperties.replacing("AWS::ECS::TaskDefinition", paths: ["Properties.ContainerDefinitions[0].Image"]) == ["ContainerDefinitions"])
        #expect(ReplacementProperties.replacing("AWS::SQS::Queue", paths: ["Properties.VisibilityTimeout"]).isEmpty)
    }

    @Test func aChangedTypeIsAReplacement() throws {
        let retyped = queue.replacingOccurrences(of: "AWS::SQS::Queue", with: "AWS::SNS::Topic")
        let diff = AssemblyDiff(old: try reviewAssembly(queue), new: try reviewAssembly(retyped))
        #expect(diff.rendered().contains("  ! Queue AWS::SQS::Queue → AWS::SNS::Topic: type changed: replacement"))
    }

    static func policy(_ actions: String, resource: String = #"{"Fn::GetAtt": ["Queue", "Arn"]}"#) -> String {
        #""Policy": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyDocument": {"Statement": [{"Action": \#(actions), "Effect": "Allow", "Resource": \#(resource)}], "Version": "2012-10-17"}, "PolicyName": "p", "Roles": [{"Ref": "Role"}]}}"#
    }

    @Test func aWidenedIAMPolicyListsTheNewGrants() throws {
        let old = Self.policy(#""sqs:SendMessage""#)
        let new = Self.policy(#"["sqs:SendMessage", "sqs:*"]"#, resource: #""*""#)
        let diff = AssemblyDiff(old: try reviewAssembly(old), new: try reviewAssembly(new))
        let permission = try #require(diff.onlyChanges?.permissions.first)
        #expect(permission.verdict == "changed")
        #expect(permission.added.map(\.description) == ["Allow sqs:* on *", "Allow sqs:SendMessage on *"])
        #expect(permission.removed.map(\.description) == ["Allow sqs:SendMessage on Queue.Arn"])
        #expect(diff.rendered().contains("      + Allow sqs:*, sqs:SendMessage on *  (broad: wildcard)\n      - Allow sqs:SendMessage on Queue.Arn"))
    }

    @Test func addingAnActionWidensAndRemovingOneNarrows() throws {
        let one = Self.policy(#""sqs:SendMessage""#)
        let two = Self.policy(#"["sqs:SendMessage", "sqs:DeleteMessage"]"#)
        let widened = AssemblyDiff(old: try reviewAssembly(one), new: try reviewAssembly(two))
        #expect(widened.onlyChanges?.permissions.first?.verdict == "widened")
        #expect(widened.rendered().contains("    widened Policy (AWS::IAM::Policy):\n      + Allow sqs:DeleteMessage on Queue.Arn"))
        #expect(widened.summary == "1 stack differs: 1 changed, permissions widened in 1")
        let narrowed = AssemblyDiff(old: try reviewAssembly(two), new: try reviewAssembly(one))
        #expect(narrowed.onlyChanges?.permissions.first?.verdict == "narrowed")
    }

    @Test func anAddedStatementIsShownAloneWithItsConditionReadable() throws {
        let statement = #"{"Action": "sqs:SendMessage", "Condition": {"ArnEquals": {"aws:SourceArn": {"Fn::GetAtt": ["Rule", "Arn"]}}}, "Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Resource": {"Fn::GetAtt": ["Queue", "Arn"]}}"#
        let one = #""QueuePolicy": {"Type": "AWS::SQS::QueuePolicy", "Properties": {"PolicyDocument": {"Statement": [\#(statement)]}, "Queues": [{"Ref": "Queue"}]}}"#
        let two = one.replacingOccurrences(of: "[\(statement)]", with: "[\(statement), \(statement.replacingOccurrences(of: "\"Rule\"", with: "\"Other\""))]")
        let diff = AssemblyDiff(old: try reviewAssembly(one), new: try reviewAssembly(two))
        guard case let .modified(_, _, properties)? = diff.onlyChanges?.resources.first else {
            Issue.record("expected a modified resource: \(diff.rendered())")
            return
        }
        #expect(properties.map(\.path) == ["Properties.PolicyDocument.Statement[1]"])
        #expect(diff.rendered().contains(
            "      + Allow Service events.amazonaws.com: sqs:SendMessage on Queue.Arn when ArnEquals aws:SourceArn Other.Arn"))
    }

    @Test func aNewResourcePolicyWidensWhoMayAct() throws {
        let queuePolicy = #""QueuePolicy": {"Type": "AWS::SQS::QueuePolicy", "Properties": {"PolicyDocument": {"Statement": [{"Action": "sqs:SendMessage", "Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Resource": {"Fn::GetAtt": ["Queue", "Arn"]}}]}, "Queues": [{"Ref": "Queue"}]}}"#
        let diff = AssemblyDiff(old: try reviewAssembly(queue), new: try reviewAssembly(queue + "," + queuePolicy))
        let permission = try #require(diff.onlyChanges?.permissions.first)
        #expect(permission.verdict == "widened")
        #expect(permission.added.map(\.description) == ["Allow Service events.amazonaws.com: sqs:SendMessage on Queue.Arn"])
    }

    @Test func eventBusPolicyAndLambdaPermissionGrantsNameThePrincipal() throws {
        let busPolicy = #""GivePerm": {"Type": "AWS::Events::EventBusPolicy", "Properties": {"Action": "events:PutEvents", "Principal": "222222222222", "StatementId": "s"}}"#
        let permission = #""Invoke": {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Fn::GetAtt": ["Fn", "Arn"]}, "Principal": "events.amazonaws.com", "SourceArn": {"Fn::GetAtt": ["Rule", "Arn"]}}}"#
        let diff = AssemblyDiff(old: try reviewAssembly(queue), new: try reviewAssembly(queue + "," + busPolicy + "," + permission))
        let grants = diff.onlyChanges?.permissions.flatMap(\.added).map(\.description)
        #expect(grants == [
            "Allow AWS 222222222222: events:PutEvents on default bus",
            "Allow events.amazonaws.com: lambda:InvokeFunction on Fn.Arn when SourceArn Rule.Arn",
        ])
    }

    @Test func stacksReadFromDiskEqualTheirSynthesis() throws {
        for sample in samples {
            let directory = EventGraphTests.templates.appendingPathComponent(sample.name).path
            let diff = AssemblyDiff(old: try ReviewAssembly(directory: directory), new: ReviewAssembly(try Synthesizer.synthesize(sample.makeApp())))
            #expect(diff.isEmpty, "\(sample.name): \(diff.rendered())")
        }
    }
}
