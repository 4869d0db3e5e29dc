/// A source action reading a branch of a CodeCommit repository (`master` unless given),
/// started by a rule on the repository's commits to that branch (child
/// `<pipeline unique ID>-<branch>-EventRule` of the repository, or
/// `<pipeline unique ID>EventRule` for `master`, targeting the pipeline), as the CDK's
/// `CodeCommitSourceAction` with its default event trigger. An empty branch is reported.
public struct CodeCommitSourceAction: PipelineAction {
    public let actionName: String
    public let repository: RepositoryReference
    public let branch: String
    public let output: Artifact

    public init(_ actionName: String, repository: RepositoryReference, branch: String = "master", output: Artifact) {
        self.actionName = actionName
        self.repository = repository
        self.branch = branch
        self.output = output
    }

    public var category: String { "Source" }
    public var provider: String { "CodeCommit" }
    public var inputs: [Artifact] { [] }
    public var outputs: [Artifact] { [output] }

    public var configuration: JSONObject {
        ["RepositoryName": repository.repositoryNameValue, "BranchName": .string(branch), "PollForSourceChanges": false]
    }

    public func roleStatements(in pipeline: Pipeline) -> [PolicyStatement] {
        pipeline.artifactStatements + [PolicyStatement(
            actions: ["codecommit:GetBranch", "codecommit:GetCommit", "codecommit:UploadArchive",
                      "codecommit:GetUploadArchiveStatus", "codecommit:CancelUploadArchive"],
            resources: [repository.repositoryArn])]
    }

    public func validate(at path: String) -> [Diagnostic] {
        guard branch.isEmpty else { return [] }
        return [Diagnostic(
            .error, code: "codepipeline.action.codeCommit.emptyBranch", path: path,
            message: "source action '\(actionName)' has an empty branch", hint: "name the branch to build, such as 'main'")]
    }

    public func bind(to pipeline: Pipeline, scope: ConstructScope) {
        if let imported = repository as? ImportedConstruct { scope.placeInStack(imported) }
        // The CDK names the rule without the branch for its old default branch.
        let id = branch == "master" ? "\(scope.uniqueID)EventRule" : "\(scope.uniqueID)-\(branch)-EventRule"
        let rule = repository.onCommit(id, branches: [branch]) {
            CodePipeline(pipeline)
        }
        scope.addGenerated(rule, under: repository)
    }
}
