import CloudFormation

/// One thing a policy statement allows or denies: an effect, a principal, an action
/// and a resource (with its condition), each read as text. Statements with lists are
/// expanded into one grant per principal, action and resource, so that two policies
/// compare as sets: a grant only in the new one widens, one only in the old narrows.
struct PolicyGrant: Hashable, Comparable, CustomStringConvertible {
    var effect: String
    var principal: String?
    var action: String
    var resource: String?
    var condition: String?

    static func < (lhs: PolicyGrant, rhs: PolicyGrant) -> Bool { lhs.description < rhs.description }

    /// `Allow events.amazonaws.com: sqs:SendMessage on Queue.Arn when {…}`.
    var description: String {
        var text = effect
        if let principal { text += " " + principal }
        text += (principal == nil ? " " : ": ") + action
        if let resource { text += " on " + resource }
        if let condition { text += " when " + condition }
        return text
    }

    /// Whether a grant reaches further than a specific one: a wildcard action or resource.
    var isBroad: Bool {
        action == "*" || action.hasSuffix(":*") || resource == "*" || principal == "*" || principal == "AWS *"
    }

    /// The grants of a resource whose type carries a policy: IAM policies and roles,
    /// queue, topic and event bus policies, and Lambda permissions; `nil` for other types.
    static func grants(of type: String, properties: JSONValue) -> Set<PolicyGrant>? {
        switch type {
        case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy":
            var grants = statements(properties["PolicyDocument"])
            if type == "AWS::SQS::QueuePolicy" || type == "AWS::SNS::TopicPolicy" {
                let attached = (properties["Queues"] ?? properties["Topics"])?.elements.map(\.readable).joined(separator: ", ")
                grants = Set(grants.map { grant in
                    var grant = grant
                    if grant.resource == nil { grant.resource = attached }
                    return grant
                })
            }
            return grants
        case "AWS::IAM::Role":
            var grants = statements(properties["AssumeRolePolicyDocument"])
            for policy in properties["Policies"]?.arrayValue ?? [] {
                grants.formUnion(statements(policy["PolicyDocument"]))
            }
            for arn in properties["ManagedPolicyArns"]?.arrayValue ?? [] {
                grants.insert(PolicyGrant(effect: "Attach", principal: nil, action: "managed policy", resource: arn.readable))
            }
            return grants
        case "AWS::Lambda::Permission":
            var condition: [String] = []
            if let source = properties["SourceArn"] { condition.append("SourceArn " + source.readable) }
            if let account = properties["SourceAccount"] { condition.append("SourceAccount " + account.readable) }
            return [PolicyGrant(
                effect: "Allow", principal: properties["Principal"]?.readable ?? "?",
                action: properties["Action"]?.readable ?? "?", resource: properties["FunctionName"]?.readable,
                condition: condition.isEmpty ? nil : condition.joined(separator: ", "))]
        case "AWS::Events::EventBusPolicy":
            let bus = properties["EventBusName"]?.readable ?? "default bus"
            if let statement = properties["Statement"] {
                return Set(expand(statement).map { grant in
                    var grant = grant
                    if grant.resource == nil { grant.resource = bus }
                    return grant
                })
            }
            var condition = properties["Condition"].map(\.compact)
            if condition == "{}" { condition = nil }
            return [PolicyGrant(
                effect: "Allow", principal: properties["Principal"].map { "AWS " + $0.readable } ?? "?",
                action: properties["Action"]?.readable ?? "?", resource: bus, condition: condition)]
        default:
            return nil
        }
    }

    private static func statements(_ document: JSONValue?) -> Set<PolicyGrant> {
        var grants: Set<PolicyGrant> = []
        for statement in document?["Statement"]?.elements ?? [] {
            grants.formUnion(expand(statement))
        }
        return grants
    }

    private static func expand(_ statement: JSONValue) -> [PolicyGrant] {
        let effect = statement["Effect"]?.readable ?? "Allow"
        let actions = (statement["Action"] ?? statement["NotAction"].map { _ in .string("all but listed actions") })?.elements.map(\.readable) ?? ["?"]
        let resources: [String?] = statement["Resource"].map { $0.elements.map(\.readable) } ?? [nil]
        let principals: [String?] = statement["Principal"].map(principals) ?? [nil]
        let condition = statement["Condition"].map(conditionText)
        var grants: [PolicyGrant] = []
        for principal in principals {
            for action in actions {
                for resource in resources {
                    grants.append(PolicyGrant(effect: effect, principal: principal, action: action, resource: resource, condition: condition))
                }
            }
        }
        return grants
    }

    /// `ArnEquals aws:SourceArn Rule.Arn`: each operator with its keys and values.
    private static func conditionText(_ condition: JSONValue) -> String {
        guard let operators = condition.objectValue else { return condition.readable }
        return operators.map { op, keys in
            guard let keys = keys.objectValue else { return "\(op) \(keys.readable)" }
            return keys.map { "\(op) \($0.key) \($0.value.elements.map(\.readable).joined(separator: ", "))" }.joined(separator: " and ")
        }.joined(separator: " and ")
    }

    /// Grants that differ only in their action, as one line: `Allow X: a, b on R`.
    static func grouped(_ grants: [PolicyGrant]) -> [String] {
        var order: [PolicyGrant] = []
        var actions: [PolicyGrant: [String]] = [:]
        for grant in grants {
            var key = grant
            key.action = ""
            if actions[key] == nil { order.append(key) }
            actions[key, default: []].append(grant.action)
        }
        return order.map { key in
            var grant = key
            grant.action = (actions[key] ?? []).joined(separator: ", ")
            let broad = (actions[key] ?? []).contains { action in
                var single = key
                single.action = action
                return single.isBroad
            }
            return grant.description + (broad ? "  (broad: wildcard)" : "")
        }
    }

    /// `Service events.amazonaws.com`, `AWS arn:…`; `*` as it is.
    private static func principals(_ principal: JSONValue) -> [String?] {
        guard let object = principal.objectValue else { return [principal.readable] }
        var result: [String?] = []
        for (kind, values) in object {
            for value in values.elements { result.append("\(kind) \(value.readable)") }
        }
        return result
    }
}
