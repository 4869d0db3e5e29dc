import CDK
import Testing

/// A reference that synthesis resolves later, standing in for a resource attribute.
private struct PendingReference: Token, Equatable {
    var name: String
    var description: String { "${Token[\(name)]}" }
}

/// Expected renderings come from aws-cdk-lib 2.275.0 under node:
/// `stack.resolve(new iam.PolicyStatement({...}).toJSON())` in a `new cdk.Stack()`
/// without feature flags.
@Suite struct PolicyStatementRenderingTests {
    @Test func defaultEffectIsAllow() {
        #expect(PolicyStatement().effect == .allow)
    }

    @Test func singleActionAndResourceAreUnwrapped() {
        let statement = PolicyStatement(actions: ["a:y"], resources: ["r1"])
        #expect(iamJSON(statement.json) == #"{"Action":"a:y","Effect":"Allow","Resource":"r1"}"#)
    }

    @Test func duplicateActionsAndResourcesAreDroppedKeepingFirstOrder() {
        let statement = PolicyStatement(actions: ["b:x", "a:y", "b:x"], resources: ["r2", "r1", "r2"])
        #expect(iamJSON(statement.json) == #"{"Action":["b:x","a:y"],"Effect":"Allow","Resource":["r2","r1"]}"#)
        #expect(statement.actions == ["b:x", "a:y"])
    }

    @Test func actionsAddedLaterAreDeduplicatedAgainstExisting() {
        var statement = PolicyStatement(actions: ["sqs:SendMessage"])
        statement.addActions(["sqs:GetQueueUrl", "sqs:SendMessage"])
        #expect(statement.actions == ["sqs:SendMessage", "sqs:GetQueueUrl"])
    }

    @Test func referenceResourcesAreDeduplicatedAndKept() {
        let topic = JSONValue.ref("T0905")
        let arn = JSONValue.getAtt("T0905", "Arn")
        let statement = PolicyStatement(
            actions: ["a:b"], resources: [topic, topic, arn, .join("", [arn, "/*"])])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Effect":"Allow","Resource":[{"Ref":"T0905"},{"Fn::GetAtt":["T0905","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["T0905","Arn"]},"/*"]]}]}"#)
    }

    @Test func tokenResourcesStayTokensAndDeduplicateByIdentity() {
        let queue = JSONValue.token(PendingReference(name: "Queue.Arn"))
        let other = JSONValue.token(PendingReference(name: "Topic.Ref"))
        let statement = PolicyStatement(actions: ["a:b"], resources: [queue, other, queue])
        #expect(statement.resources == [queue, other])
        #expect(statement.json["Resource"] == [queue, other])
    }

    @Test func joinsInResourcesAreSimplified() {
        let arn = JSONValue.join("", ["arn:", "aws", ":sqs:", "us-east-1", ":111111111111:q"])
        #expect(iamJSON(PolicyStatement(actions: ["a:b"], resources: [arn]).json)
            == #"{"Action":"a:b","Effect":"Allow","Resource":"arn:aws:sqs:us-east-1:111111111111:q"}"#)
    }

    @Test func keysFollowCDKOrderWithNegatedElements() {
        let statement = PolicyStatement(
            sid: "S1", effect: .deny, notActions: ["a:b", "c:d"], notPrincipals: [.arn("arn:x")],
            notResources: ["r"], conditions: ["Bool": ["aws:SecureTransport": "false"]])
        #expect(iamJSON(statement.json)
            == #"{"NotAction":["a:b","c:d"],"Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","NotPrincipal":{"AWS":"arn:x"},"NotResource":"r","Sid":"S1"}"#)
    }

    @Test func keysFollowCDKOrderWithPositiveElements() {
        let statement = PolicyStatement(
            sid: "AllowEventRuleStackRuleF6E31DD0", actions: ["sqs:SendMessage"],
            principals: [.service("events.amazonaws.com")], resources: [.getAtt("DlqD1FAA4AD", "Arn")],
            conditions: ["ArnEquals": ["aws:SourceArn": .getAtt("Rule4C995B7F", "Arn")]])
        #expect(iamJSON(statement.json)
            == #"{"Action":"sqs:SendMessage","Condition":{"ArnEquals":{"aws:SourceArn":{"Fn::GetAtt":["Rule4C995B7F","Arn"]}}},"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Resource":{"Fn::GetAtt":["DlqD1FAA4AD","Arn"]},"Sid":"AllowEventRuleStackRuleF6E31DD0"}"#)
    }

    @Test func emptyConditionsAreLeftOut() {
        let statement = PolicyStatement(actions: ["a:b"], resources: ["*"], conditions: [:])
        #expect(iamJSON(statement.json) == #"{"Action":"a:b","Effect":"Allow","Resource":"*"}"#)
    }

    @Test func addAllResourcesAddsStar() {
        var statement = PolicyStatement(actions: ["a:b"])
        statement.addAllResources()
        #expect(statement.resources == ["*"])
        #expect(statement.hasResource)
    }

    @Test func withSidReplacesTheSid() {
        let statement = PolicyStatement(actions: ["a:b"]).withSid("cdk-MySid")
        #expect(statement.json["Sid"] == "cdk-MySid")
    }
}

