import CloudFormation

/// Assertions on a synthesized CloudFormation template, as the AWS CDK's `Template`
/// in `aws-cdk-lib/assertions` makes them.
///
/// ```swift
/// let template = try TemplateAssertions(jsonText: text)
/// try template.resourceCount(is: 1, type: "AWS::Events::Rule")
/// try template.hasResourceProperties("AWS::Events::Rule", [
///     "Targets": .arrayWith([.objectLike(["Id": "Target0"])]),
///     "State": "ENABLED",
/// ])
/// ```
///
/// Every assertion throws an `AssertionFailure` that names the JSON path of each
/// mismatch; when no resource matches, it shows the closest candidate and its
/// mismatches. A literal pattern at the top of an assertion matches partially, as
/// `Matcher.objectLike` (see `Matcher` for the literal rules).
public struct TemplateAssertions {
    /// The template.
    public let json: JSONValue

    /// Assertions on `json`, a whole template.
    public init(json: JSONValue) {
        self.json = json
    }

    /// Assertions on the template that `jsonText` holds.
    ///
    /// - Throws: `JSONParseError` when the text is not JSON.
    public init(jsonText: String) throws {
        self.init(json: try JSONParser.parse(jsonText))
    }
}

// MARK: - Resources

extension TemplateAssertions {
    /// Asserts that the template has exactly `count` resources of type `type`
    /// (`AWS::Events::Rule`).
    public func resourceCount(is count: Int, type: String) throws {
        let found = resources(ofType: type)
        guard found.count != count else { return }
        var message = "expected \(count) \(count == 1 ? "resource" : "resources") of type '\(type)', found \(found.count)"
        if found.isEmpty {
            message += "; \(typesPresent())"
        } else {
            message += ": " + found.map { "'\($0.id)'" }.joined(separator: ", ")
        }
        throw AssertionFailure(message)
    }

    /// Asserts that some resource of type `type` matches `pattern` as a whole: its
    /// `Type`, `Properties`, `DependsOn`, `Condition` and other attributes.
    ///
    /// A literal object pattern matches partially: `["DependsOn": ["Role"]]`.
    public func hasResource(_ type: String, _ pattern: Matcher) throws {
        try assertSome(of: resources(ofType: type), match: pattern, kind: resourceKind(type))
    }

    /// Asserts that some resource of type `type` has `Properties` matching `pattern`.
    ///
    /// A literal object pattern matches partially, at every depth of nested literal
    /// objects (`Matcher.objectLike`); a resource without `Properties` counts as one
    /// with empty `Properties`, unless `pattern` is `.absent`.
    public func hasResourceProperties(_ type: String, _ pattern: Matcher) throws {
        let amended = resources(ofType: type).map { entry -> (id: String, value: JSONValue) in
            guard !pattern.isAbsent, case var .object(resource) = entry.value, resource["Properties"] == nil else { return entry }
            resource["Properties"] = .object(JSONObject())
            return (entry.id, .object(resource))
        }
        let wrapped = Matcher(kind: .object([(key: "Properties", value: pattern)], .like))
        try assertSome(of: amended, match: wrapped, kind: resourceKind(type))
    }

    /// The resources of type `type` that match `pattern` (all of them by default),
    /// by logical ID, in template order.
    public func findResources(_ type: String, _ pattern: Matcher = .anyValue) -> JSONObject {
        JSONObject(resources(ofType: type).filter { pattern.test($0.value, partialObjects: true).isSuccess }.map { ($0.id, $0.value) })
    }

    private func resources(ofType type: String) -> [(id: String, value: JSONValue)] {
        section("Resources").filter { $0.value["Type"] == .string(type) }
    }

    private func resourceKind(_ type: String) -> SectionKind {
        SectionKind(singular: "resource of type '\(type)'", plural: "resources of type '\(type)'", whatIsPresent: typesPresent)
    }

    /// `types present: 'AWS::Events::Rule' (2), 'AWS::SQS::Queue'`.
    private func typesPresent() -> String {
        var counts: [(type: String, count: Int)] = []
        for (_, resource) in section("Resources") {
            let type = resource["Type"]?.stringValue ?? "(no Type)"
            if let index = counts.firstIndex(where: { $0.type == type }) {
                counts[index].count += 1
            } else {
                counts.append((type, 1))
            }
        }
        if counts.isEmpty { return "the template has no resources" }
        return "types present: " + counts.map { $0.count == 1 ? "'\($0.type)'" : "'\($0.type)' (\($0.count))" }.joined(separator: ", ")
    }
}

// MARK: - Outputs, parameters, conditions, mappings

extension TemplateAssertions {
    /// Asserts that the output `logicalID` (`"*"`: some output) matches `pattern`.
    ///
    /// A literal object pattern matches partially: `["Export": ["Name": "TopicArn"]]`.
    public func hasOutput(_ logicalID: String, _ pattern: Matcher) throws {
        try assertSome(of: entries("Outputs", logicalID), match: pattern, kind: namedKind("output", "Outputs", logicalID))
    }

