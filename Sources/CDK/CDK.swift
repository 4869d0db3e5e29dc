@_exported import CloudFormation

/// The version of swift-cdk, written into `tree.json` and printed by `synth --version`.
public let swiftCDKVersion = "0.1.0"
