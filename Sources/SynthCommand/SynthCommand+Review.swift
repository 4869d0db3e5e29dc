import CDK
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SynthCommand {
    /// The subcommands that review an app rather than write it.
    static let reviewSubcommands: Set<String> = ["graph", "diff"]

    // MARK: - graph

    /// `graph`: the event flow of the app's stacks (or those of `--stack`) in Mermaid or DOT.
    static func graph(_ assembly: CloudAssembly, arguments: [String], options: CommandLineOptions, console: Console) throws -> Int32 {
        try graph(ReviewAssembly(assembly), arguments: arguments, options: options, console: console)
    }

    /// `graph <dir>`: the event flow of an assembly directory, such as `cdk.out`.
    static func graph(directory: String, arguments: [String], options: CommandLineOptions, console: Console) throws -> Int32 {
        let review: ReviewAssembly
        do {
            review = try ReviewAssembly(directory: directory)
        } catch {
            throw UsageError(message: "cannot read the assembly in '\(directory)': \(error)")
        }
        return try graph(review, arguments: arguments, options: options, console: console)
    }

    private static func graph(_ review: ReviewAssembly, arguments: [String], options: CommandLineOptions, console: Console) throws -> Int32 {
        guard arguments.isEmpty else { throw UsageError(message: "'graph' takes no arguments; choose stacks with --stack") }
        if options.templateFormatGiven { throw UsageError(message: "'graph' draws mermaid or dot, not \(options.format.rawValue)") }
        let selected = try selectedStacks(options.stacks, in: review)
        console.out(EventGraph(review, stacks: selected).rendered(options.graphFormat ?? .mermaid), terminator: false)
        return success
    }

    // MARK: - diff

    /// `diff`: a fresh synthesis against the assembly in `against`. Exit 0 when they
    /// are equal, 1 when they differ.
    static func diff(_ assembly: CloudAssembly, arguments: [String], against: String, options: CommandLineOptions, console: Console) throws -> Int32 {
        guard arguments.isEmpty else { throw UsageError(message: "'diff' takes no arguments; choose stacks with --stack, the old assembly with --against") }
        if options.graphFormat != nil || options.templateFormatGiven { throw UsageError(message: "'diff' takes no --format") }
        // The directory itself, not a link to it, is what has a type to check.
        let directory = URL(fileURLWithPath: against).resolvingSymlinksInPath().path
        let type = (try? FileManager.default.attributesOfItem(atPath: directory))?[.type] as? FileAttributeType
        guard type == .typeDirectory else {
            throw UsageError(message: "no assembly to compare with at '\(against)'; synthesize first or pass --against <dir>")
        }
        let old: ReviewAssembly
        do {
            old = try ReviewAssembly(directory: against)
        } catch {
            throw UsageError(message: "cannot read the assembly in '\(against)': \(error)")
        }
        let new = ReviewAssembly(assembly)
        let selected = try selectedStacks(options.stacks, in: new, or: old)
        let difference = AssemblyDiff(old: old, new: new, only: selected)
        console.out("comparing with \(against)")
        console.out(difference.rendered(style: console.styledOut))
        return difference.isEmpty ? success : failure
    }

    /// The artifact IDs of the stacks named (by artifact ID or construct path); `nil` for all.
    private static func selectedStacks(_ names: [String], in assembly: ReviewAssembly, or other: ReviewAssembly? = nil) throws -> Set<String>? {
        guard !names.isEmpty else { return nil }
        let stacks = assembly.stacks + (other?.stacks ?? [])
        var selected: Set<String> = []
        for name in names {
            guard let stack = stacks.first(where: { $0.artifactID == name || $0.displayName == name }) else {
                throw UsageError(message: "no stack named '\(name)'; stacks: \(assembly.stacks.map(\.displayName).joined(separator: ", "))")
            }
            selected.insert(stack.artifactID)
        }
        return selected
    }
}
