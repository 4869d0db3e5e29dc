/// A CodeBuild project outside the app, known by name (in the account and region of the
/// stack that uses it) or by ARN. It renders nothing; a rule targeting it places its
/// events role under it, as the CDK's `Project.fromProjectName` and `fromProjectArn`
/// scope it.
public final class ImportedProject: Construct, ProjectReference, ImportedConstruct {
    /// The ARN given, when imported by ARN.
    public let arn: String?
    /// The project's name: given, or what follows `project/` in the ARN.
    public let name: String

    init(_ id: String, name: String) {
        self.arn = nil
        self.name = name
        super.init(id)
    }

    init(_ id: String, arn: String) {
        self.arn = arn
        self.name = arn.firstRange(of: ":project/").map { String(arn[$0.upperBound...]) } ?? arn
        super.init(id)
    }

    public var projectArn: JSONValue {
        arn.map(JSONValue.string) ?? StackValue.arn(service: "codebuild", resource: .string("project/" + name))
    }

    public var projectNameValue: JSONValue { .string(name) }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard let arn else { return [] }
        let fields = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count != 6 || fields[0] != "arn" || fields[2] != "codebuild" || !fields[5].hasPrefix("project/") || name.isEmpty else { return [] }
        return [scope.error(
            "codebuild.project.arn.invalid",
            "'\(arn)' is not the ARN of a CodeBuild project",
            hint: "use an ARN like 'arn:aws:codebuild:us-east-1:123456789012:project/my-project'")]
    }
}
