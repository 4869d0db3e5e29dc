import CDK
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line every app gets: `synth [STACK…]`, `list`, `--output`, `--format`,
/// `--help`, `--version`. Exit codes: 0 success or help, 1 synthesis failed, 64 bad usage.
public enum SynthCommand {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usage: Int32 = 64

    /// Runs the command line of one app.
    /// - Parameter name: the program name shown in the help text.
    public static func run(app: () -> App, arguments: [String], console: Console, name: String = "app") -> Int32 {
        do {
            let options = try CommandLineOptions(parsing: arguments)
            if options.help {
                console.out(appHelp(name))
                return success
            }
            if options.version {
                console.out("swift-cdk \(swiftCDKVersion)")
                return success
            }
            return try runApp(app(), options: options, defaultOutput: "cdk.out", console: console)
        } catch let error as UsageError {
            return report(error, name: name, console: console)
        } catch {
            console.err("error: \(error)")
            return failure
        }
    }

    /// One app of a catalog, such as the package's samples.
    public struct NamedApp {
        public var name: String
        public var summary: String
        public var makeApp: () -> App

        public init(name: String, summary: String, makeApp: @escaping () -> App) {
            self.name = name
            self.summary = summary
            self.makeApp = makeApp
        }
    }

    /// Runs the command line of a catalog of apps: with no argument every app is
    /// synthesized into `<output>/<App>/`; `samples` lists them; `<App> …` runs that
    /// app's command line with `<output>` defaulting to `cdk.out/<App>`.
    public static func run(catalog: [NamedApp], arguments: [String], console: Console, name: String = "synth") -> Int32 {
        do {
            let options = try CommandLineOptions(parsing: arguments)
            if options.help {
                console.out(catalogHelp(name, catalog))
                return success
            }
            if options.version {
                console.out("swift-cdk \(swiftCDKVersion)")
                return success
            }
            guard let first = options.positional.first else {
                return synthesizeAll(catalog, options: options, console: console)
            }
            if first == "match" {
                guard options.positional.count == 1 else { throw UsageError(message: "'match' takes no arguments; it reads JSON lines from stdin") }
                return match(console: console)
            }
            if first == "test-event" {
                var selected = catalog
                if let sample = options.sample {
                    guard let entry = catalog.first(where: { $0.name == sample }) else {
                        throw UsageError(message: "no sample named '\(sample)'; samples: \(catalog.map(\.name).joined(separator: ", "))")
                    }
                    selected = [entry]
                }
                let apps = selected.map { (label: $0.name, makeApp: $0.makeApp) }
                return try testEvent(apps, arguments: Array(options.positional.dropFirst()), options: options, console: console)
            }
            if reviewSubcommands.contains(first) {
                guard options.positional.count >= 2 else { throw UsageError(message: "'\(first)' needs a sample: \(name) \(first) <sample>") }
                let sample = options.positional[1]
                if first == "graph", catalog.first(where: { $0.name == sample }) == nil,
                   FileManager.default.fileExists(atPath: sample + "/manifest.json") {
                    return try graph(directory: sample, arguments: Array(options.positional.dropFirst(2)), options: options, console: console)
                }
                guard let app = catalog.first(where: { $0.name == sample }) else {
                    throw UsageError(message: "no sample named '\(sample)'; samples: \(catalog.map(\.name).joined(separator: ", "))")
                }
                var appOptions = options
                appOptions.positional = [first] + options.positional.dropFirst(2)
                appOptions.against = defaultAgainst(app.name, options)
                return try runApp(app.makeApp(), options: appOptions, defaultOutput: "cdk.out/\(app.name)", console: console)
            }
            if first == "samples" {
                guard options.positional.count == 1 else { throw UsageError(message: "'samples' takes no arguments") }
                let width = catalog.map(\.name.count).max() ?? 0
                for app in catalog {
                    console.out(app.name.padded(toLength: width + 2) + app.summary)
                }
                return success
            }
            guard let app = catalog.first(where: { $0.name == first }) else {
                throw UsageError(message: "no sample named '\(first)'; samples: \(catalog.map(\.name).joined(separator: ", "))")
            }
            var appOptions = options
            appOptions.positional.removeFirst()
            if appOptions.positional.first == "diff" { appOptions.against = defaultAgainst(app.name, options) }
            return try runApp(app.makeApp(), options: appOptions, defaultOutput: "cdk.out/\(app.name)", console: console)
        } catch let error as UsageError {
            return report(error, name: name, console: console)
        } catch {
            console.err("error: \(error)")
            return failure
        }
    }

    // MARK: - Subcommands

