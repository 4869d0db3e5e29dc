import CDK
import CloudFormation
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A cloud assembly as the review commands (`graph`, `diff`) read it: each stack's
/// environment, stage and template JSON, from a synthesis in memory or from an
/// assembly directory on disk (`cdk.out`, `Templates/<Sample>`).
struct ReviewAssembly {
    struct Stack {
        var artifactID: String
        var displayName: String
        /// `aws://ACCOUNT/REGION`, as the manifest writes it.
        var environment: String
        var stage: String?
        var template: JSONValue

        /// The `Resources` section, in template order.
        var resources: [(logicalID: String, json: JSONValue)] {
            guard let object = template["Resources"]?.objectValue else { return [] }
            return object.map { (logicalID: $0.key, json: $0.value) }
        }

        var account: String { Self.part(environment, 0) ?? "unknown-account" }
        var region: String { Self.part(environment, 1) ?? "unknown-region" }

        private static func part(_ environment: String, _ index: Int) -> String? {
            guard environment.hasPrefix("aws://") else { return nil }
            let parts = environment.dropFirst(6).split(separator: "/", omittingEmptySubsequences: false)
            return index < parts.count ? String(parts[index]) : nil
        }
    }

    var stacks: [Stack]

    init(stacks: [Stack]) {
        self.stacks = stacks
    }

    /// The stacks of a synthesis, in the order of its files: the app's stacks, then
    /// each stage's (as the assembly read back from disk has them).
    init(_ assembly: CloudAssembly) {
        var ordered: [StackArtifact] = assembly.stacks.filter { $0.stage == nil }
        for stage in assembly.stages {
            ordered += assembly.stacks.filter { $0.stage == stage }
        }
        stacks = ordered.map { stack in
            Stack(artifactID: stack.artifactID, displayName: stack.displayName, environment: stack.environment.description,
                  stage: stack.stage, template: stack.template.json)
        }
    }

    /// The assembly in `directory`: its `manifest.json`'s stacks, and those of each
    /// stage's nested assembly, in manifest order.
    init(directory: String) throws {
        stacks = try Self.read(directory, stage: nil)
    }

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    private static func read(_ directory: String, stage: String?) throws -> [Stack] {
        let manifest = try parse(directory + "/manifest.json")
        guard let artifacts = manifest["artifacts"]?.objectValue else {
            throw ReadError(description: "'\(directory)/manifest.json' has no artifacts")
        }
        var stacks: [Stack] = []
        for (id, artifact) in artifacts {
            let properties = artifact["properties"]
            switch artifact["type"]?.stringValue {
            case "aws:cloudformation:stack":
                let file = properties?["templateFile"]?.stringValue ?? "\(id).template.json"
                guard file.hasSuffix(".json") else {
                    throw ReadError(description: "'\(directory)/\(file)' is not JSON; synthesize with --format json to compare")
                }
                stacks.append(Stack(
                    artifactID: id, displayName: artifact["displayName"]?.stringValue ?? id,
                    environment: artifact["environment"]?.stringValue ?? "aws://unknown-account/unknown-region",
                    stage: stage, template: try parse(directory + "/" + file)))
            case "cdk:cloud-assembly":
                let nested = properties?["directoryName"]?.stringValue ?? id
                stacks += try read(directory + "/" + nested, stage: properties?["displayName"]?.stringValue ?? nested)
            default:
                continue
            }
        }
        return stacks
    }

    private static func parse(_ path: String) throws -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(description: "cannot read '\(path)'")
        }
        do {
            return try JSONParser.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw ReadError(description: "'\(path)' is not JSON: \(error)")
        }
    }
}
