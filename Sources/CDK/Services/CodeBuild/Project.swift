/// Renders an `AWS::CodeBuild::Project`, and its service role (child `Role`, assumed by
/// `codebuild.amazonaws.com`) unless a role is given, as the CDK's `Project` does.
///
/// ```swift
/// let project = Project("MyProject", source: .codeCommit(repo))
/// ```
///
/// The role's default policy gets what the CDK grants: `codecommit:GitPull` on a
/// CodeCommit source, writing to the project's log groups
/// (`/aws/codebuild/<project>`), and creating its report groups. The CDK's defaults
/// are rendered: no artifacts, no cache, the `alias/aws/s3` key, a small Linux
/// container of `aws/codebuild/standard:7.0` pulling images with CodeBuild's
/// credentials, not privileged.
///
/// Validated at synthesis: a project without a source needs a build spec; environment
/// variable names are not empty and do not start with `CODEBUILD_` (reserved); the name is
/// 2–255 letters, digits, `-` or `_` starting with a letter or digit; the description
/// at most 255 characters; the timeout 5–2160 minutes.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codebuild-project.html
public final class Project: Construct, ProjectReference, Grantable {
    /// Where a build gets its source code.
    public enum Source {
        /// No source: the build spec says what to run.
        case none
        /// A CodeCommit repository, at a branch, tag or commit (`SourceVersion`), cloned
        /// to a depth (`GitCloneDepth`, 0 for a full clone).
        case codeCommit(RepositoryReference, branchOrRef: String? = nil, cloneDepth: Int? = nil)
        /// The input artifact of the pipeline action that runs the project (the CDK's
        /// `PipelineProject`): the build spec defaults to the source's `buildspec.yml`,
        /// and the artifacts go back to the pipeline.
        case codePipeline
    }

    /// The build commands.
    public enum BuildSpec {
        /// The build spec as an object, rendered as JSON (two-space indentation, as the CDK).
        case object(JSONValue)
        /// A build spec file in the source, such as `buildspec.yml`.
        case sourceFile(String)
    }

    /// The machine a build runs on.
    public struct BuildEnvironment {
        public var image: String
        /// `BUILD_GENERAL1_SMALL`, `BUILD_GENERAL1_MEDIUM`, `BUILD_GENERAL1_LARGE`…
        public var computeType: String
        /// Whether the build may run Docker (privileged mode).
        public var privileged: Bool

        public init(image: String = "aws/codebuild/standard:7.0", computeType: String = "BUILD_GENERAL1_SMALL", privileged: Bool = false) {
            self.image = image
            self.computeType = computeType
            self.privileged = privileged
        }
    }

    public let resource: CfnResource
    public let source: Source
    public let buildSpec: BuildSpec?
    public let environment: BuildEnvironment
    /// Plain-text environment variables of the builds, in the order given.
    public let environmentVariables: [(name: String, value: String)]
    public let role: Role
    public let projectName: String?
    public let projectDescription: String?
    public let timeoutMinutes: Int?
    private let ownsRole: Bool
    /// The key of the artifacts of the pipeline that runs the project, which the CDK
    /// makes the project's encryption key.
    var pipelineKeyArn: JSONValue?

    public init(
        _ id: String, source: Source = .none, buildSpec: BuildSpec? = nil, environment: BuildEnvironment = BuildEnvironment(),
        environmentVariables: KeyValuePairs<String, String> = [:], role: Role? = nil, projectName: String? = nil, description: String? = nil, timeoutMinutes: Int? = nil
    ) {
        self.source = source
        self.buildSpec = buildSpec
        self.environment = environment
        self.environmentVariables = environmentVariables.map { (name: $0.key, value: $0.value) }
        self.projectName = projectName
        self.projectDescription = description
        self.timeoutMinutes = timeoutMinutes
        self.ownsRole = role == nil
        self.role = role ?? Role("Role", assumedBy: .service("codebuild.amazonaws.com"))
        self.resource = CfnResource("Resource", type: "AWS::CodeBuild::Project")
        super.init(id)
    }

    public override var children: [Construct] { (ownsRole ? [role] : []) + [resource] + super.children }

    public var projectArn: JSONValue { resource.getAtt("Arn") }
    public var projectNameValue: JSONValue { resource.ref }

    /// A project of the account and region of the stack that uses it, known by name.
    public static func imported(_ id: String, name: String) -> ImportedProject {
        ImportedProject(id, name: name)
    }

    /// A project known by ARN (`arn:aws:codebuild:us-east-1:123456789012:project/name`).
    public static func imported(_ id: String, arn: String) -> ImportedProject {
        ImportedProject(id, arn: arn)
    }

    /// Grants go to the project's role.
    public func addToPrincipalPolicy(_ statement: PolicyStatement) {
        role.addToPolicy(statement)
    }

