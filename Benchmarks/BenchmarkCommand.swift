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

/// One subcommand of the `Benchmarks` executable.
struct BenchmarkCommand {
    /// The word that selects it: `Benchmarks <name> …`.
    var name: String
    /// Its arguments, as the usage line shows them.
    var arguments: String
    var summary: String
    /// Runs it with the arguments after its name; returns the exit code.
    var run: ([String]) -> Int32

    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64

    /// Dispatches `arguments` to the command it names.
    static func main(_ arguments: [String], commands: [BenchmarkCommand]) -> Int32 {
        guard let name = arguments.first, name != "-h", name != "--help" else {
            print(help(commands))
            return arguments.isEmpty ? usage : success
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            printError("unknown command '\(name)'\n\n" + help(commands))
            return usage
        }
        return command.run(Array(arguments.dropFirst()))
    }

    static func help(_ commands: [BenchmarkCommand]) -> String {
        let width = commands.map { (command: BenchmarkCommand) -> Int in command.name.count + 1 + command.arguments.count }.max() ?? 0
        let lines = commands.map { command in
            let usage = command.name + " " + command.arguments
            return "  " + usage + String(repeating: " ", count: max(width + 2 - usage.count, 0)) + command.summary
        }
        return "USAGE: Benchmarks <command> <arguments>\n\nCOMMANDS:\n" + lines.joined(separator: "\n")
    }

    /// A usage error for this command.
    func usageError(_ message: String) -> Int32 {
        Self.printError("\(message)\nusage: Benchmarks \(name) \(arguments)")
        return Self.usage
    }

    static func printError(_ message: String) {
        fputs(message + "\n", stderr)
    }
}

/// Seconds from `start` to `end`, with three decimals, for the one-line reports.
func seconds(between start: ContinuousClock.Instant, _ end: ContinuousClock.Instant) -> String {
    let elapsed = end - start
    let value = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

/// Seconds since `start`.
func seconds(since start: ContinuousClock.Instant) -> String {
    seconds(between: start, .now)
}

/// The process's peak resident set size in MB (`VmHWM`), or -1 where /proc is missing.
func peakMemoryMB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    else { return -1 }
    return kilobytes / 1024
}
