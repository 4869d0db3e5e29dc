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
import Samples
import SynthCommand

let code = SynthCommand.run(
    catalog: samples.map { SynthCommand.NamedApp(name: $0.name, summary: $0.summary, makeApp: $0.makeApp) },
    arguments: Array(CommandLine.arguments.dropFirst()),
    console: .standard(environment: ProcessInfo.processInfo.environment))
exit(code)
