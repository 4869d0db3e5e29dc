/// Who a policy statement is about: an AWS service, an account, an IAM identity by ARN,
/// everyone, or the members of an organization, with the conditions that come with it.
///
/// A principal renders as one or more entries of the statement's `Principal` element
/// (`{"Service": "events.amazonaws.com"}`, `{"AWS": "arn:…"}`); its conditions are merged
/// into the statement's `Condition`. Rendering follows the CDK with its default feature
/// flags: service principal names are used as given, account ARNs use the
/// `AWS::Partition` pseudo parameter.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
public struct Principal: Equatable {
    /// The key of a `Principal` entry.
    public enum Kind: String, Equatable, CaseIterable {
        case aws = "AWS"
        case service = "Service"
        case federated = "Federated"
        case canonicalUser = "CanonicalUser"
    }

    /// One value under one kind, such as `AWS` → an ARN.
    public struct Entry: Equatable {
        public var kind: Kind
        public var value: JSONValue

        public init(_ kind: Kind, _ value: JSONValue) {
            self.kind = kind
            self.value = value
        }
    }

    /// The entries this principal adds to a `Principal` element, in order; empty for
    /// the literal `"*"` principal.
    public let entries: [Entry]
    /// Whether this is the literal `"Principal": "*"`, which cannot be combined with
    /// other principals in a statement.
    public let isLiteralStar: Bool
    /// Conditions that every statement naming this principal gets.
    public private(set) var conditions: PolicyConditions
    /// The action a trust policy allows this principal (`sts:AssumeRole` unless federated).
    public let assumeRoleAction: String
    /// The account the principal belongs to, when known: the account ID of an account
    /// principal (possibly `{"Ref": "AWS::AccountId"}`), `nil` for services and ARNs.
    public let account: JSONValue?
    /// Problems found while building the principal, reported by the statements that use it.
    let problems: [Problem]

    /// A principal with these entries: the general form behind the factory methods, for
    /// constructs that are principals themselves (a role is `.aws` with its ARN).
    public init(
        _ entries: [Entry], conditions: PolicyConditions = [:], account: JSONValue? = nil,
        assumeRoleAction: String = "sts:AssumeRole"
    ) {
        self.init(entries: entries, conditions: conditions, account: account, assumeRoleAction: assumeRoleAction)
    }

    init(
        entries: [Entry], isLiteralStar: Bool = false, conditions: PolicyConditions = [:], account: JSONValue? = nil,
        assumeRoleAction: String = "sts:AssumeRole", problems: [Problem] = []
    ) {
        self.entries = entries.map { Entry($0.kind, $0.value.simplifyingJoins()) }
        self.isLiteralStar = isLiteralStar
        self.conditions = conditions
        self.account = account
        self.assumeRoleAction = assumeRoleAction
        self.problems = problems
    }
}

// MARK: - Kinds

extension Principal {
    /// An AWS service, such as `events.amazonaws.com`: `{"Service": name}`
    /// (the CDK's `ServicePrincipal`).
    public static func service(_ name: String, conditions: PolicyConditions = [:]) -> Principal {
        Principal(entries: [Entry(.service, .string(name))], conditions: conditions)
    }

    /// Every identity of an account: `{"AWS": "arn:${Partition}:iam::<account>:root"}`
    /// (the CDK's `AccountPrincipal`).
    public static func account(_ accountID: String) -> Principal {
        account(.string(accountID))
    }

    /// Every identity of an account given as a value, such as `.pseudo(.accountId)`.
    public static func account(_ accountID: JSONValue) -> Principal {
        let parts: [JSONValue] = ["arn:", .pseudo(.partition), ":iam::", accountID, ":root"]
        return Principal(entries: [Entry(.aws, .join("", parts))], account: accountID)
    }

    /// The root of the account a stack deploys to (the CDK's `AccountRootPrincipal`):
    /// the given account, or `{"Ref": "AWS::AccountId"}` for an environment-agnostic stack.
    public static func accountRoot(account: String?) -> Principal {
        self.account(accountValue(account))
    }

    /// The root of the account of `environment`; see `accountRoot(account:)`.
    public static func accountRoot(of environment: Environment) -> Principal {
        accountRoot(account: environment.account)
    }

    /// An account ID as a template value: the literal, or `AWS::AccountId` when unknown.
    public static func accountValue(_ account: String?) -> JSONValue {
        account.map(JSONValue.string) ?? .pseudo(.accountId)
    }

    /// An IAM identity by ARN (user, role, assumed-role session, account root):
    /// `{"AWS": arn}` (the CDK's `ArnPrincipal`).
    public static func arn(_ arn: JSONValue) -> Principal {
        Principal(entries: [Entry(.aws, arn)])
    }

    /// Every identity in every account: `{"AWS": "*"}` (the CDK's `AnyPrincipal`).
    public static var any: Principal {
        Principal(entries: [Entry(.aws, "*")])
    }

    /// The literal `"Principal": "*"` (the CDK's `StarPrincipal`), which some services
    /// treat differently from `{"AWS": "*"}`; prefer `.any`.
    public static var star: Principal {
        Principal(entries: [], isLiteralStar: true)
    }

    /// Every identity of an AWS Organization: `{"AWS": "*"}` with the condition
    /// `StringEquals` `aws:PrincipalOrgID` (the CDK's `OrganizationPrincipal`).
    public static func organization(_ organizationID: String) -> Principal {
        var problems: [Problem] = []
        if !isOrganizationID(organizationID) {
            problems.append(.invalidOrganizationID(organizationID))
        }
        let conditions: PolicyConditions = ["StringEquals": ["aws:PrincipalOrgID": .string(organizationID)]]
        return Principal(entries: [Entry(.aws, "*")], conditions: conditions, problems: problems)
    }

