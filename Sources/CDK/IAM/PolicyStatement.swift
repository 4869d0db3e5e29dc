/// Whether a statement allows or denies its actions.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html
public enum Effect: String, Equatable, CaseIterable {
    case allow = "Allow"
    case deny = "Deny"
}

/// One statement of an IAM policy: who (principals), may or may not (effect) do what
/// (actions) to which resources, under which conditions.
///
/// Actions, resources and principals keep the order in which they were added. Actions
/// and resources are de-duplicated as they are added; principals are not (the CDK only
/// drops a principal object added twice, and two equal principals are two objects
/// there). Resources are template values and may hold references resolved later.
///
/// Renders as the CDK's `PolicyStatement.toStatementJson()`; see `json`. Problems the
/// CDK throws for (an invalid action, both `Action` and `NotAction`, principals with
/// different conditions) are collected and reported by `diagnostics(at:for:)`.
///
/// ```swift
/// let statement = PolicyStatement(
///     actions: ["sqs:SendMessage"],
///     principals: [.service("events.amazonaws.com")],
///     resources: [queue.arn],
///     conditions: ["ArnEquals": ["aws:SourceArn": rule.arn]])
/// ```
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
public struct PolicyStatement: Equatable {
    /// The statement ID; optional in most policies, required by some services.
    public var sid: String?
    /// `Allow` by default.
    public var effect: Effect
    public private(set) var actions: [String] = []
    public private(set) var notActions: [String] = []
    public private(set) var principals: [Principal] = []
    public private(set) var notPrincipals: [Principal] = []
    public private(set) var resources: [JSONValue] = []
    public private(set) var notResources: [JSONValue] = []
    /// The statement's conditions, including those its principals brought.
    public private(set) var conditions = PolicyConditions()

    /// A statement with these elements. The principals' conditions are merged into the
    /// statement's before `conditions`, as the CDK's constructor does.
    public init(
        sid: String? = nil,
        effect: Effect = .allow,
        actions: [String] = [],
        notActions: [String] = [],
        principals: [Principal] = [],
        notPrincipals: [Principal] = [],
        resources: [JSONValue] = [],
        notResources: [JSONValue] = [],
        conditions: PolicyConditions = [:]
    ) {
        self.sid = sid
        self.effect = effect
        addActions(actions)
        addNotActions(notActions)
        addPrincipals(principals)
        addNotPrincipals(notPrincipals)
        addResources(resources)
        addNotResources(notResources)
        addConditions(conditions)
    }

    /// Adds actions (`service:Action`, wildcards allowed), skipping those already present.
    public mutating func addActions(_ actions: [String]) {
        Self.append(actions, to: &self.actions)
    }

    /// Adds actions that the statement applies to all but, skipping those already present.
    public mutating func addNotActions(_ actions: [String]) {
        Self.append(actions, to: &notActions)
    }

    /// Adds principals, merging their conditions into the statement's.
    public mutating func addPrincipals(_ principals: [Principal]) {
        for principal in principals {
            self.principals.append(principal)
            conditions.merge(principal.conditions)
        }
    }

    /// Adds principals the statement applies to all but, merging their conditions into
    /// the statement's.
    public mutating func addNotPrincipals(_ principals: [Principal]) {
        for principal in principals {
            notPrincipals.append(principal)
            conditions.merge(principal.conditions)
        }
    }

    /// Adds resources (ARNs or `"*"`), skipping those already present.
    public mutating func addResources(_ resources: [JSONValue]) {
        Self.append(resources, to: &self.resources)
    }

    /// Adds resources the statement applies to all but, skipping those already present.
    public mutating func addNotResources(_ resources: [JSONValue]) {
        Self.append(resources, to: &notResources)
    }

    /// Adds `"*"` to the resources.
    public mutating func addAllResources() {
        addResources(["*"])
    }

    /// Adds the keys of one condition operator, merged into the keys already under it:
    /// a key given again keeps its place and takes the new value.
    public mutating func addCondition(_ operator: String, _ keys: JSONObject) {
        conditions.add(`operator`, keys)
    }

    /// Adds every operator of `conditions`, in order, as `addCondition` does.
    public mutating func addConditions(_ conditions: PolicyConditions) {
        self.conditions.merge(conditions)
    }

    /// Whether the statement names principals or not-principals.
    public var hasPrincipal: Bool { !principals.isEmpty || !notPrincipals.isEmpty }

    /// Whether the statement names resources.
    public var hasResource: Bool { !resources.isEmpty }

    /// A copy of this statement with a different statement ID.
    public func withSid(_ sid: String?) -> PolicyStatement {
        var copy = self
        copy.sid = sid
        return copy
    }

    private static func append<Element: Equatable>(_ new: [Element], to existing: inout [Element]) {
        for element in new where !existing.contains(element) {
            existing.append(element)
        }
    }
}
