import CDK
import Foundation
import Testing
@testable import SynthCommand

/// Captures what a command prints.
final class Capture {
    var out: [String] = []
    var err: [String] = []

    var console: Console {
        Console(out: { [unowned self] in out.append($0) }, err: { [unowned self] in err.append($0) })
    }

    var stdout: String { out.joined(separator: "\n") }
    var stderr: String { err.joined(separator: "\n") }
}

func temporaryDirectory() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("synth-\(UUID().uuidString)").path
}

func helloApp() -> App {
    let env = Environment.aws(account: "123456789012", region: "us-east-1")
    let queue = CfnResource("Queue", type: "AWS::SQS::Queue")
    return App {
        Stack("Producer", env: env) { queue }
        Stack("Consumer", env: env) {
            CfnResource("Subscription", type: "AWS::SNS::Subscription", properties: ["Endpoint": queue.getAtt("Arn")])
            CfnOutput("Url", value: queue.ref)
        }
    }
}

func brokenApp() -> App {
    App {
        Stack("bad_name") {
            CfnResource("Queue", type: "AWS::SQS::Queue")
            CfnResource("Queue", type: "AWS::SQS::Queue")
        }
    }
}

@Suite struct SynthCommandTests {
    @Test func synthWritesEveryStackAndSummarizes() throws {
        let output = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let capture = Capture()
        let code = SynthCommand.run(app: helloApp, arguments: ["--output", output], console: capture.console)
        #expect(code == 0)
        #expect(capture.stdout.hasPrefix("synthesized 2 stacks (2 resources) to \(output) in "))
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files == ["Consumer.template.json", "Producer.template.json", "manifest.json", "tree.json"])
    }

    @Test func oneStackAskedForIsPrintedToStdout() throws {
        let output = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let capture = Capture()
        let code = SynthCommand.run(app: helloApp, arguments: ["synth", "Consumer", "-o", output], console: capture.console)
        #expect(code == 0)
        let printed = try JSONParser.parse(capture.stdout)
        #expect(printed["Outputs"]?["Url"]?["Value"]?["Fn::ImportValue"] != nil)
        #expect(capture.stderr.hasPrefix("synthesized 2 stacks"))
    }

    @Test func yamlFormatWritesYAMLTemplates() throws {
        let output = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let capture = Capture()
        #expect(SynthCommand.run(app: helloApp, arguments: ["--format=yaml", "--output", output, "Producer"], console: capture.console) == 0)
        #expect(capture.stdout.contains("Type: AWS::SQS::Queue"))
        #expect(FileManager.default.fileExists(atPath: output + "/Producer.template.yaml"))
    }

    @Test func listShowsEnvironmentsAndDependencies() {
        let capture = Capture()
        #expect(SynthCommand.run(app: helloApp, arguments: ["list"], console: capture.console) == 0)
        #expect(capture.out == [
            "Producer  aws://123456789012/us-east-1",
            "Consumer  aws://123456789012/us-east-1  depends on: Producer",
        ])
    }

    @Test func listShowsStacksInDeploymentOrderWithGeneratedStacks() {
        let queue = Queue("Queue")
        let app = App {
            Stack("Source", env: .aws(account: "111111111111", region: "us-east-1")) {
                Rule("Rule", eventPattern: EventPattern(source: ["a"])) { SqsQueue(queue) }
            }
            Stack("Target", env: .aws(account: "222222222222", region: "us-east-1")) { queue }
        }
        let capture = Capture()
        #expect(SynthCommand.run(app: { app }, arguments: ["list"], console: capture.console) == 0)
        #expect(capture.out == [
            "EventBusPolicy-111111111111-us-east-1-222222222222  aws://222222222222/us-east-1  name: Target-EventBusPolicy-support-us-east-1-111111111111",
            "Source                                              aws://111111111111/us-east-1  depends on: EventBusPolicy-111111111111-us-east-1-222222222222",
            "Target                                              aws://222222222222/us-east-1",
        ])
    }

    @Test func failedSynthReportsEveryDiagnosticAndWritesNothing() throws {
        let output = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: output) }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: URL(fileURLWithPath: output + "/manifest.json"))
        let capture = Capture()
        let code = SynthCommand.run(app: brokenApp, arguments: ["--output", output], console: capture.console)
        #expect(code == 1)
        #expect(capture.out.isEmpty)
        #expect(capture.stderr.contains("bad_name/Queue: error: there is already a construct named 'Queue' in 'bad_name' [construct.id.duplicate]"))
        #expect(capture.stderr.contains("[stack.name.invalid]"))
        #expect(capture.err.last == "synthesis failed with 2 errors; nothing was written")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["manifest.json"])
        #expect(try String(contentsOfFile: output + "/manifest.json", encoding: .utf8) == "previous")
    }

    @Test func badUsageExitsWith64() {
        for arguments in [["--bogus"], ["--format", "xml"], ["--output"], ["list", "Producer"], ["synth", "Nope"], ["--help=yes"]] {
            let capture = Capture()
            #expect(SynthCommand.run(app: helloApp, arguments: arguments, console: capture.console) == 64, "\(arguments)")
            #expect(capture.err.last == "see 'app --help'")
        }
    }

    @Test func helpIsGeneratedFromTheOptionTable() {
        let capture = Capture()
        #expect(SynthCommand.run(app: helloApp, arguments: ["--help"], console: capture.console, name: "infra") == 0)
        #expect(capture.stdout.contains("USAGE: infra [synth] [<stack> ...] [<options>]"))
        for spec in CommandLineOptions.table {
            #expect(capture.stdout.contains(spec.names.joined(separator: ", ")))
        }
    }

    @Test func versionIsPrinted() {
        let capture = Capture()
        #expect(SynthCommand.run(app: helloApp, arguments: ["--version"], console: capture.console) == 0)
        #expect(capture.out == ["swift-cdk \(swiftCDKVersion)"])
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = Diagnostic(.error, code: "a.b", path: "S", message: "bad")
        let plain = SynthCommand.render(diagnostic, Console(out: { _ in }, err: { _ in }, colour: false))
        let coloured = SynthCommand.render(diagnostic, Console(out: { _ in }, err: { _ in }, colour: true))
        #expect(plain == "S: error: bad [a.b]")
        #expect(coloured.contains("\u{1B}[1;31merror:"))
        #expect(Console.standard(environment: ["NO_COLOR": "1"]).colour == false)
    }
}

