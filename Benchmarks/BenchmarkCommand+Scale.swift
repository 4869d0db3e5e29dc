import CDK
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension BenchmarkCommand {
    /// `scale N M OUTDIR`: synthesizes the N × M scale app into OUTDIR, as
    /// `node scale_app.js N M OUTDIR` does with the CDK, and prints one line with the
    /// time of each phase.
    static let scale: BenchmarkCommand = BenchmarkCommand(
        name: "scale", arguments: "N M OUTDIR",
        summary: "synthesize N stacks x M rules (each with 2 targets) into OUTDIR"
    ) { arguments in
        guard arguments.count == 3, let n = Int(arguments[0]), let m = Int(arguments[1]), n >= 1, m >= 1 else {
            return BenchmarkCommand.scale.usageError("expected N M OUTDIR, with N stacks and M rules per stack (1 or more)")
        }
        return synthesizeAndWrite(label: "scale n=\(n) m=\(m) rules=\(n * m)", to: arguments[2]) {
            scaleApp(stacks: n, rules: m)
        }
    }

    /// Declares, synthesizes and writes an app, timing each phase; prints
    /// `SCALE <label> build_s=… synth_s=… write_s=… total_in_process_s=… resources=… peak_mb=…`.
    static func synthesizeAndWrite(label: String, to directory: String, _ makeApp: () -> App) -> Int32 {
        let start = ContinuousClock.now
        let app = makeApp()
        let built = ContinuousClock.now
        let assembly: CloudAssembly
        do {
            assembly = try Synthesizer.synthesize(app)
        } catch let error as SynthesisError {
            for diagnostic in error.diagnostics { printError("\(diagnostic)") }
            return failure
        } catch {
            printError("error: \(error)")
            return failure
        }
        let synthesized = ContinuousClock.now
        do {
            try AssemblyWriter.write(assembly.fileRenderers(), to: directory)
        } catch {
            printError("error: \(error)")
            return failure
        }
        print("SCALE lang=swift \(label) build_s=\(seconds(between: start, built)) synth_s=\(seconds(between: built, synthesized))"
            + " write_s=\(seconds(since: synthesized)) total_in_process_s=\(seconds(since: start))"
            + " resources=\(assembly.resourceCount) peak_mb=\(peakMemoryMB())")
        // Left to the process's end, as `synth` leaves them.
        ProcessLifetime.keep(app, assembly)
        return success
    }
}