    private static func runApp(_ app: App, options: CommandLineOptions, defaultOutput: String, console: Console) throws -> Int32 {
        var positional = options.positional[...]
        if options.sample != nil { throw UsageError(message: "'--sample' chooses a sample of the catalog; this is one app") }
        if positional.first == "match" {
            guard positional.count == 1 else { throw UsageError(message: "'match' takes no arguments; it reads JSON lines from stdin") }
            return match(console: console)
        }
        if positional.first == "test-event" {
            return try testEvent([(label: nil, makeApp: { app })], arguments: Array(positional.dropFirst()), options: options, console: console)
        }
        if let first = positional.first, reviewSubcommands.contains(first) {
            guard let assembly = synthesize(app, options: options, console: console) else { return failure }
            let arguments = Array(positional.dropFirst())
            if first == "graph" { return try graph(assembly, arguments: arguments, options: options, console: console) }
            return try diff(assembly, arguments: arguments, against: options.against ?? options.output ?? defaultOutput, options: options, console: console)
        }
        if options.graphFormat != nil { throw UsageError(message: "--format mermaid and dot are for 'graph'; templates are json or yaml") }
        let subcommand: String
        if let first = positional.first, ["synth", "list", "ls"].contains(first) {
            subcommand = first
            positional.removeFirst()
        } else {
            subcommand = "synth"
        }
        let started = ContinuousClock.now
        guard let assembly = synthesize(app, options: options, console: console) else { return failure }
        if subcommand != "synth" {
            guard positional.isEmpty else { throw UsageError(message: "'\(subcommand)' takes no stack names") }
            list(assembly, console: console)
            return success
        }
        var selected: [StackArtifact] = []
        for name in positional {
            guard let stack = assembly.stack(named: name) else {
                throw UsageError(message: "no stack named '\(name)'; stacks: \(assembly.stacks.map(\.artifactID).joined(separator: ", "))")
            }
            selected.append(stack)
        }
        let output = options.output ?? defaultOutput
        try AssemblyWriter.write(assembly.fileRenderers(options.format), to: output)
        ProcessLifetime.keep(app, assembly)
        let summary = "synthesized \(count(assembly.stacks.count, "stack")) (\(count(assembly.resourceCount, "resource"))) to \(output) in \(milliseconds(since: started))"
        if selected.count == 1, let stack = selected.first {
            console.out(assembly.renderedTemplate(stack, format: options.format), terminator: false)
            console.err(summary)
        } else {
            console.out(summary)
        }
        return success
    }

    /// What `diff` compares a sample with: `--against`, else `--output`, else its
    /// checked-in `Templates/<Sample>` when there is one, else `cdk.out/<Sample>`.
    private static func defaultAgainst(_ sample: String, _ options: CommandLineOptions) -> String {
        let checkedIn = "Templates/\(sample)"
        return options.against ?? options.output
            ?? (FileManager.default.fileExists(atPath: checkedIn + "/manifest.json") ? checkedIn : "cdk.out/\(sample)")
    }

    private static func synthesizeAll(_ catalog: [NamedApp], options: CommandLineOptions, console: Console) -> Int32 {
        let started = ContinuousClock.now
        let root = options.output ?? "cdk.out"
        var stacks = 0
        var resources = 0
        var failed: [String] = []
        for entry in catalog {
            guard let assembly = synthesize(entry.makeApp(), options: options, console: console, label: entry.name) else {
                failed.append(entry.name)
                continue
            }
            do {
                try AssemblyWriter.write(assembly.fileRenderers(options.format), to: root + "/" + entry.name)
            } catch {
                console.err("\(entry.name): error: \(error)")
                failed.append(entry.name)
                continue
            }
            stacks += assembly.stacks.count
            resources += assembly.resourceCount
            console.out("  \(entry.name.padded(toLength: 24)) \(count(assembly.stacks.count, "stack")), \(count(assembly.resourceCount, "resource"))")
        }
        let written = catalog.count - failed.count
        console.out("synthesized \(count(written, "sample")) (\(count(stacks, "stack")), \(count(resources, "resource"))) to \(root)/ in \(milliseconds(since: started))")
        guard failed.isEmpty else {
            console.err("failed: \(failed.joined(separator: ", "))")
            return failure
        }
        return success
    }

    /// The stacks in deployment order (each after the stacks it depends on, otherwise in
    /// the app's order), with their environments, names and dependencies.
    private static func list(_ assembly: CloudAssembly, console: Console) {
        let stacks = deploymentOrder(assembly.stacks)
        let width = stacks.map(\.displayName.count).max() ?? 0
        for stack in stacks {
            var line = stack.displayName.padded(toLength: width + 2) + stack.environment.description
            if stack.stackName != stack.displayName { line += "  name: \(stack.stackName)" }
            if !stack.dependencies.isEmpty {
                let names = stack.dependencies.map { id in assembly.stacks.first { $0.artifactID == id }?.displayName ?? id }
                line += "  depends on: \(names.joined(separator: ", "))"
            }
            console.out(line)
        }
    }

