extension BenchmarkCommand {
    /// `builder-sample OUTDIR`: synthesizes the 200-rule app written out in builders
    /// (`BuilderSample.swift`, the compile-time benchmark) into OUTDIR.
    static let builderSample: BenchmarkCommand = BenchmarkCommand(
        name: "builder-sample", arguments: "OUTDIR",
        summary: "synthesize the 200 rules written out in builders into OUTDIR"
    ) { arguments in
        guard arguments.count == 1 else { return BenchmarkCommand.builderSample.usageError("expected OUTDIR") }
        return synthesizeAndWrite(label: "builder-sample", to: arguments[0], builderSampleApp)
    }
}
