import Foundation
import Testing
@testable import CDK

@Suite struct CloudAssemblyTests {
    @Test func manifestDescribesEachStack() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Agnostic")
            Stack("Concrete", env: .aws(account: "123456789012", region: "eu-west-1"), stackName: "concrete-stack",
                  terminationProtection: true, tags: ["team": "events", "app": "hello"])
        })
        #expect(assembly.manifest() == [
            "version": "55.0.0",
            "artifacts": [
                "Agnostic": [
                    "type": "aws:cloudformation:stack",
                    "environment": "aws://unknown-account/unknown-region",
                    "properties": ["templateFile": "Agnostic.template.json"],
                    "displayName": "Agnostic",
                ],
                "Concrete": [
                    "type": "aws:cloudformation:stack",
                    "environment": "aws://123456789012/eu-west-1",
                    "properties": [
                        "templateFile": "Concrete.template.json",
                        "terminationProtection": true,
                        "tags": ["app": "hello", "team": "events"],
                        "stackName": "concrete-stack",
                    ],
                    "displayName": "Concrete",
                ],
                "Tree": ["type": "cdk:tree", "properties": ["file": "tree.json"]],
            ],
        ])
    }

    @Test func explicitDependenciesAreListedInOrder() throws {
        let first = Stack("First")
        let second = Stack("Second")
        let assembly = try Synthesizer.synthesize(App {
            first
            second
            Stack("Third", dependsOn: [second, first])
        })
        #expect(assembly.stack(named: "Third")?.dependencies == ["Second", "First"])
    }

    @Test func filesAreTheManifestTheTemplatesAndTheTree() throws {
        let assembly = try Synthesizer.synthesize(App { Stack("One"); Stack("Two") })
        #expect(assembly.files().map(\.path) == ["manifest.json", "One.template.json", "Two.template.json", "tree.json"])
        #expect(assembly.files(.yaml).map(\.path) == ["manifest.json", "One.template.yaml", "Two.template.yaml", "tree.json"])
    }

    @Test func writerReplacesTheDirectoryAsAWhole() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assembly-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try AssemblyWriter.write([("old.json", "{}")], to: directory.path)
        try AssemblyWriter.write([("manifest.json", "{}\n"), ("a/b.json", "[]")], to: directory.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["a", "manifest.json"])
        let siblings = try FileManager.default.contentsOfDirectory(atPath: directory.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.contains(directory.lastPathComponent + ".") })
    }

    @Test func writerLeavesAFileInTheWayUntouched() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("assembly-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("keep".utf8).write(to: file)
        #expect(throws: AssemblyWriter.WriteError.self) {
            try AssemblyWriter.write([("manifest.json", "{}")], to: file.path)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep")
    }

    /// A file is handed on a block at a time, in order, and whole.
    @Test func fileOutputHandsOnBlocksInOrder() {
        var blocks: [[UInt8]] = []
        var output = FileOutput { blocks.append($0) }
        let text = [UInt8](repeating: UInt8(ascii: "x"), count: FileOutput.blockSize - 1)
        output.bytes.append(contentsOf: text)
        output.deliverIfFull()
        #expect(blocks.isEmpty)
        output.bytes.append(contentsOf: [UInt8(ascii: "y"), UInt8(ascii: "z")])
        output.deliverIfFull()
        output.bytes.append(UInt8(ascii: "!"))
        output.finish()
        #expect(blocks.map(\.count) == [FileOutput.blockSize + 1, 1])
        #expect(blocks.flatMap { $0 } == text + Array("yz!".utf8))
    }

    /// The construct tree of a large app is written in blocks; the file is the same text.
    @Test func largeTreeIsWrittenWhole() throws {
        let assembly = try Synthesizer.synthesize(App {
            for stack in 0..<8 {
                Stack("Stack\(stack)") { for group in 0..<400 { Construct("Group\(group)") { CfnResource("Queue", type: "AWS::SQS::Queue") } } }
            }
        })
        let expected = assembly.tree.renderUTF8()
        #expect(expected.count > 2 * FileOutput.blockSize)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try AssemblyWriter.write(assembly.fileRenderers(), to: directory.path)
        #expect(try Data(contentsOf: directory.appendingPathComponent("tree.json")) == Data(expected))
        #expect(String(decoding: expected, as: UTF8.self) == JSONWriter().render(assembly.tree.json) + "\n")
    }
}
