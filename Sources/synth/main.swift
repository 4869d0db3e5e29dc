import Foundation
import Samples
import SynthCommand

let code = SynthCommand.run(
    catalog: samples.map { SynthCommand.NamedApp(name: $0.name, summary: $0.summary, makeApp: $0.makeApp) },
    arguments: Array(CommandLine.arguments.dropFirst()),
    console: .standard(environment: ProcessInfo.processInfo.environment))
exit(code)