@Suite struct CatalogCommandTests {
    let catalog = [
        SynthCommand.NamedApp(name: "Hello", summary: "the hello app", makeApp: helloApp),
        SynthCommand.NamedApp(name: "Broken", summary: "an app with errors", makeApp: brokenApp),
    ]

    @Test func samplesAreListed() {
        let capture = Capture()
        #expect(SynthCommand.run(catalog: catalog, arguments: ["samples"], console: capture.console) == 0)
        #expect(capture.out == ["Hello   the hello app", "Broken  an app with errors"])
    }

    @Test func everySampleIsSynthesizedIntoItsFolder() throws {
        let output = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let capture = Capture()
        let code = SynthCommand.run(catalog: Array(catalog.prefix(1)), arguments: ["-o", output], console: capture.console)
        #expect(code == 0)
        #expect(FileManager.default.fileExists(atPath: output + "/Hello/manifest.json"))
        #expect(capture.out.last?.hasPrefix("synthesized 1 sample (2 stacks, 2 resources) to \(output)/ in ") == true)
    }

    @Test func aFailingSampleFailsTheRun() {
        let output = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let capture = Capture()
        #expect(SynthCommand.run(catalog: catalog, arguments: ["-o", output], console: capture.console) == 1)
        #expect(capture.stderr.contains("Broken: bad_name/Queue: error:"))
        #expect(capture.err.last == "failed: Broken")
    }

    @Test func oneSampleActsAsItsApp() {
        let capture = Capture()
        #expect(SynthCommand.run(catalog: catalog, arguments: ["Hello", "list"], console: capture.console) == 0)
        #expect(capture.out.count == 2)
    }

    @Test func unknownSampleIsBadUsage() {
        let capture = Capture()
        #expect(SynthCommand.run(catalog: catalog, arguments: ["Nope"], console: capture.console) == 64)
        #expect(capture.err.first == "error: no sample named 'Nope'; samples: Hello, Broken")
    }
}
