import CDK
import Foundation
import Testing
@testable import SynthCommand

@Suite struct ReviewAssemblyTests {
    @Test func stagesAreReadFromTheirNestedAssemblies() throws {
        let directory = EventGraphTests.templates.appendingPathComponent("CrossAccountStage").path
        let assembly = try ReviewAssembly(directory: directory)
        #expect(assembly.stacks.map(\.displayName) == [
            "Beta/Orders", "Beta/Processing", "Beta/EventBusPolicy-111111111111-us-east-2-222222222222",
            "Prod/Orders", "Prod/Processing", "Prod/EventBusPolicy-111111111111-us-east-1-222222222222",
        ])
        #expect(assembly.stacks.map(\.stage) == ["Beta", "Beta", "Beta", "Prod", "Prod", "Prod"])
        let orders = try #require(assembly.stacks.first)
        #expect(orders.account == "111111111111")
        #expect(orders.region == "us-east-2")
    }

    @Test func anAgnosticStackHasUnknownAccountAndRegion() throws {
        let directory = EventGraphTests.templates.appendingPathComponent("ArchiveAndBus").path
        let stack = try #require(try ReviewAssembly(directory: directory).stacks.last)
        #expect(stack.account == "unknown-account")
        #expect(stack.region == "unknown-region")
    }

    @Test func aDirectoryWithoutAManifestIsAnError() {
        #expect(throws: ReviewAssembly.ReadError.self) { try ReviewAssembly(directory: temporaryDirectory()) }
    }
}