@Suite struct PolicyStatementPrincipalTests {
    @Test func principalsAreMergedPerKindInFirstAppearanceOrder() {
        let statement = PolicyStatement(actions: ["a:b"], principals: [
            .service("events.amazonaws.com"), .account("222222222222"), .arn("arn:x"), .service("sns.amazonaws.com"),
        ])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Effect":"Allow","Principal":{"Service":["events.amazonaws.com","sns.amazonaws.com"],"AWS":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::222222222222:root"]]},"arn:x"]}}"#)
    }

    @Test func principalKindsAreNotSorted() {
        let statement = PolicyStatement(actions: ["a:b"], principals: [
            .any, .service("s.amazonaws.com"), .canonicalUser("c"), .federated("f"), .arn("arn:y"),
        ])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Effect":"Allow","Principal":{"AWS":["*","arn:y"],"Service":"s.amazonaws.com","CanonicalUser":"c","Federated":"f"}}"#)
    }

    @Test func equalPrincipalsAreNotDeduplicated() {
        let statement = PolicyStatement(actions: ["a:b"], principals: [.service("events.amazonaws.com"), .service("events.amazonaws.com")])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Effect":"Allow","Principal":{"Service":["events.amazonaws.com","events.amazonaws.com"]}}"#)
    }

    @Test func twoAccountPrincipalsMakeAListOfJoins() {
        let statement = PolicyStatement(actions: ["a:b"], principals: [.account("222222222222"), .account("333333333333")])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Effect":"Allow","Principal":{"AWS":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::222222222222:root"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::333333333333:root"]]}]}}"#)
    }

    @Test func notPrincipalsMergeLikePrincipals() {
        let statement = PolicyStatement(actions: ["a:b"], notPrincipals: [.any, .service("s.amazonaws.com")])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Effect":"Allow","NotPrincipal":{"AWS":"*","Service":"s.amazonaws.com"}}"#)
        #expect(statement.hasPrincipal)
    }

    @Test func principalConditionsComeBeforeStatementConditions() {
        let principal = Principal.service("events.amazonaws.com")
            .withConditions(["StringEquals": ["aws:SourceAccount": "111"], "ArnLike": ["aws:SourceArn": "arn:y"]])
        let statement = PolicyStatement(actions: ["a:b"], principals: [principal], conditions: ["StringEquals": ["x": "1"]])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Condition":{"StringEquals":{"aws:SourceAccount":"111","x":"1"},"ArnLike":{"aws:SourceArn":"arn:y"}},"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"}}"#)
    }

    @Test func principalAddedLaterAppendsItsConditionKeys() {
        var statement = PolicyStatement(actions: ["a:b"], conditions: ["StringEquals": ["x": "1"]])
        statement.addPrincipals([.organization("o-abcdefghij")])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Condition":{"StringEquals":{"x":"1","aws:PrincipalOrgID":"o-abcdefghij"}},"Effect":"Allow","Principal":{"AWS":"*"}}"#)
    }

    @Test func organizationAndStatementConditionsMergeUnderOneOperator() {
        let statement = PolicyStatement(
            actions: ["a:b"], principals: [.organization("o-abcdefghij")],
            conditions: ["StringEquals": ["aws:SourceAccount": "1"]])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij","aws:SourceAccount":"1"}},"Effect":"Allow","Principal":{"AWS":"*"}}"#)
    }
}

@Suite struct PolicyStatementConditionTests {
    @Test func addConditionMergesKeysKeepingPositionsAndAppendsOperators() {
        var statement = PolicyStatement(actions: ["a:b"], conditions: ["StringEquals": ["k1": "a", "k2": "b"], "Null": ["k3": "true"]])
        statement.addCondition("StringEquals", ["k1": "z", "k4": ["p"]])
        statement.addCondition("Bool", ["k5": "true"])
        #expect(iamJSON(statement.json)
            == #"{"Action":"a:b","Condition":{"StringEquals":{"k1":"z","k2":"b","k4":["p"]},"Null":{"k3":"true"},"Bool":{"k5":"true"}},"Effect":"Allow"}"#)
    }

