/// A source action reading a branch of a CodeCommit repository, started by a rule on
/// the repository's commits to that branch (child `<pipeline unique ID>-<branch>-EventRule`
/// of the repository, targeting the pipeline), as the CDK's `CodeCommitSourceAction`
/// with its default event trigger.
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

    public func bind(to pipeline: Pipeline, scope: ConstructScope) {
        if let imported = repository as? ImportedConstruct { scope.placeInStack(imported) }
        let rule = repository.onCommit("\(scope.uniqueID)-\(branch)-EventRule", branches: [branch]) {
            CodePipeline(pipeline)
        }
        scope.addGenerated(rule, under: repository)
    }
}