    /// The outputs named `logicalID` (`"*"`: any) that match `pattern` (all of them by
    /// default), by logical ID, in template order.
    public func findOutputs(_ logicalID: String = "*", _ pattern: Matcher = .anyValue) -> JSONObject {
        JSONObject(entries("Outputs", logicalID).filter { pattern.test($0.value, partialObjects: true).isSuccess }.map { ($0.id, $0.value) })
    }

    /// Asserts that the parameter `logicalID` (`"*"`: some parameter) matches `pattern`.
    public func hasParameter(_ logicalID: String, _ pattern: Matcher) throws {
        try assertSome(of: entries("Parameters", logicalID), match: pattern, kind: namedKind("parameter", "Parameters", logicalID))
    }

    /// Asserts that the condition `logicalID` (`"*"`: some condition) matches `pattern`.
    public func hasCondition(_ logicalID: String, _ pattern: Matcher) throws {
        try assertSome(of: entries("Conditions", logicalID), match: pattern, kind: namedKind("condition", "Conditions", logicalID))
    }

    /// Asserts that the mapping `logicalID` (`"*"`: some mapping) matches `pattern`.
    public func hasMapping(_ logicalID: String, _ pattern: Matcher) throws {
        try assertSome(of: entries("Mappings", logicalID), match: pattern, kind: namedKind("mapping", "Mappings", logicalID))
    }

    /// Asserts that the whole template matches `pattern`; a literal object pattern
    /// matches partially, at every depth of nested literal objects.
    public func templateMatches(_ pattern: Matcher) throws {
        let result = pattern.test(json, partialObjects: true)
        guard !result.isSuccess else { return }
        throw AssertionFailure((["the template does not match, with \(mismatchCount(result)):"] + result.renderedLines(limit: 50, indent: "  ")).joined(separator: "\n"))
    }

    private func entries(_ sectionName: String, _ logicalID: String) -> [(id: String, value: JSONValue)] {
        let all = section(sectionName)
        return logicalID == "*" ? all : all.filter { $0.id == logicalID }
    }

    private func namedKind(_ noun: String, _ sectionName: String, _ logicalID: String) -> SectionKind {
        let present = {
            let ids = section(sectionName).map { "'\($0.id)'" }
            return ids.isEmpty ? "the template has no \(noun)s" : "\(noun)s present: " + ids.joined(separator: ", ")
        }
        if logicalID == "*" {
            return SectionKind(singular: noun, plural: "\(noun)s", whatIsPresent: present)
        }
        return SectionKind(singular: "\(noun) named '\(logicalID)'", plural: "\(noun)s named '\(logicalID)'", whatIsPresent: present)
    }
}

// MARK: - Matching a section

/// How a failure message names the entries searched.
private struct SectionKind {
    var singular: String
    var plural: String
    /// What the template has instead, for when it has none of these.
    var whatIsPresent: () -> String
}

extension TemplateAssertions {
    /// The members of a top-level section (`Resources`), in template order.
    private func section(_ name: String) -> [(id: String, value: JSONValue)] {
        guard let members = json[name]?.objectValue else { return [] }
        return members.map { ($0.key, $0.value) }
    }

    /// Succeeds when some entry matches `pattern`; otherwise throws with the closest
    /// candidate (fewest mismatches, the first in template order on a tie).
    private func assertSome(of candidates: [(id: String, value: JSONValue)], match pattern: Matcher, kind: SectionKind) throws {
        guard !candidates.isEmpty else {
            throw AssertionFailure("the template has no \(kind.singular); \(kind.whatIsPresent())")
        }
        var failures: [(id: String, result: MatchResult)] = []
        for candidate in candidates {
            let result = pattern.test(candidate.value, partialObjects: true)
            if result.isSuccess { return }
            failures.append((candidate.id, result))
        }
        let ranked = failures.enumerated()
            .sorted { ($0.element.result.cost, $0.offset) < ($1.element.result.cost, $1.offset) }
            .map(\.element)
        var lines: [String] = []
        if candidates.count == 1 {
            lines.append("the template has 1 \(kind.singular), but it does not match")
        } else {
            lines.append("the template has \(candidates.count) \(kind.plural), but none matches")
        }
        if let closest = ranked.first {
            lines.append("closest candidate: '\(closest.id)', with \(mismatchCount(closest.result)):")
            lines += closest.result.renderedLines(indent: "  ")
        }
        let others = ranked.dropFirst()
        if !others.isEmpty {
            let shown = others.prefix(5).map { "'\($0.id)' (\(mismatchCount($0.result)))" }
            let more = others.count > 5 ? ", and \(others.count - 5) more" : ""
            lines.append("other candidates: " + shown.joined(separator: ", ") + more)
        }
        throw AssertionFailure(lines.joined(separator: "\n"))
    }

    private func mismatchCount(_ result: MatchResult) -> String {
        result.cost == 1 ? "1 mismatch" : "\(result.cost) mismatches"
    }
}
