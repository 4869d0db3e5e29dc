import CDK
import Testing

/// Expected renderings come from aws-cdk-lib 2.275.0 under node:
/// `stack.resolve(new iam.PolicyDocument({...}))` in a `new cdk.Stack()` without
/// feature flags (so `minimizePolicies` is off), and from the reference templates.
@Suite struct PolicyDocumentRenderingTests {
    @Test func rendersStatementThenVersion() {
        let document = PolicyDocument([PolicyStatement(actions: ["a:b"], resources: ["*"])])
        #expect(iamJSON(document.json)
            == #"{"Statement":[{"Action":"a:b","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}"#)
    }

    @Test func emptyDocumentRendersNothing() {
        let document = PolicyDocument()
        #expect(document.isEmpty)
        #expect(document.json == nil)
        #expect(document.statementCount == 0)
    }

    @Test func identicalStatementsAreRenderedOnce() {
        let statement = PolicyStatement(actions: ["a:b"], resources: ["*"])
        let document = PolicyDocument([statement, statement])
        #expect(iamJSON(document.json)
            == #"{"Statement":[{"Action":"a:b","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}"#)
        #expect(document.statementCount == 2)
    }

    @Test func statementsDifferingOnlyInOrderAreBothKept() {
        let document = PolicyDocument([
            PolicyStatement(actions: ["a:b", "c:d"], resources: ["*"]),
            PolicyStatement(actions: ["c:d", "a:b"], resources: ["*"]),
        ])
        #expect(iamJSON(document.json)
            == #"{"Statement":[{"Action":["a:b","c:d"],"Effect":"Allow","Resource":"*"},{"Action":["c:d","a:b"],"Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}"#)
    }

    @Test func conditionKeyOrderMakesStatementsDifferent() {
        let document = PolicyDocument([
            PolicyStatement(actions: ["a:b"], resources: ["*"], conditions: ["StringEquals": ["x": "1", "y": "2"]]),
            PolicyStatement(actions: ["a:b"], resources: ["*"], conditions: ["StringEquals": ["y": "2", "x": "1"]]),
        ])
        #expect(document.renderedStatements.count == 2)
    }

    @Test func statementsAreNotMergedOrSorted() {
        let document = PolicyDocument([
            PolicyStatement(actions: ["events:PutEvents"], resources: ["arn:aws:events:us-east-1:111111111111:event-bus/ImportedBus"]),
            PolicyStatement(actions: ["events:PutEvents"], resources: [.getAtt("bus707364D1", "Arn")]),
        ])
        #expect(iamJSON(document.json)
            == #"{"Statement":[{"Action":"events:PutEvents","Effect":"Allow","Resource":"arn:aws:events:us-east-1:111111111111:event-bus/ImportedBus"},{"Action":"events:PutEvents","Effect":"Allow","Resource":{"Fn::GetAtt":["bus707364D1","Arn"]}}],"Version":"2012-10-17"}"#)
    }

    @Test func assignedSidsAreIndexesAfterDeduplication() {
        let document = PolicyDocument([
            PolicyStatement(actions: ["a:b"], resources: ["*"]),
            PolicyStatement(actions: ["a:b"], resources: ["*"]),
            PolicyStatement(sid: "X", actions: ["c:d"], resources: ["*"]),
            PolicyStatement(actions: ["e:f"], resources: ["*"]),
        ], assignsSids: true)
        #expect(iamJSON(document.json)
            == #"{"Statement":[{"Action":"a:b","Effect":"Allow","Resource":"*","Sid":"0"},{"Action":"c:d","Effect":"Allow","Resource":"*","Sid":"X"},{"Action":"e:f","Effect":"Allow","Resource":"*","Sid":"2"}],"Version":"2012-10-17"}"#)
    }

    @Test func emptySidIsReplacedWhenAssigningSids() {
        let document = PolicyDocument([PolicyStatement(sid: "", actions: ["a:b"], resources: ["*"])], assignsSids: true)
        #expect(document.renderedStatements.first?["Sid"] == "0")
    }

    @Test func topicPolicyMatchesReferenceTemplate() {
        let document = PolicyDocument([
            PolicyStatement(actions: ["sns:Publish"], principals: [.service("events.amazonaws.com")], resources: [.ref("PipelineAlerts8D0DC2DE")]),
        ], assignsSids: true)
        #expect(iamJSON(document.json)
            == #"{"Statement":[{"Action":"sns:Publish","Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Resource":{"Ref":"PipelineAlerts8D0DC2DE"},"Sid":"0"}],"Version":"2012-10-17"}"#)
    }

    @Test func trustPolicyMatchesReferenceTemplate() {
        let document = PolicyDocument([PolicyStatement(actions: ["sts:AssumeRole"], principals: [.service("lambda.amazonaws.com")])])
        #expect(iamJSON(document.json)
            == #"{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"}"#)
    }

    @Test func addStatementsAppendsInOrder() {
        var document = PolicyDocument()
        document.addStatements(PolicyStatement(actions: ["a:b"], resources: ["*"]))
        document.addStatements([PolicyStatement(actions: ["c:d"], resources: ["*"])])
        #expect(document.statements.map(\.actions) == [["a:b"], ["c:d"]])
        #expect(!document.isEmpty)
    }
}

@Suite struct PolicyDocumentValidationTests {
    private let path = "Stack/Role/DefaultPolicy"

    @Test func statementsAreNamedByPositionOrSid() {
        let document = PolicyDocument([
            PolicyStatement(actions: ["a:b"], resources: ["*"]),
            PolicyStatement(resources: ["*"]),
            PolicyStatement(sid: "Named", resources: ["*"]),
        ])
        #expect(document.diagnostics(at: path, for: .identity).map(\.message)
            == ["policy statement 2 has no actions", "policy statement 'Named' has no actions"])
    }

    @Test func eachStatementIsValidatedForTheUse() {
        let document = PolicyDocument([PolicyStatement(actions: ["a:b"]), PolicyStatement(actions: ["a:b"], principals: [.any])])
        #expect(document.diagnostics(at: path, for: .resource).map(\.code)
            == ["iam.statement.noPrincipals", "iam.statement.noResources", "iam.statement.noResources"])
        #expect(document.diagnostics(at: path, for: .any).isEmpty)
    }

    @Test func duplicateSidInIAMPolicyIsAnError() {
        let document = PolicyDocument([
            PolicyStatement(sid: "Same", actions: ["a:b"], resources: ["*"]),
            PolicyStatement(sid: "Same", actions: ["c:d"], resources: ["*"]),
            PolicyStatement(sid: "Same", actions: ["e:f"], resources: ["*"]),
        ])
        #expect(document.diagnostics(at: path, for: .identity) == [Diagnostic(
            .error, code: "iam.document.duplicateSid", path: path,
            message: "statement ID 'Same' is used by more than one statement of the policy",
            hint: "IAM requires statement IDs to be unique within a policy; rename one of them or leave it out")])
    }

    @Test func identicalStatementsWithSameSidAreNotDuplicates() {
        let statement = PolicyStatement(sid: "Same", actions: ["a:b"], resources: ["*"])
        #expect(PolicyDocument([statement, statement]).diagnostics(at: path, for: .identity).isEmpty)
    }

    @Test func duplicateSidInResourcePolicyIsNotChecked() {
        let document = PolicyDocument([
            PolicyStatement(sid: "0", actions: ["a:b"], principals: [.any], resources: ["*"]),
            PolicyStatement(sid: "0", actions: ["c:d"], principals: [.any], resources: ["*"]),
        ])
        #expect(document.diagnostics(at: path, for: .resource).isEmpty)
    }
}
