#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    /// The ID of the stage the stack belongs to; its files go in the stage's nested
    /// assembly, `assembly-<stage>/`.
    public var stage: String? = nil

    public func templateFile(_ format: TemplateFormat) -> String {
        "\(artifactID).template.\(format.rawValue)"
    }

    /// The directory of the stack's assembly, relative to the app's: empty, or the stage's.
    public var assemblyDirectory: String {
        stage.map { "assembly-" + $0 } ?? ""
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
    public var tree: TreeDocument
    /// Warnings found during synthesis (errors stop it).
    public var warnings: [Diagnostic]

    /// The stack with this artifact ID, stack name or construct path.
    public func stack(named name: String) -> StackArtifact? {
        stacks.first { $0.artifactID == name } ?? stacks.first { $0.stackName == name || $0.displayName == name }
    }

    /// The app's `manifest.json`: its stacks, a `cdk:cloud-assembly` artifact per stage
    /// (where the stage's first stack is), and the tree.
    public func manifest(_ format: TemplateFormat = .json) -> JSONValue {
        var artifacts = JSONObject()
        for stack in stacks {
            if let stage = stack.stage {
                let directory = stack.assemblyDirectory
                if artifacts[directory] == nil {
                    artifacts[directory] = [
                        "type": "cdk:cloud-assembly",
                        "properties": ["directoryName": .string(directory), "displayName": .string(stage)],
                    ]
                }
                continue
            }
            artifacts[stack.artifactID] = artifact(of: stack, format)
        }
        artifacts["Tree"] = ["type": "cdk:tree", "properties": ["file": "tree.json"]]
        return ["version": .string(Self.schemaVersion), "artifacts": .object(artifacts)]
    }

    /// The `manifest.json` of a stage's nested assembly: its stacks.
    public func manifest(ofStage stage: String, _ format: TemplateFormat = .json) -> JSONValue {
        var artifacts = JSONObject()
        for stack in stacks where stack.stage == stage {
            artifacts[stack.artifactID] = artifact(of: stack, format)
        }
        return ["version": .string(Self.schemaVersion), "artifacts": .object(artifacts)]
    }

    /// The stages, in the order of their first stack.
    public var stages: [String] {
        var seen: [String] = []
        for stage in stacks.compactMap(\.stage) where !seen.contains(stage) { seen.append(stage) }
        return seen
    }

    private func artifact(of stack: StackArtifact, _ format: TemplateFormat) -> JSONValue {
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
        return .object(artifact)
    }

    /// The rendered text of a stack's template.
    public func renderedTemplate(_ stack: StackArtifact, format: TemplateFormat = .json) -> String {
        String(decoding: FileOutput.collect { writeTemplate(stack, format: format, to: &$0) }, as: UTF8.self)
    }

    private func writeTemplate(_ stack: StackArtifact, format: TemplateFormat, to output: inout FileOutput) {
        switch format {
        case .json: stack.template.writeJSON(into: &output.bytes)
        case .yaml: output.bytes.append(contentsOf: YAMLWriter().render(stack.template.json).utf8)
        }
    }

    /// Every file of the assembly, relative to its directory, in a stable order.
    public func files(_ format: TemplateFormat = .json) -> [(path: String, contents: String)] {
        fileRenderers(format).map { ($0.path, String(decoding: FileOutput.collect($0.render), as: UTF8.self)) }
    }

    /// Every file of the assembly, as ``files(_:)`` lists them, each rendered (as UTF-8)
    /// only when asked: the writer renders and writes a file at a time on each
    /// processor, so the text of every template is never in memory at once.
    public func fileRenderers(_ format: TemplateFormat = .json) -> [(path: String, render: (inout FileOutput) -> Void)] {
        let writer = JSONWriter()
        func json(_ value: @escaping () -> JSONValue) -> (inout FileOutput) -> Void {
            { output in writer.write(value(), into: &output.bytes); output.bytes.append(UInt8(ascii: "\n")) }
        }
        var files: [(path: String, render: (inout FileOutput) -> Void)] = [("manifest.json", json { manifest(format) })]
        for stack in stacks where stack.stage == nil {
            files.append((stack.templateFile(format), { writeTemplate(stack, format: format, to: &$0) }))
        }
        for stage in stages {
            let directory = "assembly-" + stage + "/"
            files.append((directory + "manifest.json", json { manifest(ofStage: stage, format) }))
            files.append((directory + "cdk.out", json { ["version": .string(Self.schemaVersion)] }))
            for stack in stacks where stack.stage == stage {
                files.append((directory + stack.templateFile(format), { writeTemplate(stack, format: format, to: &$0) }))
            }
        }
        files.append(("tree.json", { tree.write(to: &$0) }))
        return files
    }

    /// The number of resources over all stacks.
    public var resourceCount: Int {
        stacks.reduce(0) { $0 + $1.template.resources.count }
    }
}