    /// A canonical user ID, as S3 uses for origin access identities: `{"CanonicalUser": id}`.
    public static func canonicalUser(_ canonicalUserID: String) -> Principal {
        Principal(entries: [Entry(.canonicalUser, .string(canonicalUserID))])
    }

    /// A federated identity provider: `{"Federated": provider}` with its conditions
    /// (the CDK's `FederatedPrincipal`).
    public static func federated(
        _ provider: JSONValue, conditions: PolicyConditions = [:], assumeRoleAction: String = "sts:AssumeRole"
    ) -> Principal {
        Principal(entries: [Entry(.federated, provider)], conditions: conditions, assumeRoleAction: assumeRoleAction)
    }

    /// A web identity provider (Cognito, an OIDC provider…), assumed with
    /// `sts:AssumeRoleWithWebIdentity` (the CDK's `WebIdentityPrincipal`).
    public static func webIdentity(_ provider: JSONValue, conditions: PolicyConditions = [:]) -> Principal {
        federated(provider, conditions: conditions, assumeRoleAction: "sts:AssumeRoleWithWebIdentity")
    }

    /// Several principals as one (the CDK's `CompositePrincipal`): their entries merged
    /// per kind. Its components cannot have conditions, and it needs at least one.
    public static func composite(_ principals: [Principal]) -> Principal {
        var problems: [Problem] = principals.isEmpty ? [.emptyComposite] : []
        if principals.contains(where: { !$0.conditions.isEmpty }) {
            problems.append(.compositeWithConditions)
        }
        if principals.contains(where: \.isLiteralStar) && principals.contains(where: { !$0.entries.isEmpty }) {
            problems.append(.literalStarMixed)
        }
        for principal in principals { problems += principal.problems }
        return Principal(
            entries: principals.flatMap(\.entries),
            isLiteralStar: principals.contains(where: \.isLiteralStar),
            assumeRoleAction: principals.first?.assumeRoleAction ?? "sts:AssumeRole",
            problems: problems)
    }

    /// This principal with `conditions` added; for an operator already present, the keys
    /// are merged and the new value of a key wins (the CDK's `withConditions`).
    public func withConditions(_ conditions: PolicyConditions) -> Principal {
        var copy = self
        copy.conditions.merge(conditions)
        return copy
    }

    /// This principal, limited to members of an AWS Organization (the CDK's
    /// `ArnPrincipal.inOrganization`).
    public func inOrganization(_ organizationID: String) -> Principal {
        withConditions(["StringEquals": ["aws:PrincipalOrgID": .string(organizationID)]])
    }

    /// The `Principal` element for this principal alone: entries merged per kind, one
    /// value unwrapped from its list; `"*"` for the literal star.
    public var json: JSONValue {
        Principal.render([self])
    }

    /// `o-` followed by 10 to 32 lowercase letters or digits, as the CDK checks.
    static func isOrganizationID(_ id: String) -> Bool {
        guard id.hasPrefix("o-") else { return false }
        let rest = id.utf8.dropFirst(2)
        return (10...32).contains(rest.count)
            && rest.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }
}

// MARK: - Rendering

extension Principal {
    /// The `Principal` (or `NotPrincipal`) element for several principals, merged as the
    /// CDK merges them: kinds in the order they first appear, the values of each kind in
    /// order and not de-duplicated, a single value unwrapped from its list.
    static func render(_ principals: [Principal]) -> JSONValue {
        if principals.contains(where: \.isLiteralStar) { return "*" }
        var merged: [(kind: Kind, values: [JSONValue])] = []
        for entry in principals.flatMap(\.entries) {
            if let index = merged.firstIndex(where: { $0.kind == entry.kind }) {
                merged[index].values.append(entry.value)
            } else {
                merged.append((entry.kind, [entry.value]))
            }
        }
        var object = JSONObject()
        for (kind, values) in merged {
            object[kind.rawValue] = values.count == 1 ? values[0] : .array(values)
        }
        return .object(object)
    }
}

// MARK: - Problems

extension Principal {
    /// Something wrong with a principal, which the CDK reports by throwing when it is built
    /// or used.
    enum Problem: Equatable {
        case invalidOrganizationID(String)
        case compositeWithConditions
        case emptyComposite
        case literalStarMixed

        func diagnostic(at path: String, in subject: String) -> Diagnostic {
            switch self {
            case let .invalidOrganizationID(id):
                return Diagnostic(
                    .error, code: "iam.principal.invalidOrganizationID", path: path,
                    message: "organization ID '\(id)' in \(subject) is not valid",
                    hint: "an organization ID is 'o-' followed by 10 to 32 lowercase letters or digits, such as 'o-a1b2c3d4e5'")
            case .compositeWithConditions:
                return Diagnostic(
                    .error, code: "iam.principal.compositeWithConditions", path: path,
                    message: "a composite principal in \(subject) has a component with conditions",
                    hint: "a composite principal cannot carry conditions; put principals with conditions in statements of their own")
            case .emptyComposite:
                return Diagnostic(
                    .error, code: "iam.principal.emptyComposite", path: path,
                    message: "a composite principal in \(subject) has no principals",
                    hint: "pass at least one principal to '.composite'")
            case .literalStarMixed:
                return Diagnostic(
                    .error, code: "iam.principal.literalStarMixed", path: path,
                    message: "the literal '*' principal is combined with other principals in \(subject)",
                    hint: "'.star' stands for everyone on its own; use '.any' ({\"AWS\": \"*\"}) to combine it with other principals")
            }
        }
    }
}
