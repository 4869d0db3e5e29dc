/// A build action running a CodeBuild project on its input artifact. A project whose
/// source is `.codePipeline` is encrypted with the pipeline's artifact key and may read
/// and write the artifact bucket, as the CDK's `CodeBuildAction` grants it.
public struct CodeBuildAction: PipelineAction {
    public let actionName: String
    public let project: ProjectReference
    public let input: Artifact
    public let outputs: [Artifact]

    public init(_ actionName: String, project: ProjectReference, input: Artifact, outputs: [Artifact] = []) {
        self.actionName = actionName
        self.project = project
        self.input = input
        self.outputs = outputs
    }

    public var category: String { "Build" }
    public var provider: String { "CodeBuild" }
    public var inputs: [Artifact] { [input] }
    public var configuration: JSONObject { ["ProjectName": project.projectNameValue] }

    public func roleStatements(in pipeline: Pipeline) -> [PolicyStatement] {
        [PolicyStatement(actions: ["codebuild:BatchGetBuilds", "codebuild:StartBuild", "codebuild:StopBuild"], resources: [project.projectArn])]
    }

    public func bind(to pipeline: Pipeline, scope: ConstructScope) {
        guard let project = project as? Project else { return }
        for statement in pipeline.artifactStatements { scope.addStatement(statement, to: project.role) }
        scope.addStatement(PolicyStatement(
            actions: ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
            resources: [pipeline.artifactsKey.keyArn]), to: project.role)
    }
}
