import CDK
import Testing

/// The compact JSON text of a value, byte for byte `JSON.stringify`, so that tests see
/// key order.
func iamJSON(_ value: JSONValue?) -> String {
    value.map { JSONWriter(indent: 0).render($0) } ?? "<nil>"
}

/// Expected renderings come from aws-cdk-lib 2.275.0 under node: a `PolicyStatement`
/// with the principal and `actions: ['a:b']`, resolved with `stack.resolve(statement.toJSON())`
/// in a `new cdk.Stack()` without feature flags.
@Suite struct PrincipalTests {
    private func statementJSON(_ principals: Principal...) -> String {
        iamJSON(PolicyStatement(actions: ["a:b"], principals: principals).json)
    }

    @Test func servicePrincipalRendersServiceName() {
        let principal = Principal.service("events.amazonaws.com")
        #expect(iamJSON(principal.json) == #"{"Service":"events.amazonaws.com"}"#)
        #expect(principal.conditions.isEmpty)
        #expect(principal.account == nil)
        #expect(principal.assumeRoleAction == "sts:AssumeRole")
    }

    @Test func servicePrincipalConditionsGoIntoTheStatement() {
        let principal = Principal.service(
            "events.amazonaws.com", conditions: ["StringEquals": ["aws:SourceAccount": "111"]])
        #expect(statementJSON(principal)
            == #"{"Action":"a:b","Condition":{"StringEquals":{"aws:SourceAccount":"111"}},"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"}}"#)
    }

    @Test func accountPrincipalRendersRootARNWithPartition() {
        let principal = Principal.account("222222222222")
        #expect(iamJSON(principal.json)
            == #"{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::222222222222:root"]]}}"#)
        #expect(principal.account == "222222222222")
    }

    @Test func accountPrincipalWithTokenAccountKeepsTheReference() {
        let principal = Principal.account(.pseudo(.accountId))
        #expect(iamJSON(principal.json)
            == #"{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}}"#)
        #expect(principal.account == .pseudo(.accountId))
    }

    @Test func accountRootOfAgnosticStackUsesAccountIdPseudoParameter() {
        #expect(Principal.accountRoot(account: nil) == Principal.account(.pseudo(.accountId)))
        #expect(Principal.accountRoot(of: .agnostic).account == .pseudo(.accountId))
        #expect(iamJSON(Principal.accountRoot(of: .agnostic).json)
            == #"{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}}"#)
    }

    @Test func accountRootOfConcreteStackUsesItsAccount() {
        let principal = Principal.accountRoot(of: .aws(account: "111111111111", region: "us-east-1"))
        #expect(iamJSON(principal.json)
            == #"{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::111111111111:root"]]}}"#)
        #expect(principal == Principal.account("111111111111"))
    }

    @Test func accountValueIsLiteralOrPseudoParameter() {
        #expect(Principal.accountValue("123456789012") == "123456789012")
        #expect(Principal.accountValue(nil) == .pseudo(.accountId))
    }

    @Test func arnPrincipalRendersTheARN() {
        #expect(iamJSON(Principal.arn("arn:aws:iam::123456789012:role/R").json)
            == #"{"AWS":"arn:aws:iam::123456789012:role/R"}"#)
        #expect(iamJSON(Principal.arn(.getAtt("RC21A1702", "Arn")).json)
            == #"{"AWS":{"Fn::GetAtt":["RC21A1702","Arn"]}}"#)
        #expect(Principal.arn("arn:x").account == nil)
    }

    @Test func anyPrincipalRendersAWSStar() {
        #expect(statementJSON(.any) == #"{"Action":"a:b","Effect":"Allow","Principal":{"AWS":"*"}}"#)
    }

    @Test func starPrincipalRendersLiteralStar() {
        #expect(statementJSON(.star) == #"{"Action":"a:b","Effect":"Allow","Principal":"*"}"#)
        #expect(statementJSON(.star, .star) == #"{"Action":"a:b","Effect":"Allow","Principal":"*"}"#)
    }

    @Test func organizationPrincipalIsAnyoneWithOrgIDCondition() {
        #expect(statementJSON(.organization("o-abcdefghij"))
            == #"{"Action":"a:b","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}},"Effect":"Allow","Principal":{"AWS":"*"}}"#)
    }

    @Test func canonicalUserPrincipal() {
        #expect(iamJSON(Principal.canonicalUser("abc").json) == #"{"CanonicalUser":"abc"}"#)
    }

    @Test func webIdentityPrincipalIsFederatedWithItsConditions() {
        let principal = Principal.webIdentity(
            "cognito-identity.amazonaws.com", conditions: ["StringEquals": ["cognito-identity.amazonaws.com:aud": "x"]])
        #expect(iamJSON(PolicyStatement(actions: ["sts:AssumeRoleWithWebIdentity"], principals: [principal]).json)
            == #"{"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"cognito-identity.amazonaws.com:aud":"x"}},"Effect":"Allow","Principal":{"Federated":"cognito-identity.amazonaws.com"}}"#)
        #expect(principal.assumeRoleAction == "sts:AssumeRoleWithWebIdentity")
    }

