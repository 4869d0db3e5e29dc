import Foundation

/// One stack of a synthesized assembly.
public struct StackArtifact {
    /// The stack's name in the assembly and the base of its file name.
    public var artifactID: String
    /// The CloudFormation stack name.
    public var stackName: String
    /// The construct path.
    public var displayName: String
    public var environment: Environment
    public var terminationProtection: Bool
    public var tags: [String: String]
    /// Artifact IDs of the stacks that deploy first, in the order the dependencies arose.
    public var dependencies: [String]
    public var template: Template

    public func templateFile(_ format: TemplateFormat) -> String {
        "\(artifactID).template.\(format.rawValue)"
    }
}

/// The result of synthesis: what `cdk.out` holds, in memory.
///
/// `manifest.json` follows the cloud-assembly schema (version 55.0.0); templates
/// need no bootstrap stack, since there are no assets.
public struct CloudAssembly {
    public static let schemaVersion = "55.0.0"

    public var stacks: [StackArtifact]
    /// The `tree.json` document.
    public var tree: JSONValue
    /// Warnings found during synthesis (errors stop it).
    public var warnings: [Diagnostic]

    /// The stack with this artifact ID, stack name or construct path.
    public func stack(named name: String) -> StackArtifact? {
        stacks.first { $0.artifactID == name } ?? stacks.first { $0.stackName == name || $0.displayName == name }
    }

    public func manifest(_ format: TemplateFormat = .json) -> JSONValue {
        var artifacts = JSONObject()
        for stack in stacks {
            var properties: JSONObject = ["templateFile": .string(stack.templateFile(format))]
            if stack.terminationProtection { properties["terminationProtection"] = true }
            if !stack.tags.isEmpty {
                properties["tags"] = .object(JSONObject(stack.tags.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
            }
            if stack.stackName != stack.artifactID { properties["stackName"] = .string(stack.stackName) }
            var artifact: JSONObject = [
                "type": "aws:cloudformation:stack",
                "environment": .string(stack.environment.description),
                "properties": .object(properties),
            ]
            if !stack.dependencies.isEmpty { artifact["dependencies"] = .array(stack.dependencies.map(JSONValue.string)) }
            artifact["displayName"] = .string(stack.displayName)
            artifacts[stack.artifactID] = .object(artifact)
        }
        artifacts["Tree"] = ["type": "cdk:tree", "properties": ["file": "tree.json"]]
        return ["version": .string(Self.schemaVersion), "artifacts": .object(artifacts)]
    }

    /// The rendered text of a stack's template.
    public func renderedTemplate(_ stack: StackArtifact, format: TemplateFormat = .json) -> String {
        switch format {
        case .json: return JSONWriter().render(stack.template.json) + "\n"
        case .yaml: return YAMLWriter().render(stack.template.json)
        }
    }

    /// Every file of the assembly, relative to its directory, in a stable order.
    public func files(_ format: TemplateFormat = .json) -> [(path: String, contents: String)] {
        let writer = JSONWriter()
        var files: [(String, String)] = [("manifest.json", writer.render(manifest(format)) + "\n")]
        for stack in stacks {
            files.append((stack.templateFile(format), renderedTemplate(stack, format: format)))
        }
        files.append(("tree.json", writer.render(tree) + "\n"))
        return files
    }

    /// The number of resources over all stacks.
    public var resourceCount: Int {
        stacks.reduce(0) { $0 + $1.template.resources.count }
    }
}
