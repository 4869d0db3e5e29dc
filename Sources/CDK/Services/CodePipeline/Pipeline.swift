/// Renders an `AWS::CodePipeline::Pipeline` with what the CDK creates for it: a KMS key
/// for its artifacts (child `ArtifactsBucketEncryptionKey`, removed with the stack) and
/// its alias (`alias/codepipeline-<unique ID>`), the artifact bucket (child
/// `ArtifactsBucket`: KMS-encrypted, public access blocked, TLS enforced, retained), the
/// pipeline's role (child `Role`, assumed by `codepipeline.amazonaws.com`), and one role
/// per action (child `<stage>/<action>/CodePipelineActionRole`, assumed by the pipeline's
/// role), each with the statements the CDK grants.
///
/// ```swift
/// let source = Artifact()
/// Pipeline("Pipeline") {
///     PipelineStage("Source") { CodeCommitSourceAction("Source", repository: repo, branch: "main", output: source) }
///     PipelineStage("Build") { CodeBuildAction("Build", project: project, input: source) }
/// }
/// ```
///
/// Validated at synthesis, as the CDK and CodePipeline require: at least two stages,
/// each with at least one action; source actions in the first stage only, and only
/// there; every input artifact output by an earlier action; (stage names, and action
/// names within a stage, are construct IDs, so a repeated one is reported as such); the name 1–100 letters, digits, `.`, `@`, `-` or `_`.
/// https://docs.aws.amazon.com/codepipeline/latest/userguide/limits.html
public final class Pipeline: Construct, PipelineReference {
    public let resource: CfnResource
    public let pipelineName: String?
    public let stages: [PipelineStage]
    public let artifactsKey: Key
    public let artifactBucket: Bucket
    public let role: Role
    private let alias: CfnResource
    private let aliasGroup: Construct
    private let stageGroups: [Construct]
    /// The role of each action, by stage and action.
    private let actionRoles: [[Role]]

    public init(_ id: String, pipelineName: String? = nil, @PipelineStageBuilder stages: () -> [PipelineStage]) {
        self.pipelineName = pipelineName
        self.stages = stages()
        let key = Key("ArtifactsBucketEncryptionKey", removalPolicy: .delete)
        self.artifactsKey = key
        self.alias = CfnResource("Resource", type: "AWS::KMS::Alias", deletionPolicy: .delete, updateReplacePolicy: .delete)
        self.aliasGroup = Construct("ArtifactsBucketEncryptionKeyAlias", declaredChildren: [alias])
        self.artifactBucket = Bucket("ArtifactsBucket", encryptionKeyArn: key.keyArn, blockPublicAccess: true, enforceSSL: true)
        let role = Role("Role", assumedBy: .service("codepipeline.amazonaws.com"))
        self.role = role
        self.resource = CfnResource("Resource", type: "AWS::CodePipeline::Pipeline")
        let actionRoles = self.stages.map { stage in
            stage.actions.map { _ in Role("CodePipelineActionRole", assumedBy: .arn(role.roleArn)) }
        }
        self.actionRoles = actionRoles
        self.stageGroups = zip(self.stages, actionRoles).map { stage, roles in
            Construct(stage.name, declaredChildren: zip(stage.actions, roles).map { action, role in
                Construct(action.actionName, declaredChildren: [role])
            })
        }
        super.init(id)
        resource.addDependency(role)
        for stage in self.stages {
            for case let action as CodeBuildAction in stage.actions {
                (action.project as? Project)?.pipelineKeyArn = key.keyArn
            }
        }
    }

    public override var children: [Construct] {
        [artifactsKey, aliasGroup, artifactBucket, role, resource] + stageGroups + super.children
    }

    /// `arn:<partition>:codepipeline:<region>:<account>:<pipeline name>`.
    public var pipelineArn: JSONValue { StackValue.arn(service: "codepipeline", resource: resource.ref) }
    public var pipelineNameValue: JSONValue { resource.ref }

    /// A pipeline of the account and region of the stack that uses it, known by name.
    public static func imported(_ id: String, name: String) -> ImportedPipeline {
        ImportedPipeline(id, name: name)
    }

    /// A pipeline known by ARN (`arn:aws:codepipeline:us-east-1:123456789012:name`).
    public static func imported(_ id: String, arn: String) -> ImportedPipeline {
        ImportedPipeline(id, arn: arn)
    }

    /// Reading and writing the artifact bucket and using its key, as the pipeline's role
    /// and its source actions' roles may.
    var artifactStatements: [PolicyStatement] {
        [
            artifactBucket.readWriteStatement(),
            PolicyStatement(
                actions: ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
                resources: [artifactsKey.keyArn]),
        ]
    }

