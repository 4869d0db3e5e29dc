import CDK
import Foundation
import Samples
import Testing
@testable import SynthCommand

@Suite struct DiffCommandTests {
    let catalog = samples.map { SynthCommand.NamedApp(name: $0.name, summary: $0.summary, makeApp: $0.makeApp) }

    @Test func anUnchangedSampleExitsZero() {
        let capture = Capture()
        let templates = EventGraphTests.templates.appendingPathComponent("CrossAccount").path
        #expect(SynthCommand.run(catalog: catalog, arguments: ["diff", "CrossAccount", "--against", templates], console: capture.console) == 0)
        #expect(capture.out == ["comparing with \(templates)", "no differences"])
    }

    @Test func aChangedAssemblyExitsOneAndShowsTheChange() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let assembly = try Synthesizer.synthesize(helloApp())
        try AssemblyWriter.write(assembly.files(), to: directory)
        let template = directory + "/Producer.template.json"
        let text = try String(contentsOfFile: template, encoding: .utf8).replacingOccurrences(of: "\"Queue\"", with: "\"OldQueue\"")
        try text.write(toFile: template, atomically: true, encoding: .utf8)
        let capture = Capture()
        #expect(SynthCommand.run(app: helloApp, arguments: ["diff", "--against", directory], console: capture.console) == 1)
        #expect(capture.stdout.contains("  ! OldQueue → Queue AWS::SQS::Queue: logical ID changed: replacement"))
    }

    @Test func aMissingAssemblyOrAFormatIsBadUsage() {
        let capture = Capture()
        #expect(SynthCommand.run(app: helloApp, arguments: ["diff", "--against", "/nonexistent/dir"], console: capture.console) == 64)
        #expect(capture.err.first?.hasPrefix("error: no assembly to compare with at '/nonexistent/dir'") == true)
        #expect(SynthCommand.run(app: helloApp, arguments: ["diff", "--format", "dot"], console: capture.console) == 64)
        #expect(SynthCommand.run(catalog: catalog, arguments: ["diff", "Nope"], console: capture.console) == 64)
    }

    @Test func graphFormatsAreRejectedWhenSynthesizing() {
        let capture = Capture()
        #expect(SynthCommand.run(app: helloApp, arguments: ["--format", "mermaid", "--output", temporaryDirectory()], console: capture.console) == 64)
    }
}
