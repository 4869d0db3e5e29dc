import CloudFormation

/// Targets in another account or region, as the CDK wires them (its `addTarget` for a
/// target whose resource is in another environment):
///
/// - the rule sends its events to the default event bus of the target's environment
///   (one forwarding target per environment), with a role allowed to put them there;
/// - a mirror rule in the target's stack, with the same pattern or schedule and
///   description, delivers them to the real target, which binds there: its
///   permissions are in the target's account;
/// - across accounts, a generated stack `EventBusPolicy-<source account>-<target
///   region>-<target account>` lets the source account put events on the target bus;
///   the rule's stack deploys after it. It is generated in the rule's stage, so a rule
///   in a stage works (the CDK puts it in the app, and the dependency then crosses the
///   stage boundary, which fails).
///
/// Two differences from the CDK, both fixes of bugs its users report: the target binds
/// only in the target stack (the CDK also binds it against the source rule, which puts
/// a Lambda permission for a foreign function in the source account: aws-cdk#13568),
/// and forwarding to another account's bus carries a role as well (EventBridge asks for
/// one since 2023; the CDK adds it only across regions: aws-cdk#24843).
extension Rule {
    /// Where a target is reached from this rule.
    enum Destination {
        /// In the rule's environment: the target's own entry.
        case direct
        /// In another environment: forwarded to it.
        case forwarded(stack: Stack, account: String, region: String)
        /// In another environment that is not known well enough; reported.
        case invalid
    }

    /// Where `target` is, seen from this rule (whose scope is `scope`).
    func destination(of target: RuleTarget, scope: ConstructScope) -> Destination {
        guard !isMirror, let resource = target.targetResource,
              let sourceStack = scope.stack, let targetStack = scope.stack(of: resource),
              targetStack !== sourceStack
        else { return .direct }
        let source = sourceStack.environment
        let destination = targetStack.environment
        let accounts = Self.compare(source.account, destination.account)
        let regions = Self.compare(source.region, destination.region)
        guard accounts == .different || regions == .different else {
            if accounts == .oneUnresolved || regions == .oneUnresolved {
                scope.report(Diagnostic(
                    .warning, code: "events.rule.unresolvedEnvironment", path: scope.path,
                    message: "rule '\(scope.path)' in \(source) targets '\(resource.id)' of stack '\(targetStack.id)' in \(destination); with an environment left unresolved they are treated as the same",
                    hint: "give both stacks a concrete account and region if they are deployed to different environments"))
            }
            return .direct
        }
        var problems: [String] = []
        if destination.account == nil { problems.append("an account for target stack '\(targetStack.id)'") }
        if destination.region == nil { problems.append("a region for target stack '\(targetStack.id)'") }
        if source.account == nil { problems.append("an account for source stack '\(sourceStack.id)'") }
        guard problems.isEmpty, let account = destination.account, let region = destination.region else {
            scope.report(Diagnostic(
                .error, code: "events.rule.crossEnvironment.unresolved", path: scope.path,
                message: "rule '\(scope.path)' in stack '\(sourceStack.id)' (\(source)) targets '\(resource.id)' in stack '\(targetStack.id)' (\(destination)); a target in another account or region needs \(problems.joined(separator: " and "))",
                hint: "give the stacks concrete environments: env: .aws(account: \"123456789012\", region: \"us-east-1\")"))
            return .invalid
        }
        return .forwarded(stack: targetStack, account: account, region: region)
    }

    /// The forwarding entry to the default bus of `account`/`region`, its role, the
    /// permission stack across accounts, and the mirror rule with the real target.
    func forward(
        to target: RuleTarget, id: String, stack targetStack: Stack, account: String, region: String,
        firstForEnvironment: Bool, scope: ConstructScope
    ) -> JSONValue? {
        let mirror = Rule(
            scope.uniqueID + "-" + id, description: ruleDescription, schedule: schedule,
            eventPattern: eventPattern.isEmpty ? nil : eventPattern)
        mirror.isMirror = true
        mirror.addTarget(target)
        scope.addGenerated(mirror, under: targetStack)

        guard firstForEnvironment, let sourceStack = scope.stack else { return nil }
        let bus = StackValue.arn(service: "events", resource: "event-bus/default", region: .string(region), account: .string(account))
        var entry: JSONObject = ["Arn": bus, "Id": .string(id)]
        if let role = scope.eventsRole(under: self) {
            scope.addStatement(PolicyStatement(actions: ["events:PutEvents"], resources: [bus]), to: role)
            entry["RoleArn"] = role.roleArn
        }
        if let sourceAccount = sourceStack.environment.account, sourceAccount != account {
            let permissions = scope.addGeneratedStack(Self.eventBusPolicyStack(
                sourceAccount: sourceAccount, account: account, region: region,
                targetStackName: targetStack.stackName, statementSuffix: scope.pathComponents),
                in: sourceStack.stage)
            scope.addStackDependency(
                sourceStack, on: permissions,
                reason: "rule '\(scope.path)' puts events on the default bus of account \(account) in \(region)")
        }
        return .object(entry)
    }

    /// The stack that lets `sourceAccount` put events on the default bus of `account` in
    /// `region`: one per key for the whole app, named as the CDK names it.
    static func eventBusPolicyStack(
        sourceAccount: String, account: String, region: String, targetStackName: String, statementSuffix ruleComponents: [String]
    ) -> Stack {
        // The statement ID stays within EventBridge's 64 characters and names the rule.
        let prefix = "Allow-account-\(sourceAccount)-"
        let statementID = prefix + UniqueID.uniqueResourceName(ruleComponents, maxLength: 64 - prefix.count)
        return Stack(
            "EventBusPolicy-\(sourceAccount)-\(region)-\(account)",
            env: .aws(account: account, region: region),
            stackName: "\(targetStackName)-EventBusPolicy-support-\(region)-\(sourceAccount)"
        ) {
            CfnResource("GivePermToOtherAccount", type: "AWS::Events::EventBusPolicy", properties: [
                "Action": "events:PutEvents",
                "Principal": .string(sourceAccount),
                "StatementId": .string(statementID),
            ])
        }
    }

    enum Comparison { case same, bothUnresolved, oneUnresolved, different }

    /// The CDK's `sameEnvDimension`.
    static func compare(_ lhs: String?, _ rhs: String?) -> Comparison {
        switch (lhs, rhs) {
        case (nil, nil): return .bothUnresolved
        case (nil, _), (_, nil): return .oneUnresolved
        case let (lhs?, rhs?): return lhs == rhs ? .same : .different
        }
    }
}
