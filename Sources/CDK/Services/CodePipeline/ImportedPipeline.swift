/// A CodePipeline pipeline outside the app, known by name (in the account and region of
/// the stack that uses it) or by ARN. It renders nothing; a rule targeting it places its
/// events role under it, as the CDK's `Pipeline.fromPipelineArn` scopes it.
public final class ImportedPipeline: Construct, PipelineReference, ImportedConstruct {
    /// The ARN given, when imported by ARN.
    public let arn: String?
    /// The pipeline's name: given, or the last field of the ARN.
    public let name: String

    /// A pipeline of the account and region of the stack that uses it, known by name.
    public init(_ id: String, name: String) {
        self.arn = nil
        self.name = name
        super.init(id)
    }

    /// A pipeline known by ARN (`arn:aws:codepipeline:us-east-1:123456789012:name`).
    public init(_ id: String, arn: String) {
        self.arn = arn
        self.name = Self.fields(of: arn).map { $0[5] } ?? arn
        super.init(id)
    }

    /// The six fields of a pipeline ARN, `nil` when it is not one.
    static func fields(of arn: String) -> [String]? {
        let fields = arn.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 6, fields[0] == "arn", fields[2] == "codepipeline", !fields[5].isEmpty else { return nil }
        return fields
    }

    public var pipelineArn: JSONValue {
        arn.map(JSONValue.string) ?? StackValue.arn(service: "codepipeline", resource: .string(name))
    }

    public var pipelineNameValue: JSONValue { .string(name) }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard let arn, Self.fields(of: arn) == nil else { return [] }
        return [scope.error(
            "codepipeline.pipeline.arn.invalid",
            "'\(arn)' is not the ARN of a CodePipeline pipeline",
            hint: "use an ARN like 'arn:aws:codepipeline:us-east-1:123456789012:my-pipeline'")]
    }
}
