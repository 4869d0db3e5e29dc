import CDK
import CDKAssertions
import Foundation
import Samples
import Testing

/// Every sample's synthesized assembly, compared byte for byte with `Templates/<Sample>/`.
/// `RECORD_SNAPSHOTS=1 swift test` rewrites them.
@Suite struct SampleTemplatesTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    @Test(arguments: samples.map(\.name))
    func sampleMatchesItsCheckedInTemplates(_ name: String) throws {
        let sample = try #require(samples.first { $0.name == name })
        let assembly = try Synthesizer.synthesize(sample.makeApp())
        try Snapshot.assertDirectoryMatches(assembly.files(), directory: Self.templates.appendingPathComponent(name).path)
    }

    @Test func everyTemplatesFolderHasASample() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.templates.path).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(samples.map(\.name)))
    }

    @Test(arguments: samples.map(\.name))
    func sampleSynthesizesWithoutWarnings(_ name: String) throws {
        let sample = try #require(samples.first { $0.name == name })
        #expect(try Synthesizer.synthesize(sample.makeApp()).warnings.isEmpty)
    }
}
