/// An IAM policy: a list of statements, rendered as
/// `{"Statement": [...], "Version": "2012-10-17"}`.
///
/// Renders as the CDK resolves a `PolicyDocument` with its default feature flags
/// (`@aws-cdk/aws-iam:minimizePolicies` off): statements in the order they were added,
/// statements identical to an earlier one dropped, nothing merged or sorted; with
/// `assignsSids`, a statement without a `Sid` gets its position (`"0"`, `"1"`…) as one,
/// as SNS topic policies do.
///
/// ```swift
/// var policy = PolicyDocument()
/// policy.addStatements(PolicyStatement(actions: ["events:PutEvents"], resources: [bus.arn]))
/// policy.json   // {"Statement": [{"Action": "events:PutEvents", …}], "Version": "2012-10-17"}
/// ```
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
public struct PolicyDocument: Equatable {
    /// The policy language version the CDK writes.
    public static let version = "2012-10-17"

    /// The statements, as added (before duplicates are dropped).
    public private(set) var statements: [PolicyStatement]
    /// Whether statements without a `Sid` get their position as one (the CDK's `assignSids`).
    public var assignsSids: Bool

    public init(_ statements: [PolicyStatement] = [], assignsSids: Bool = false) {
        self.statements = statements
        self.assignsSids = assignsSids
    }

    /// Appends statements.
    public mutating func addStatements(_ statements: PolicyStatement...) {
        self.statements += statements
    }

    /// Appends statements.
    public mutating func addStatements(_ statements: [PolicyStatement]) {
        self.statements += statements
    }

    /// Whether the document has no statement; the CDK renders nothing for it.
    public var isEmpty: Bool { statements.isEmpty }

    /// The number of statements added, duplicates included.
    public var statementCount: Int { statements.count }

    /// The rendered statements: each statement's `json`, without the ones identical to an
    /// earlier one (same keys in the same order, same values), `Sid`s assigned if asked.
    public var renderedStatements: [JSONValue] {
        var unique: [JSONValue] = []
        // Only statements with the same hash are compared: a queue targeted by many rules
        // has as many statements, and comparing each with all those before it grew with
        // the square of their number.
        var positionsByHash: [Int: [Int]] = [:]
        for statement in statements {
            let json = statement.json
            var hasher = Hasher()
            Self.hashIdentity(of: json, into: &hasher)
            let hash = hasher.finalize()
            if let candidates = positionsByHash[hash], candidates.contains(where: { Self.isIdentical(unique[$0], json) }) {
                continue
            }
            positionsByHash[hash, default: []].append(unique.count)
            unique.append(json)
        }
        guard assignsSids else { return unique }
        return unique.enumerated().map { index, statement in
            guard case var .object(object) = statement, object["Sid"] == nil || object["Sid"] == "" else {
                return statement
            }
            object["Sid"] = .string(String(index))
            return .object(object)
        }
    }

    /// `{"Statement": [...], "Version": "2012-10-17"}`, or `nil` for an empty document
    /// (the property is then left out, as the CDK does).
    public var json: JSONValue? {
        if isEmpty { return nil }
        var object = JSONObject()
        object["Statement"] = .array(renderedStatements)
        object["Version"] = .string(Self.version)
        return .object(object)
    }

    /// Every problem with the document used as `use`, reported against the construct at
    /// `path`: each statement's (see `PolicyStatement.diagnostics(at:for:)`, statements
    /// named by `Sid` or position), and, for IAM policies, a `Sid` used by two different
    /// statements (`iam.document.duplicateSid`).
    public func diagnostics(at path: String, for use: PolicyUse) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, statement) in statements.enumerated() {
            let subject = statement.sid.map { "policy statement '\($0)'" } ?? "policy statement \(index + 1)"
            found += statement.diagnostics(at: path, for: use, subject: subject)
        }
        guard use.isIAMPolicy else { return found }
        var reported: [String] = []
        let rendered = renderedStatements
        for (index, statement) in rendered.enumerated() {
            guard let sid = statement["Sid"]?.stringValue, !reported.contains(sid),
                  rendered[(index + 1)...].contains(where: { $0["Sid"]?.stringValue == sid }) else { continue }
            reported.append(sid)
            found.append(Diagnostic(
                .error, code: "iam.document.duplicateSid", path: path,
                message: "statement ID '\(sid)' is used by more than one statement of the policy",
                hint: "IAM requires statement IDs to be unique within a policy; rename one of them or leave it out"))
        }
        return found
    }

    /// Feeds `hasher` so that values `isIdentical` finds identical hash alike: numbers as
    /// doubles (`1` and `1.0` are equal), references by the element they point to.
    static func hashIdentity(of value: JSONValue, into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case let .bool(flag): hasher.combine(flag)
        case let .integer(number): hasher.combine(Double(number))
        case let .double(number): hasher.combine(number)
        case let .string(text): hasher.combine(text)
        case let .array(items):
            hasher.combine(items.count)
            for item in items { hashIdentity(of: item, into: &hasher) }
        case let .object(object):
            hasher.combine(object.count)
            for (key, member) in object {
                hasher.combine(key)
                hashIdentity(of: member, into: &hasher)
            }
        case let .token(token):
            if let reference = token as? Reference {
                hasher.combine(ObjectIdentifier(reference.target))
            }
            hasher.combine(token.description)
        }
    }

    /// Equality as the CDK's `JSON.stringify` comparison sees it: object keys in the
    /// same order.
    static func isIdentical(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.array(left), .array(right)):
            return left.count == right.count && zip(left, right).allSatisfy { isIdentical($0, $1) }
        case let (.object(left), .object(right)):
            return left.count == right.count && zip(left, right).allSatisfy { l, r in
                l.key == r.key && isIdentical(l.value, r.value)
            }
        default:
            return lhs == rhs
        }
    }
}