    @Test func conditionListOfOneValueIsNotUnwrapped() {
        let statement = PolicyStatement(actions: ["a:b"], conditions: ["StringEquals": ["k": ["x"]]])
        #expect(iamJSON(statement.json["Condition"]) == #"{"StringEquals":{"k":["x"]}}"#)
    }

    @Test func conditionsExposeOperatorKeys() {
        let conditions: PolicyConditions = ["ArnEquals": ["aws:SourceArn": "arn:r"]]
        #expect(conditions[operator: "ArnEquals"] == ["aws:SourceArn": "arn:r"])
        #expect(conditions[operator: "StringEquals"] == nil)
        #expect(!conditions.isEmpty)
    }

    @Test func mergingConditionsLeavesOriginalUnchanged() {
        let base: PolicyConditions = ["StringEquals": ["a": "1"]]
        let merged = base.merging(["StringEquals": ["b": "2"]])
        #expect(iamJSON(base.json) == #"{"StringEquals":{"a":"1"}}"#)
        #expect(iamJSON(merged.json) == #"{"StringEquals":{"a":"1","b":"2"}}"#)
    }
}

@Suite struct PolicyStatementValidationTests {
    private let path = "Stack/Role/DefaultPolicy"

    private func codes(_ statement: PolicyStatement, _ use: PolicyUse) -> [String] {
        statement.diagnostics(at: path, for: use).map(\.code)
    }

