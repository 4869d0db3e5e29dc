// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "swift-cdk",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CDK", targets: ["CDK", "SynthCommand"]),
        .library(name: "CDKAssertions", targets: ["CDKAssertions"]),
        .executable(name: "synth", targets: ["synth"]),
    ],
    targets: [
        .target(name: "CloudFormation"),
        .target(name: "CDK", dependencies: ["CloudFormation"]),
        .target(name: "CDKAssertions", dependencies: ["CDK"]),
        .target(name: "SynthCommand", dependencies: ["CDK"]),
        .target(name: "Samples", dependencies: ["CDK"], path: "Samples", exclude: ["Divergences", "Events"]),
        .executableTarget(name: "synth", dependencies: ["SynthCommand", "Samples"]),
        .executableTarget(
            name: "Benchmarks", dependencies: ["CDK"], path: "Benchmarks",
            exclude: ["run.sh", "results.md", "make-builder-sample.sh", "ScaleDivergences.json"]),
        .testTarget(name: "CloudFormationTests", dependencies: ["CloudFormation"]),
        .testTarget(name: "CDKTests", dependencies: ["CDK", "CDKAssertions"]),
        .testTarget(name: "CDKAssertionsTests", dependencies: ["CDKAssertions"]),
        .testTarget(name: "SynthCommandTests", dependencies: ["SynthCommand", "Samples", "CDKAssertions"], exclude: ["Graph/Snapshots"]),
        .testTarget(name: "SamplesTests", dependencies: ["Samples", "CDKAssertions", "SynthCommand"]),
    ],
    swiftLanguageModes: [.v5]
)