    public override func prepare(_ scope: ConstructScope) {
        if case let .codeCommit(repository, _, _) = source {
            scope.addStatement(PolicyStatement(actions: ["codecommit:GitPull"], resources: [repository.repositoryArn]), to: role)
        }
        let logGroup: [JSONValue] = ["arn:", StackValue.partition.value, ":logs:", StackValue.region.value, ":",
                                     StackValue.account.value, ":log-group:/aws/codebuild/", projectNameValue]
        scope.addStatement(PolicyStatement(
            actions: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
            resources: [.join("", logGroup), .join("", logGroup + [":*"])]), to: role)
        scope.addStatement(PolicyStatement(
            actions: ["codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport",
                      "codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages"],
            resources: [.join("", ["arn:", StackValue.partition.value, ":codebuild:", StackValue.region.value, ":",
                                   StackValue.account.value, ":report-group/", projectNameValue, "-*"])]), to: role)

        var properties: JSONObject = [
            "Artifacts": ["Type": source.isCodePipeline ? "CODEPIPELINE" : "NO_ARTIFACTS"],
            "Cache": ["Type": "NO_CACHE"],
        ]
        if let projectDescription { properties["Description"] = .string(projectDescription) }
        properties["EncryptionKey"] = pipelineKeyArn ?? "alias/aws/s3"
        var buildEnvironment: JSONObject = ["ComputeType": .string(environment.computeType)]
        if !environmentVariables.isEmpty {
            buildEnvironment["EnvironmentVariables"] = .array(environmentVariables.map { variable in
                ["Name": .string(variable.name), "Type": "PLAINTEXT", "Value": .string(variable.value)]
            })
        }
        buildEnvironment["Image"] = .string(environment.image)
        buildEnvironment["ImagePullCredentialsType"] = "CODEBUILD"
        buildEnvironment["PrivilegedMode"] = .bool(environment.privileged)
        buildEnvironment["Type"] = "LINUX_CONTAINER"
        properties["Environment"] = .object(buildEnvironment)
        if let projectName { properties["Name"] = .string(projectName) }
        properties["ServiceRole"] = role.roleArn
        var sourceProperties = JSONObject()
        switch buildSpec {
        case let .object(value)?: sourceProperties["BuildSpec"] = .string(JSONWriter(indent: 2).render(value))
        case let .sourceFile(name)?: sourceProperties["BuildSpec"] = .string(name)
        case nil: break
        }
        switch source {
        case .none:
            sourceProperties["Type"] = "NO_SOURCE"
        case .codePipeline:
            sourceProperties["Type"] = "CODEPIPELINE"
        case let .codeCommit(repository, branchOrRef, cloneDepth):
            if let cloneDepth { sourceProperties["GitCloneDepth"] = .integer(cloneDepth) }
            sourceProperties["Location"] = repository.cloneUrlHttp
            sourceProperties["Type"] = "CODECOMMIT"
            if let branchOrRef { properties["SourceVersion"] = .string(branchOrRef) }
        }
        properties["Source"] = .object(sourceProperties)
        if let timeoutMinutes { properties["TimeoutInMinutes"] = .integer(timeoutMinutes) }
        resource.properties = properties.sortedByKey()
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if case .none = source {
            switch buildSpec {
            case nil:
                found.append(scope.error(
                    "codebuild.project.noSourceNoBuildSpec", "project '\(scope.path)' has no source and no build spec",
                    hint: "give the project a 'buildSpec: .object(…)', or a source that holds one"))
            case .sourceFile?:
                found.append(scope.error(
                    "codebuild.project.buildSpecFileWithoutSource", "project '\(scope.path)' names a build spec file but has no source to read it from",
                    hint: "give the build spec as '.object(…)', or give the project a source"))
            case .object?:
                break
            }
        }
        if case let .object(value)? = buildSpec, !value.tokens.isEmpty {
            found.append(scope.error(
                "codebuild.project.buildSpecReference", "the build spec of '\(scope.path)' holds references, which a build spec object cannot render here",
                hint: "pass values to the build through environment variables, or keep the build spec in the source"))
        }
        if case let .codeCommit(_, _, cloneDepth?) = source, cloneDepth < 0 {
            found.append(scope.error(
                "codebuild.project.cloneDepth", "clone depth of \(cloneDepth) is negative", hint: "use 0 for a full clone, or a positive depth"))
        }
        for variable in environmentVariables where variable.name.isEmpty || variable.name.hasPrefix("CODEBUILD_") {
            found.append(scope.error(
                "codebuild.project.environmentVariable.name",
                variable.name.isEmpty ? "an environment variable of '\(scope.path)' has an empty name"
                    : "environment variable '\(variable.name)' starts with 'CODEBUILD_', which CodeBuild reserves",
                hint: "rename the variable"))
        }
        if let projectName {
            let first = projectName.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false
            if !(2...255).contains(projectName.count) || !first || !projectName.isAlphanumeric(allowing: "-_") {
                found.append(scope.error(
                    "codebuild.project.name.invalid",
                    "project name '\(projectName)' must be 2 to 255 letters, digits, '-' or '_', starting with a letter or digit",
                    hint: "shorten the name or remove the other characters"))
            }
        }
        if let projectDescription, projectDescription.count > 255 {
            found.append(scope.error(
                "codebuild.project.description.tooLong",
                "project description has \(projectDescription.count) characters; CodeBuild allows at most 255", hint: "shorten the description"))
        }
        if let timeoutMinutes, !(5...2160).contains(timeoutMinutes) {
            found.append(scope.error(
                "codebuild.project.timeout", "timeout of \(timeoutMinutes) minutes is out of range; CodeBuild allows 5 to 2160",
                hint: "use 5 minutes to 36 hours"))
        }
        return found
    }
}

extension Project: CrossEnvironmentNamed {
    public var physicalNameProperty: String { "Name" }

    public func crossEnvironmentValue(of attribute: Reference.Attribute, name: String, account: String, region: String) -> JSONValue? {
        switch attribute {
        case .ref: return .string(name)
        case .getAtt("Arn"): return arn(service: "codebuild", region: region, account: account, resource: "project/" + name)
        default: return nil
        }
    }
}

extension Project.Source {
    var isCodePipeline: Bool {
        if case .codePipeline = self { return true }
        return false
    }
}