    /// Each stack after the stacks it depends on, otherwise in the app's order: a depth-
    /// first walk that lists a stack's dependencies just before it (synthesis has ruled
    /// out cycles; `visiting` guards against one anyway).
    static func deploymentOrder(_ stacks: [StackArtifact]) -> [StackArtifact] {
        let byID = Dictionary(stacks.map { ($0.artifactID, $0) }, uniquingKeysWith: { first, _ in first })
        var listed: Set<String> = []
        var visiting: Set<String> = []
        var ordered: [StackArtifact] = []
        func visit(_ stack: StackArtifact) {
            guard !listed.contains(stack.artifactID), visiting.insert(stack.artifactID).inserted else { return }
            for id in stack.dependencies { if let dependency = byID[id] { visit(dependency) } }
            listed.insert(stack.artifactID)
            ordered.append(stack)
        }
        stacks.forEach(visit)
        return ordered
    }

    // MARK: - Reporting

    /// Synthesizes, printing warnings, or every diagnostic and a count when it fails.
    static func synthesize(_ app: App, options: CommandLineOptions, console: Console, label: String? = nil) -> CloudAssembly? {
        let prefix = label.map { "\($0): " } ?? ""
        do {
            let assembly = try Synthesizer.synthesize(app, options: SynthesisOptions(pathMetadata: options.pathMetadata))
            for warning in assembly.warnings { console.err(prefix + render(warning, console)) }
            return assembly
        } catch let error as SynthesisError {
            for diagnostic in error.diagnostics { console.err(prefix + render(diagnostic, console)) }
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            let warnings = error.diagnostics.count - errors
            var summary = "synthesis failed with \(count(errors, "error"))"
            if warnings > 0 { summary += " and \(count(warnings, "warning"))" }
            console.err(prefix + summary + "; nothing was written")
            return nil
        } catch {
            console.err(prefix + "error: \(error)")
            return nil
        }
    }

    static func render(_ diagnostic: Diagnostic, _ console: Console) -> String {
        let severity = diagnostic.severity == .error
            ? console.styled("error:", "1;31") : console.styled("warning:", "1;33")
        let path = diagnostic.path.isEmpty ? "<app>" : diagnostic.path
        var text = "\(console.styled(path + ":", "1")) \(severity) \(diagnostic.message) [\(diagnostic.code)]"
        if let hint = diagnostic.hint { text += "\n  \(console.styled("hint:", "36")) \(hint)" }
        return text
    }

    private static func report(_ error: UsageError, name: String, console: Console) -> Int32 {
        console.err("\(console.styled("error:", "1;31")) \(error.message)")
        console.err("see '\(name) --help'")
        return usage
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        guard ms < 10 else { return "\(Int(ms.rounded())) ms" }
        let tenths = Int((ms * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) ms"
    }

    // MARK: - Help

    static func appHelp(_ name: String) -> String {
        """
        Synthesizes this app's stacks into a cloud assembly of CloudFormation templates.

        USAGE: \(name) [synth] [<stack> ...] [<options>]
               \(name) list [<options>]

        SUBCOMMANDS:
          synth         Write every stack to the output directory (the default);
                        a single stack named is also printed to stdout
          list, ls      List the stacks with their environments and dependencies
          graph         Draw the event flow (sources, buses, rules, targets,
                        forwarding, archives, bus policies) by account and region,
                        as Mermaid (default) or Graphviz DOT (--format dot)
          diff          Compare with the assembly in --against (default: the output
                        directory): stacks and resources added, removed, changed or
                        replaced, and permissions widened or narrowed (exit 0: equal,
                        1: different)
          test-event <event.json>
                        Show which rules an event matches, why the others do not,
                        and what each target receives (exit 0: some rule matches,
                        1: none, 64: bad input)
          match         Read {"pattern": …, "event": …} JSON lines from stdin and
                        answer true, false or error: … for each

        OPTIONS:
        \(CommandLineOptions.helpText)
        """
    }

    static func catalogHelp(_ name: String, _ catalog: [NamedApp]) -> String {
        """
        Synthesizes swift-cdk's sample apps.

        USAGE: \(name) [<options>]                         every sample into cdk.out/<Sample>/
               \(name) samples                             list the samples
               \(name) <sample> [synth] [<stack> ...] [<options>]
               \(name) <sample> list
               \(name) graph <sample>|<dir> [--stack <stack>] [--format mermaid|dot]
               \(name) diff <sample> [--against <dir>]    default: Templates/<sample>
               \(name) test-event <event.json> [--sample <sample>]
               \(name) match                               pattern/event JSON lines on stdin

        SAMPLES: \(catalog.map(\.name).joined(separator: ", "))

        OPTIONS:
        \(CommandLineOptions.helpText)
        """
    }
}

extension Console {
    func out(_ text: String, terminator: Bool) {
        out(terminator || !text.hasSuffix("\n") ? text : String(text.dropLast()))
    }
}

extension CloudApp {
    /// Runs the app's command line: `synth [STACK…]`, `list`, `--output`, `--format`, `--help`.
    public static func main() {
        let environment = ProcessInfo.processInfo.environment
        let name = CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "app"
        let code = SynthCommand.run(
            app: { Self().body }, arguments: Array(CommandLine.arguments.dropFirst()),
            console: .standard(environment: environment), name: name)
        exit(code)
    }
}
