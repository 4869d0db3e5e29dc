/// Where a policy document is used, which decides what its statements must have.
public enum PolicyUse: Equatable {
    /// Attached to a role, user or group (`AWS::IAM::Policy`, a role's inline policy):
    /// no principals, at least one resource (the CDK's `validateForIdentityPolicy`).
    case identity
    /// Attached to a resource (queue, topic, key policies): at least one principal and
    /// one resource (`validateForResourcePolicy`).
    case resource
    /// A role's trust policy: at least one principal, the resource being the role
    /// (`validateForTrustPolicy`).
    case trust
    /// Only what every policy needs: at least one action (`validateForAnyPolicy`).
    case any

    /// Whether IAM itself stores the policy, and so applies its grammar to statement IDs.
    var isIAMPolicy: Bool { self == .identity || self == .trust }

    fileprivate var name: String {
        switch self {
        case .identity: return "identity-based"
        case .resource: return "resource-based"
        case .trust: return "trust"
        case .any: return "any"
        }
    }
}

extension PolicyStatement {
    /// Every problem with this statement used as `use`, reported against the construct
    /// at `path`: the CDK's validation rules (its `validateFor…Policy` methods and what
    /// its `add…` methods throw for), plus limits IAM enforces that are cheap to check
    /// (actions are `service:Action`; IAM statement IDs are letters and digits).
    ///
    /// Codes: `iam.statement.{noActions,noResources,noPrincipals,principalInIdentityPolicy,
    /// actionsAndNotActions,resourcesAndNotResources,principalsAndNotPrincipals,invalidAction,
    /// principalConditionsDiffer,invalidSid}`, `iam.principal.{invalidOrganizationID,
    /// compositeWithConditions,emptyComposite,literalStarMixed}`.
    public func diagnostics(at path: String, for use: PolicyUse) -> [Diagnostic] {
        diagnostics(at: path, for: use, subject: sid.map { "policy statement '\($0)'" } ?? "policy statement")
    }

    func diagnostics(at path: String, for use: PolicyUse, subject: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func error(_ code: String, _ message: String, hint: String) {
            found.append(Diagnostic(.error, code: "iam.statement." + code, path: path, message: message, hint: hint))
        }

        if actions.isEmpty && notActions.isEmpty {
            error("noActions", "\(subject) has no actions",
                  hint: "add at least one action or not-action, such as 'sqs:SendMessage'")
        }
        if !actions.isEmpty && !notActions.isEmpty {
            error("actionsAndNotActions", "\(subject) has both actions and not-actions",
                  hint: "use either 'actions' or 'notActions' in one statement, or split it in two")
        }
        if !resources.isEmpty && !notResources.isEmpty {
            error("resourcesAndNotResources", "\(subject) has both resources and not-resources",
                  hint: "use either 'resources' or 'notResources' in one statement, or split it in two")
        }
        if !principals.isEmpty && !notPrincipals.isEmpty {
            error("principalsAndNotPrincipals", "\(subject) has both principals and not-principals",
                  hint: "use either 'principals' or 'notPrincipals' in one statement, or split it in two")
        }
        for action in actions + notActions where !Self.isValidAction(action) {
            error("invalidAction", "action '\(action)' in \(subject) is not valid",
                  hint: "an action is a service prefix, a colon and an action name, such as 'sqs:SendMessage'; the name may use '*' wildcards, and '*' alone means every action")
        }

        switch use {
        case .identity:
            if hasPrincipal {
                error("principalInIdentityPolicy", "\(subject) names principals, but it is in an identity-based policy",
                      hint: "remove the principals: an identity-based policy applies to the role, user or group it is attached to")
            }
            if resources.isEmpty && notResources.isEmpty {
                error("noResources", "\(subject) has no resources; statements of an identity-based policy need at least one",
                      hint: "add the ARNs the actions apply to, or '*' for all resources")
            }
        case .resource:
            if !hasPrincipal {
                error("noPrincipals", "\(subject) has no principals; statements of a resource-based policy need at least one",
                      hint: "add the principal the policy grants access to, such as .service(\"events.amazonaws.com\")")
            }
            if resources.isEmpty && notResources.isEmpty {
                error("noResources", "\(subject) has no resources; statements of a resource-based policy need at least one",
                      hint: "add the ARN of the resource the policy is attached to")
            }
        case .trust:
            if !hasPrincipal {
                error("noPrincipals", "\(subject) has no principals; statements of a trust policy need at least one",
                      hint: "add the principal that may assume the role, such as .service(\"events.amazonaws.com\")")
            }
        case .any:
            break
        }

        let allPrincipals = principals + notPrincipals
        if let first = allPrincipals.first, allPrincipals.contains(where: { $0.conditions != first.conditions }) {
            error("principalConditionsDiffer", "principals of \(subject) have different conditions",
                  hint: "a statement's principals must share their conditions; put principals with different conditions in separate statements")
        }
        for list in [principals, notPrincipals] where list.contains(where: \.isLiteralStar) && list.contains(where: { !$0.entries.isEmpty }) {
            found.append(Principal.Problem.literalStarMixed.diagnostic(at: path, in: subject))
        }
        for problem in allPrincipals.flatMap(\.problems) {
            let diagnostic = problem.diagnostic(at: path, in: subject)
            if !found.contains(diagnostic) { found.append(diagnostic) }
        }

        if use.isIAMPolicy, let sid, !Self.isValidIAMSid(sid) {
            error("invalidSid", "statement ID '\(sid)' has characters other than letters and digits",
                  hint: "IAM statement IDs may only use the ASCII letters A-Z and a-z and the digits 0-9 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html)")
        }
        return found
    }

    /// The CDK's check: `*`, or a service prefix of letters, digits and hyphens, a colon,
    /// and an action name of letters, digits and `*`.
    static func isValidAction(_ action: String) -> Bool {
        if action == "*" { return true }
        let parts = action.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let isServiceCharacter: (Unicode.Scalar) -> Bool = { isASCIIAlphanumeric($0) || $0 == "-" }
        let isNameCharacter: (Unicode.Scalar) -> Bool = { isASCIIAlphanumeric($0) || $0 == "*" }
        return parts[0].unicodeScalars.allSatisfy(isServiceCharacter) && parts[1].unicodeScalars.allSatisfy(isNameCharacter)
    }

    /// IAM's rule for `Sid`: ASCII letters and digits (an empty Sid is accepted).
    static func isValidIAMSid(_ sid: String) -> Bool {
        sid.unicodeScalars.allSatisfy(isASCIIAlphanumeric)
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