    @Test func statementWithoutActionsIsAnErrorForAnyUse() {
        let found = PolicyStatement(resources: ["*"]).diagnostics(at: path, for: .any)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.noActions", path: path,
            message: "policy statement has no actions",
            hint: "add at least one action or not-action, such as 'sqs:SendMessage'")])
    }

    @Test func notActionsAloneSatisfyTheActionRule() {
        #expect(codes(PolicyStatement(notActions: ["iam:*"], resources: ["*"]), .identity).isEmpty)
    }

    @Test func principalInIdentityPolicyIsAnError() {
        let found = PolicyStatement(actions: ["a:b"], principals: [.any], resources: ["*"]).diagnostics(at: path, for: .identity)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.principalInIdentityPolicy", path: path,
            message: "policy statement names principals, but it is in an identity-based policy",
            hint: "remove the principals: an identity-based policy applies to the role, user or group it is attached to")])
    }

    @Test func notPrincipalInIdentityPolicyIsAnError() {
        #expect(codes(PolicyStatement(actions: ["a:b"], notPrincipals: [.any], resources: ["*"]), .identity)
            == ["iam.statement.principalInIdentityPolicy"])
    }

    @Test func identityStatementWithoutResourcesIsAnError() {
        let found = PolicyStatement(actions: ["a:b"]).diagnostics(at: path, for: .identity)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.noResources", path: path,
            message: "policy statement has no resources; statements of an identity-based policy need at least one",
            hint: "add the ARNs the actions apply to, or '*' for all resources")])
    }

    @Test func emptyStatementReportsEveryIdentityRuleInCDKOrder() {
        #expect(codes(PolicyStatement(principals: [.any]), .identity)
            == ["iam.statement.noActions", "iam.statement.principalInIdentityPolicy", "iam.statement.noResources"])
    }

    @Test func resourceStatementWithoutPrincipalsIsAnError() {
        let found = PolicyStatement(actions: ["a:b"], resources: ["*"]).diagnostics(at: path, for: .resource)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.noPrincipals", path: path,
            message: "policy statement has no principals; statements of a resource-based policy need at least one",
            hint: "add the principal the policy grants access to, such as .service(\"events.amazonaws.com\")")])
    }

    @Test func resourceStatementWithoutResourcesIsAnError() {
        let found = PolicyStatement(actions: ["a:b"], principals: [.any]).diagnostics(at: path, for: .resource)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.noResources", path: path,
            message: "policy statement has no resources; statements of a resource-based policy need at least one",
            hint: "add the ARN of the resource the policy is attached to")])
    }

    @Test func trustStatementNeedsPrincipalButNoResource() {
        #expect(codes(PolicyStatement(actions: ["sts:AssumeRole"], principals: [.service("events.amazonaws.com")]), .trust).isEmpty)
        let found = PolicyStatement(actions: ["sts:AssumeRole"]).diagnostics(at: path, for: .trust)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.noPrincipals", path: path,
            message: "policy statement has no principals; statements of a trust policy need at least one",
            hint: "add the principal that may assume the role, such as .service(\"events.amazonaws.com\")")])
    }

    @Test func validStatementsHaveNoDiagnostics() {
        #expect(codes(PolicyStatement(actions: ["codebuild:StartBuild"], resources: [.getAtt("P", "Arn")]), .identity).isEmpty)
        #expect(codes(PolicyStatement(actions: ["sns:Publish"], principals: [.service("events.amazonaws.com")], resources: [.ref("T")]), .resource).isEmpty)
    }

    @Test func actionsAndNotActionsTogetherIsAnError() {
        let found = PolicyStatement(actions: ["a:b"], notActions: ["c:d"], resources: ["*"]).diagnostics(at: path, for: .identity)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.actionsAndNotActions", path: path,
            message: "policy statement has both actions and not-actions",
            hint: "use either 'actions' or 'notActions' in one statement, or split it in two")])
    }

    @Test func resourcesAndNotResourcesTogetherIsAnError() {
        let found = PolicyStatement(actions: ["a:b"], resources: ["x"], notResources: ["y"]).diagnostics(at: path, for: .identity)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.resourcesAndNotResources", path: path,
            message: "policy statement has both resources and not-resources",
            hint: "use either 'resources' or 'notResources' in one statement, or split it in two")])
    }

    @Test func principalsAndNotPrincipalsTogetherIsAnError() {
        let found = PolicyStatement(actions: ["a:b"], principals: [.any], notPrincipals: [.any], resources: ["*"])
            .diagnostics(at: path, for: .resource)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.principalsAndNotPrincipals", path: path,
            message: "policy statement has both principals and not-principals",
            hint: "use either 'principals' or 'notPrincipals' in one statement, or split it in two")])
    }

    @Test(arguments: ["sqs", "sqs:Send-Message", ":SendMessage", "sqs:", "sqs send", "s3:Get:Object", "sqs:Send Message"])
    func actionWithoutServicePrefixAndNameIsAnError(action: String) {
        let found = PolicyStatement(actions: [action], resources: ["*"]).diagnostics(at: path, for: .identity)
        #expect(found == [Diagnostic(
            .error, code: "iam.statement.invalidAction", path: path,
            message: "action '\(action)' in policy statement is not valid",
            hint: "an action is a service prefix, a colon and an action name, such as 'sqs:SendMessage'; the name may use '*' wildcards, and '*' alone means every action")])
    }

    @Test(arguments: ["*", "sqs:SendMessage", "s3:Get*", "iam:*", "kms:GenerateDataKey*", "execute-api:Invoke", "sts:AssumeRole"])
    func wellFormedActionsAreAccepted(action: String) {
        #expect(codes(PolicyStatement(actions: [action], resources: ["*"]), .identity).isEmpty)
    }

    @Test func invalidNotActionIsAnError() {
        #expect(codes(PolicyStatement(notActions: ["iam"], resources: ["*"]), .identity) == ["iam.statement.invalidAction"])
    }

    @Test func principalsWithDifferentConditionsIsAnError() {
        let statement = PolicyStatement(actions: ["a:b"], principals: [.organization("o-abcdefghij"), .service("x.amazonaws.com")], resources: ["*"])
        #expect(statement.diagnostics(at: path, for: .resource) == [Diagnostic(
            .error, code: "iam.statement.principalConditionsDiffer", path: path,
            message: "principals of policy statement have different conditions",
            hint: "a statement's principals must share their conditions; put principals with different conditions in separate statements")])
    }

    @Test func principalsWithSameConditionsAreAccepted() {
        let statement = PolicyStatement(actions: ["a:b"], principals: [.organization("o-abcdefghij"), .organization("o-abcdefghij")], resources: ["*"])
        #expect(codes(statement, .resource).isEmpty)
    }

    @Test(arguments: ["cdk-MySid", "my sid", "Sid_1", "Sïd"])
    func sidWithOtherThanLettersAndDigitsIsAnErrorInIAMPolicies(sid: String) {
        let statement = PolicyStatement(sid: sid, actions: ["a:b"], resources: ["*"])
        #expect(statement.diagnostics(at: path, for: .identity) == [Diagnostic(
            .error, code: "iam.statement.invalidSid", path: path,
            message: "statement ID '\(sid)' has characters other than letters and digits",
            hint: "IAM statement IDs may only use the ASCII letters A-Z and a-z and the digits 0-9 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html)")])
        let trust = PolicyStatement(sid: sid, actions: ["sts:AssumeRole"], principals: [.any])
        #expect(codes(trust, .trust) == ["iam.statement.invalidSid"])
    }

    @Test func sidOfResourcePolicyMayUseOtherCharacters() {
        let statement = PolicyStatement(sid: "cdk-MySid", actions: ["events:PutEvents"], principals: [.account("111111111111")], resources: ["*"])
        #expect(codes(statement, .resource).isEmpty)
    }

    @Test func sidNamesTheStatementInMessages() {
        let found = PolicyStatement(sid: "Grant1", resources: ["*"]).diagnostics(at: path, for: .identity)
        #expect(found.map(\.message) == ["policy statement 'Grant1' has no actions"])
    }
}
