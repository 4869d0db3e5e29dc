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

// The benchmark programs, one subcommand each: `Benchmarks <command> <arguments>`.
// A new benchmark adds a `BenchmarkCommand` to this list.
let commands: [BenchmarkCommand] = [
    .scale,
    .builderSample,
    .match,
]

exit(BenchmarkCommand.main(Array(CommandLine.arguments.dropFirst()), commands: commands))