    public override func prepare(_ scope: ConstructScope) {
        let prefix = "alias/codepipeline-"
        alias.properties = [
            "AliasName": .string(prefix + String(scope.uniqueID.lowercased().suffix(256 - prefix.count))),
            "TargetKeyId": artifactsKey.keyArn,
        ]
        for statement in artifactStatements { scope.addStatement(statement, to: role) }
        // An action whose name repeats another's in its stage is not placed (the tree
        // reports it); it is left out rather than referred to.
        let placed = actionRoles.map { roles in roles.map { scope.uniqueID(of: $0) != nil } }
        for (roles, placedRoles) in zip(actionRoles, placed) {
            for (actionRole, isPlaced) in zip(roles, placedRoles) where isPlaced {
                scope.addStatement(PolicyStatement(actions: ["sts:AssumeRole"], resources: [actionRole.roleArn]), to: role)
            }
        }
        var artifactNames: [ObjectIdentifier: String] = [:]
        func name(of artifact: Artifact) -> JSONValue {
            .string(artifactNames[ObjectIdentifier(artifact)] ?? artifact.name ?? "")
        }
        var renderedStages: [JSONValue] = []
        for (index, (stage, roles)) in zip(stages, actionRoles).enumerated() {
            var renderedActions: [JSONValue] = []
            for (action, actionRole) in zip(stage.actions, roles) where scope.uniqueID(of: actionRole) != nil {
                for statement in action.roleStatements(in: self) { scope.addStatement(statement, to: actionRole) }
                for output in action.outputs where artifactNames[ObjectIdentifier(output)] == nil {
                    artifactNames[ObjectIdentifier(output)] = output.name ?? Self.defaultArtifactName(stage: stage.name, action: action.actionName)
                }
                var rendered: JSONObject = [
                    "ActionTypeId": ["Category": .string(action.category), "Owner": "AWS", "Provider": .string(action.provider), "Version": "1"],
                    "Configuration": .object(action.configuration),
                ]
                if !action.inputs.isEmpty { rendered["InputArtifacts"] = .array(action.inputs.map { ["Name": name(of: $0)] }) }
                rendered["Name"] = .string(action.actionName)
                if !action.outputs.isEmpty { rendered["OutputArtifacts"] = .array(action.outputs.map { ["Name": name(of: $0)] }) }
                rendered["RoleArn"] = actionRole.roleArn
                rendered["RunOrder"] = 1
                renderedActions.append(.object(rendered))
                action.bind(to: self, scope: scope)
            }
            guard placed[index].contains(true) || stage.actions.isEmpty else { continue }
            renderedStages.append(["Actions": .array(renderedActions), "Name": .string(stage.name)])
        }
        var properties: JSONObject = [
            "ArtifactStore": [
                "EncryptionKey": ["Id": artifactsKey.keyArn, "Type": "KMS"],
                "Location": artifactBucket.bucketNameValue,
                "Type": "S3",
            ],
        ]
        if let pipelineName { properties["Name"] = .string(pipelineName) }
        properties["RoleArn"] = role.roleArn
        properties["Stages"] = .array(renderedStages)
        resource.properties = properties
    }

    /// `Artifact_<stage>_<action>`, with characters other than letters, digits, `_` and
    /// `-` replaced by `_`.
    static func defaultArtifactName(stage: String, action: String) -> String {
        String("Artifact_\(stage)_\(action)".map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") ? $0 : "_" })
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if stages.count < 2 {
            found.append(scope.error("codepipeline.pipeline.tooFewStages", "pipeline '\(scope.path)' has \(stages.count) stages; a pipeline needs at least 2",
                                     hint: "add a source stage and at least one stage after it"))
        }
        var produced = Set<ObjectIdentifier>()
        for (index, stage) in stages.enumerated() {
            if stage.actions.isEmpty {
                found.append(scope.error("codepipeline.stage.noActions", "stage '\(stage.name)' has no actions", hint: "add an action, or remove the stage"))
            }
            for action in stage.actions {
                found += action.validate(at: scope.path)
                if (action.category == "Source") != (index == 0) {
                    found.append(scope.error(
                        "codepipeline.action.sourcePlacement",
                        index == 0 ? "the first stage '\(stage.name)' holds '\(action.actionName)', which is not a source action"
                            : "source action '\(action.actionName)' is in stage '\(stage.name)'; source actions belong in the first stage only",
                        hint: "put source actions, and only them, in the first stage"))
                }
                for input in action.inputs where !produced.contains(ObjectIdentifier(input)) {
                    found.append(scope.error(
                        "codepipeline.action.inputNotProduced",
                        "action '\(action.actionName)' takes an artifact that no earlier action outputs",
                        hint: "use the output artifact of an action of an earlier stage"))
                }
            }
            for action in stage.actions { for output in action.outputs { produced.insert(ObjectIdentifier(output)) } }
        }
        if let pipelineName, !(1...100).contains(pipelineName.count) || !pipelineName.isAlphanumeric(allowing: ".@-_") {
            found.append(scope.error("codepipeline.pipeline.name.invalid", "pipeline name '\(pipelineName)' must be 1 to 100 letters, digits, '.', '@', '-' or '_'",
                                     hint: "shorten the name or remove the other characters"))
        }
        return found
    }
}
