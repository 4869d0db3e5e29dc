import CDK
import CDKAssertions
import Foundation
import Samples
import Testing
@testable import SynthCommand

@Suite struct EventGraphTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    static func graph(_ sample: String) throws -> EventGraph {
        EventGraph(try ReviewAssembly(directory: templates.appendingPathComponent(sample).path))
    }

    @Test(arguments: samples.map(\.name))
    func mermaidOfEachSampleMatchesItsSnapshot(_ name: String) throws {
        try Snapshot.assertMatches(try Self.graph(name).mermaid, snapshot: "Snapshots/\(name).mmd")
    }

    @Test(arguments: ["CrossAccount", "CrossAccountStage", "ArchiveAndBus", "AllTargets"])
    func dotOfSamplesMatchesItsSnapshot(_ name: String) throws {
        try Snapshot.assertMatches(try Self.graph(name).dot, snapshot: "Snapshots/\(name).dot")
    }

    @Test(arguments: samples.map(\.name))
    func graphOfASynthesisEqualsTheGraphOfItsDirectory(_ name: String) throws {
        let sample = try #require(samples.first { $0.name == name })
        let assembly = try Synthesizer.synthesize(sample.makeApp())
        #expect(EventGraph(ReviewAssembly(assembly)).mermaid == (try Self.graph(name).mermaid))
    }

    /// The README's picture is Graphviz's SVG of the CrossAccount graph: each node,
    /// edge and cluster of the graph has its `<title>` there, and nothing else does.
    @Test func theReadmePictureShowsTheCurrentGraph() throws {
        let picture = Self.templates.deletingLastPathComponent().appendingPathComponent("docs/cross-account.svg")
        let svg = try String(contentsOf: picture, encoding: .utf8)
        var titles: Set<String> = []
        var rest = svg[...]
        while let open = rest.range(of: "<title>"), let close = rest.range(of: "</title>", range: open.upperBound..<rest.endIndex) {
            titles.insert(String(rest[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "&#45;&gt;", with: "->"))
            rest = rest[close.upperBound...]
        }
        let graph = try Self.graph("CrossAccount")
        var expected: Set<String> = ["events"]
        expected.formUnion(graph.clusters.map { "cluster_" + $0.id })
        expected.formUnion(graph.nodes.map(\.id))
        expected.formUnion(graph.edges.map { "\($0.from)->\($0.to)" })
        #expect(titles == expected, "render it again: dot -Tsvg Tests/SynthCommandTests/Graph/Snapshots/CrossAccount.dot -o docs/cross-account.svg")
    }

    @Test func crossAccountForwardingGoesThroughTheTargetAccountsBusToTheMirrorRule() throws {
        let graph = try Self.graph("CrossAccount")
        #expect(graph.edges.contains(EventGraph.Edge(from: "Stack1_RepositoryOnCommit439A0504", to: "bus_22222222222_us_east_1_default", label: "forwards")))
        #expect(graph.edges.contains(EventGraph.Edge(from: "bus_22222222222_us_east_1_default", to: "Stack2_Stack1RepositoryOnCommitC714DFA6Target039262E0D")))
        let mirror = try #require(graph.nodes.first { $0.id == "Stack2_Stack1RepositoryOnCommitC714DFA6Target039262E0D" })
        #expect(mirror.label.contains("mirror of a forwarded rule"))
        #expect(mirror.clusters == ["env_22222222222_us_east_1", "stack_Stack2"])
    }

    @Test func mirrorRulesHaveNoEventSourceOfTheirOwn() throws {
        let graph = try Self.graph("CrossAccount")
        let sources = graph.nodes.filter { $0.shape == .source }
        #expect(sources.map(\.clusters) == [["env_11111111111_us_west_1", "stack_Stack1"]])
    }

    @Test func eventBusPolicyStackAllowsTheTargetAccountsDefaultBus() throws {
        let graph = try Self.graph("CrossAccount")
        let policy = try #require(graph.nodes.first { $0.shape == .policy })
        #expect(policy.label == "policy GivePermToOtherAccount\naccount 11111111111 may events:PutEvents")
        #expect(graph.edges.contains(EventGraph.Edge(from: policy.id, to: "bus_22222222222_us_east_1_default", label: "allows", dashed: true)))
    }

    @Test func scheduledRulesShowTheirScheduleAndHaveNoBus() throws {
        let graph = try Self.graph("ScheduledTasks")
        let rule = try #require(graph.nodes.first { $0.id == "ScheduledTasks_Every5MinutesA8475E51" })
        #expect(rule.label == "rule Every5MinutesA8475E51\nrate(5 minutes)")
        #expect(!graph.edges.contains { $0.to == rule.id })
        #expect(graph.nodes.first { $0.id == "ScheduledTasks_DisabledScheduleA1DF7F0F" }?.label.hasSuffix("(disabled)") == true)
    }

    @Test func archivesHangOffTheirBusWithTheirPattern() throws {
        let graph = try Self.graph("ArchiveAndBus")
        #expect(graph.edges.contains(EventGraph.Edge(
            from: "ArchiveAndBus_bus707364D1", to: "ArchiveAndBus_SecondArchive89BE0093", label: "source: my.app", dashed: true)))
    }

    @Test func mermaidLabelsEscapeQuotesAndMarkup() {
        #expect(EventGraph.mermaidLabel("a \"b\" <c>|#\nd") == "\"a #quot;b#quot; #lt;c#gt;#124;#35;<br/>d\"")
    }

    @Test func dotLabelsEscapeQuotesBackslashesAndNewlines() {
        #expect(EventGraph.dotString("a \"b\" \\ \nc") == "\"a \\\"b\\\" \\\\ \\nc\"")
    }

    @Test func graphCommandLimitsToTheStacksNamed() {
        let capture = Capture()
        let catalog = samples.map { SynthCommand.NamedApp(name: $0.name, summary: $0.summary, makeApp: $0.makeApp) }
        #expect(SynthCommand.run(catalog: catalog, arguments: ["graph", "CrossAccount", "--stack", "Stack2", "--format", "dot"], console: capture.console) == 0)
        #expect(capture.stdout.hasPrefix("digraph events {"))
        #expect(capture.stdout.contains("cluster_stack_Stack2"))
        #expect(!capture.stdout.contains("cluster_stack_Stack1"))
    }

    @Test func graphCommandDrawsAnAssemblyDirectory() throws {
        let capture = Capture()
        let catalog = samples.map { SynthCommand.NamedApp(name: $0.name, summary: $0.summary, makeApp: $0.makeApp) }
        let directory = Self.templates.appendingPathComponent("CrossAccountStage").path
        #expect(SynthCommand.run(catalog: catalog, arguments: ["graph", directory], console: capture.console) == 0)
        #expect(capture.stdout + "\n" == (try Self.graph("CrossAccountStage").mermaid))
    }

    @Test func graphCommandRejectsATemplateFormatAndUnknownStacks() {
        let catalog = samples.map { SynthCommand.NamedApp(name: $0.name, summary: $0.summary, makeApp: $0.makeApp) }
        let capture = Capture()
        #expect(SynthCommand.run(catalog: catalog, arguments: ["graph", "CrossAccount", "--format", "yaml"], console: capture.console) == 64)
        #expect(SynthCommand.run(catalog: catalog, arguments: ["graph", "CrossAccount", "--stack", "Nope"], console: capture.console) == 64)
        #expect(SynthCommand.run(catalog: catalog, arguments: ["graph"], console: capture.console) == 64)
        #expect(capture.err.contains("error: no stack named 'Nope'; stacks: Stack1, Stack2, EventBusPolicy-11111111111-us-east-1-22222222222"))
    }
}
