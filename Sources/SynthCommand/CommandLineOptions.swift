import CDK

/// A wrong command line: exit code 64 with the message and a pointer to `--help`.
struct UsageError: Error {
    var message: String
}

/// The command line's options and positional arguments, parsed from one table that
/// the help text is generated from too.
struct CommandLineOptions {
    var positional: [String] = []
    var output: String?
    var format: TemplateFormat = .json
    /// The format of `graph`: `--format mermaid|dot`.
    var graphFormat: GraphFormat?
    /// Whether `--format` named a template format (which `graph` rejects).
    var templateFormatGiven = false
    /// `--stack`: the stacks `graph` and `diff` show (default: all).
    var stacks: [String] = []
    /// `--against`: the assembly directory `diff` compares with.
    var against: String?
    var pathMetadata = false
    var sample: String?
    var help = false
    var version = false

    struct Spec {
        var names: [String]
        var value: String?
        var help: String
        var apply: (inout CommandLineOptions, String) throws -> Void
    }

    static let table: [Spec] = [
        Spec(names: ["-o", "--output"], value: "dir", help: "Directory of the cloud assembly (default: cdk.out)") { options, value in
            options.output = value
        },
        Spec(names: ["--format"], value: "json|yaml|mermaid|dot", help: "Template format (default: json); with graph: mermaid (default) or dot") { options, value in
            if let format = TemplateFormat(rawValue: value) {
                options.format = format
                options.templateFormatGiven = true
            } else if let format = GraphFormat(rawValue: value) {
                options.graphFormat = format
            } else {
                throw UsageError(message: "unknown format '\(value)'; use json or yaml (templates), mermaid or dot (graph)")
            }
        },
        Spec(names: ["--stack"], value: "name", help: "With graph or diff: only this stack (repeatable; default: every stack)") { options, value in
            options.stacks.append(value)
        },
        Spec(names: ["--against"], value: "dir", help: "With diff: the assembly to compare with (default: the output directory)") { options, value in
            options.against = value
        },
        Spec(names: ["--sample"], value: "name", help: "With test-event: only this sample's rules (default: every sample)") { options, value in
            options.sample = value
        },
        Spec(names: ["--path-metadata"], help: "Add aws:cdk:path metadata to every resource, as cdk synth does") { options, _ in
            options.pathMetadata = true
        },
        Spec(names: ["-h", "--help"], help: "Show this help") { options, _ in options.help = true },
        Spec(names: ["--version"], help: "Show the version") { options, _ in options.version = true },
    ]

    init(parsing arguments: [String]) throws {
        var remaining = arguments[...]
        var onlyPositional = false
        while let argument = remaining.popFirst() {
            if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositional = true
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard let spec = Self.table.first(where: { $0.names.contains(parts[0]) }) else {
                throw UsageError(message: "unknown option '\(parts[0])'")
            }
            var value = ""
            if spec.value != nil {
                if parts.count == 2 {
                    value = parts[1]
                } else if let next = remaining.popFirst() {
                    value = next
                } else {
                    throw UsageError(message: "option '\(parts[0])' needs a value (\(spec.value ?? ""))")
                }
            } else if parts.count == 2 {
                throw UsageError(message: "option '\(parts[0])' takes no value")
            }
            try spec.apply(&self, value)
        }
    }

    static var helpText: String {
        let rows = table.map { spec in
            (spec.names.joined(separator: ", ") + (spec.value.map { " <\($0)>" } ?? ""), spec.help)
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0.padded(toLength: width + 2) + $0.1 }
            .joined(separator: "\n")
    }
}

extension String {
    /// The string cut or padded with spaces to `length` characters, for aligned columns.
    func padded(toLength length: Int) -> String {
        count >= length ? String(prefix(length)) : self + String(repeating: " ", count: length - count)
    }
}
