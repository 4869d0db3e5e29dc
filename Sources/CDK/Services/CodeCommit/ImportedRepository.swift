/// A CodeCommit repository outside the app, known by name (in the account and region
/// of the stack that uses it) or by ARN. It renders nothing; rules made by its `on…`
/// methods are placed under it, as the CDK's `Repository.fromRepositoryName` and
/// `fromRepositoryArn` scope them.
public final class ImportedRepository: Construct, RepositoryReference, ImportedConstruct {
    /// The ARN given, when imported by ARN.
    public let arn: String?
    /// The repository's name: given, or the last field of the ARN.
    public let name: String

    init(_ id: String, name: String) {
        self.arn = nil
        self.name = name
        super.init(id)
    }

    init(_ id: String, arn: String) {
        self.arn = arn
        self.name = Self.fields(of: arn).map { $0[5] } ?? arn
        super.init(id)
    }

    /// The six fields of a CodeCommit repository ARN, `nil` when it is not one.
    static func fields(of arn: String) -> [String]? {
        let fields = arn.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 6, fields[0] == "arn", fields[2] == "codecommit", !fields[5].isEmpty else { return nil }
        return fields
    }

    public var repositoryArn: JSONValue {
        arn.map(JSONValue.string) ?? StackValue.arn(service: "codecommit", resource: .string(name))
    }

    public var repositoryNameValue: JSONValue { .string(name) }

    /// `https://git-codecommit.<region>.<URL suffix>/v1/repos/<name>`, in the ARN's region
    /// when imported by ARN.
    public var cloneUrlHttp: JSONValue {
        let region = arn.flatMap { Self.fields(of: $0)?[3] }.map(JSONValue.string) ?? StackValue.region.value
        return .join("", ["https://git-codecommit.", region, ".", StackValue.urlSuffix.value, .string("/v1/repos/" + name)])
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard let arn, Self.fields(of: arn) == nil else { return [] }
        return [scope.error(
            "codecommit.repository.arn.invalid",
            "'\(arn)' is not the ARN of a CodeCommit repository",
            hint: "use an ARN like 'arn:aws:codecommit:us-east-1:123456789012:my-repository'")]
    }
}