    @Test func federatedPrincipalDefaultsToAssumeRole() {
        let principal = Principal.federated("arn:aws:iam::1:saml-provider/x")
        #expect(iamJSON(principal.json) == #"{"Federated":"arn:aws:iam::1:saml-provider/x"}"#)
        #expect(principal.assumeRoleAction == "sts:AssumeRole")
    }

    @Test func compositePrincipalMergesPerKindInFirstAppearanceOrder() {
        let principal = Principal.composite([
            .service("a.amazonaws.com"), .account("222222222222"), .service("b.amazonaws.com"),
        ])
        #expect(statementJSON(principal)
            == #"{"Action":"a:b","Effect":"Allow","Principal":{"Service":["a.amazonaws.com","b.amazonaws.com"],"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::222222222222:root"]]}}}"#)
    }

    @Test func compositeTakesAssumeRoleActionOfFirstComponent() {
        let principal = Principal.composite([.webIdentity("x"), .service("y")])
        #expect(principal.assumeRoleAction == "sts:AssumeRoleWithWebIdentity")
    }

    @Test func withConditionsMergesKeysOfSameOperatorNewValueWinning() {
        let principal = Principal.organization("o-abcdefghij")
            .withConditions(["StringEquals": ["aws:PrincipalOrgID": "o-zzzzzzzzzz", "k": "v"], "Bool": ["b": "true"]])
        #expect(statementJSON(principal)
            == #"{"Action":"a:b","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-zzzzzzzzzz","k":"v"},"Bool":{"b":"true"}},"Effect":"Allow","Principal":{"AWS":"*"}}"#)
    }

    @Test func inOrganizationAddsPrincipalOrgIDCondition() {
        #expect(statementJSON(Principal.account("222222222222").inOrganization("o-abcdefghij"))
            == #"{"Action":"a:b","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abcdefghij"}},"Effect":"Allow","Principal":{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::222222222222:root"]]}}}"#)
    }

    @Test func customPrincipalFromEntries() {
        let principal = Principal([.init(.aws, .getAtt("Role1ABCD", "Arn"))], account: "111111111111")
        #expect(iamJSON(principal.json) == #"{"AWS":{"Fn::GetAtt":["Role1ABCD","Arn"]}}"#)
        #expect(principal.account == "111111111111")
    }
}

@Suite struct PrincipalValidationTests {
    private func diagnostics(_ principals: [Principal]) -> [Diagnostic] {
        PolicyStatement(actions: ["a:b"], principals: principals, resources: ["*"])
            .diagnostics(at: "Stack/Queue/Policy", for: .resource)
    }

    @Test(arguments: ["o-1234", "o-ABCDEFGHIJ", "abcdefghijkl", "o-abcdefghi", "o-" + String(repeating: "a", count: 33)])
    func invalidOrganizationIDIsAnError(id: String) {
        #expect(diagnostics([.organization(id)]) == [Diagnostic(
            .error, code: "iam.principal.invalidOrganizationID", path: "Stack/Queue/Policy",
            message: "organization ID '\(id)' in policy statement is not valid",
            hint: "an organization ID is 'o-' followed by 10 to 32 lowercase letters or digits, such as 'o-a1b2c3d4e5'")])
    }

    @Test(arguments: ["o-abcdefghij", "o-a1b2c3d4e5", "o-" + String(repeating: "9", count: 32)])
    func validOrganizationIDHasNoDiagnostics(id: String) {
        #expect(diagnostics([.organization(id)]).isEmpty)
    }

    @Test func compositeWithConditionsIsAnError() {
        let found = diagnostics([.composite([.organization("o-abcdefghij")])])
        #expect(found.map(\.code) == ["iam.principal.compositeWithConditions"])
        #expect(found.first?.message == "a composite principal in policy statement has a component with conditions")
    }

    @Test func emptyCompositeIsAnError() {
        let found = diagnostics([.composite([])])
        #expect(found.map(\.code) == ["iam.principal.emptyComposite"])
        #expect(found.first?.message == "a composite principal in policy statement has no principals")
    }

    @Test func literalStarWithOtherPrincipalsIsAnError() {
        let expected = Diagnostic(
            .error, code: "iam.principal.literalStarMixed", path: "Stack/Queue/Policy",
            message: "the literal '*' principal is combined with other principals in policy statement",
            hint: "'.star' stands for everyone on its own; use '.any' ({\"AWS\": \"*\"}) to combine it with other principals")
        #expect(diagnostics([.star, .any]) == [expected])
        #expect(diagnostics([.composite([.star, .service("s.amazonaws.com")])]) == [expected])
        #expect(diagnostics([.star, .star]).isEmpty)
    }
}
