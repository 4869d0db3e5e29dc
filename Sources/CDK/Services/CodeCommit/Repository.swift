/// Renders an `AWS::CodeCommit::Repository`.
///
/// ```swift
/// let repo = Repository("Repository", name: "myrepository")
/// ```
///
/// Validated at synthesis: the name is 1–100 letters, digits, `.`, `_` or `-` and does
/// not end in `.git`; the description is at most 1,000 characters.
/// https://docs.aws.amazon.com/codecommit/latest/userguide/limits.html
public final class Repository: Construct, RepositoryReference {
    public let resource: CfnResource
    public let name: String
    public let repositoryDescription: String?

    public init(_ id: String, name: String, description: String? = nil) {
        self.name = name
        self.repositoryDescription = description
        self.resource = CfnResource("Resource", type: "AWS::CodeCommit::Repository")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var repositoryArn: JSONValue { resource.getAtt("Arn") }
    public var repositoryNameValue: JSONValue { resource.getAtt("Name") }
    public var cloneUrlHttp: JSONValue { resource.getAtt("CloneUrlHttp") }
    /// The URL to clone the repository over SSH.
    public var cloneUrlSsh: JSONValue { resource.getAtt("CloneUrlSsh") }

    /// A repository of the account and region of the stack that uses it, known by name.
    public static func imported(_ id: String, name: String) -> ImportedRepository {
        ImportedRepository(id, name: name)
    }

    /// A repository known by ARN (`arn:aws:codecommit:us-east-1:123456789012:name`).
    public static func imported(_ id: String, arn: String) -> ImportedRepository {
        ImportedRepository(id, arn: arn)
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties = JSONObject()
        if let repositoryDescription { properties["RepositoryDescription"] = .string(repositoryDescription) }
        properties["RepositoryName"] = .string(name)
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !(1...100).contains(name.count) || !name.isAlphanumeric(allowing: "._-") || name.hasSuffix(".git") {
            found.append(scope.error(
                "codecommit.repository.name.invalid",
                "repository name '\(name)' must be 1 to 100 letters, digits, '.', '_' or '-', not ending in '.git'",
                hint: "shorten the name or remove the other characters"))
        }
        if let repositoryDescription, repositoryDescription.count > 1000 {
            found.append(scope.error(
                "codecommit.repository.description.tooLong",
                "repository description has \(repositoryDescription.count) characters; CodeCommit allows at most 1000",
                hint: "shorten the description"))
        }
        return found
    }
}

extension Repository: CrossEnvironmentNamed {
    public var physicalNameProperty: String { "RepositoryName" }

    public func crossEnvironmentValue(of attribute: Reference.Attribute, name: String, account: String, region: String) -> JSONValue? {
        switch attribute {
        case .getAtt("Arn"): return arn(service: "codecommit", region: region, account: account, resource: name)
        case .getAtt("Name"): return .string(name)
        default: return nil
        }
    }
}
