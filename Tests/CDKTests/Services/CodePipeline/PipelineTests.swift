import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0: a CodeCommit source stage and a
// CodeBuild stage running a `PipelineProject`, in stack `P` (see `app()`).
@Suite struct PipelineTests {
    func app() -> App {
        let repo = Repository("Repo", name: "r1")
        let build = Project("Build", source: .codePipeline)
        let source = Artifact()
        let output = Artifact()
        let pipeline = Pipeline("Pipeline") {
            PipelineStage("Source") { CodeCommitSourceAction("Source", repository: repo, branch: "main", output: source) }
            PipelineStage("Build") { CodeBuildAction("Build", project: build, input: source, outputs: [output]) }
        }
        return App { Stack("P") { repo; build; pipeline } }
    }

    /// Each resource's properties as the CDK renders them for `app()`.
    static let expected: [(String, String)] = [
        ("PipelineArtifactsBucketEncryptionKey01D58D69", #"{"KeyPolicy":{"Statement":[{"Action":"kms:*","Effect":"Allow","Principal":{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}},"Resource":"*"}],"Version":"2012-10-17"}}"#),
        ("PipelineArtifactsBucketEncryptionKeyAlias5C510EEE", #"{"AliasName":"alias/codepipeline-ppipeline8a9cbebd","TargetKeyId":{"Fn::GetAtt":["PipelineArtifactsBucketEncryptionKey01D58D69","Arn"]}}"#),
        ("PipelineArtifactsBucket22248F97", #"{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"KMSMasterKeyID":{"Fn::GetAtt":["PipelineArtifactsBucketEncryptionKey01D58D69","Arn"]},"SSEAlgorithm":"aws:kms"}}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}}"#),
        ("PipelineArtifactsBucketPolicyD4F9712A", #"{"Bucket":{"Ref":"PipelineArtifactsBucket22248F97"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["PipelineArtifactsBucket22248F97","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["PipelineArtifactsBucket22248F97","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}"#),
        ("PipelineRoleD68726F7", #"{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"codepipeline.amazonaws.com"}}],"Version":"2012-10-17"}}"#),
        ("PipelineRoleDefaultPolicyC7A05455", #"{"PolicyDocument":{"Statement":[{"Action":["s3:GetObject*","s3:GetBucket*","s3:List*","s3:DeleteObject*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging","s3:Abort*"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["PipelineArtifactsBucket22248F97","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["PipelineArtifactsBucket22248F97","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:ReEncrypt*","kms:GenerateDataKey*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["PipelineArtifactsBucketEncryptionKey01D58D69","Arn"]}},{"Action":"sts:AssumeRole","Effect":"Allow","Resource":{"Fn::GetAtt":["PipelineSourceCodePipelineActionRoleC6F9E7F5","Arn"]}},{"Action":"sts:AssumeRole","Effect":"Allow","Resource":{"Fn::GetAtt":["PipelineBuildCodePipelineActionRoleD77A08E6","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"PipelineRoleDefaultPolicyC7A05455","Roles":[{"Ref":"PipelineRoleD68726F7"}]}"#),
        ("PipelineC660917D", #"{"ArtifactStore":{"EncryptionKey":{"Id":{"Fn::GetAtt":["PipelineArtifactsBucketEncryptionKey01D58D69","Arn"]},"Type":"KMS"},"Location":{"Ref":"PipelineArtifactsBucket22248F97"},"Type":"S3"},"RoleArn":{"Fn::GetAtt":["PipelineRoleD68726F7","Arn"]},"Stages":[{"Actions":[{"ActionTypeId":{"Category":"Source","Owner":"AWS","Provider":"CodeCommit","Version":"1"},"Configuration":{"RepositoryName":{"Fn::GetAtt":["Repo02AC86CF","Name"]},"BranchName":"main","PollForSourceChanges":false},"Name":"Source","OutputArtifacts":[{"Name":"Artifact_Source_Source"}],"RoleArn":{"Fn::GetAtt":["PipelineSourceCodePipelineActionRoleC6F9E7F5","Arn"]},"RunOrder":1}],"Name":"Source"},{"Actions":[{"ActionTypeId":{"Category":"Build","Owner":"AWS","Provider":"CodeBuild","Version":"1"},"Configuration":{"ProjectName":{"Ref":"Build45A36621"}},"InputArtifacts":[{"Name":"Artifact_Source_Source"}],"Name":"Build","OutputArtifacts":[{"Name":"Artifact_Build_Build"}],"RoleArn":{"Fn::GetAtt":["PipelineBuildCodePipelineActionRoleD77A08E6","Arn"]},"RunOrder":1}],"Name":"Build"}]}"#),
        ("PipelineSourceCodePipelineActionRoleC6F9E7F5", #"{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"AWS":{"Fn::GetAtt":["PipelineRoleD68726F7","Arn"]}}}],"Version":"2012-10-17"}}"#),
        ("PipelineSourceCodePipelineActionRoleDefaultPolicy2D565925", #"{"PolicyDocument":{"Statement":[{"Action":["s3:GetObject*","s3:GetBucket*","s3:List*","s3:DeleteObject*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging","s3:Abort*"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["PipelineArtifactsBucket22248F97","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["PipelineArtifactsBucket22248F97","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:ReEncrypt*","kms:GenerateDataKey*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["PipelineArtifactsBucketEncryptionKey01D58D69","Arn"]}},{"Action":["codecommit:GetBranch","codecommit:GetCommit","codecommit:UploadArchive","codecommit:GetUploadArchiveStatus","codecommit:CancelUploadArchive"],"Effect":"Allow","Resource":{"Fn::GetAtt":["Repo02AC86CF","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"PipelineSourceCodePipelineActionRoleDefaultPolicy2D565925","Roles":[{"Ref":"PipelineSourceCodePipelineActionRoleC6F9E7F5"}]}"#),
        ("PipelineEventsRole46BEEA7C", #"{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"events.amazonaws.com"}}],"Version":"2012-10-17"}}"#),
        ("PipelineEventsRoleDefaultPolicyFF4FCCE0", #"{"PolicyDocument":{"Statement":[{"Action":"codepipeline:StartPipelineExecution","Effect":"Allow","Resource":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":codepipeline:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":",{"Ref":"PipelineC660917D"}]]}}],"Version":"2012-10-17"},"PolicyName":"PipelineEventsRoleDefaultPolicyFF4FCCE0","Roles":[{"Ref":"PipelineEventsRole46BEEA7C"}]}"#),
        ("PipelineBuildCodePipelineActionRoleD77A08E6", #"{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"AWS":{"Fn::GetAtt":["PipelineRoleD68726F7","Arn"]}}}],"Version":"2012-10-17"}}"#),
        ("PipelineBuildCodePipelineActionRoleDefaultPolicyC9CB73F8", #"{"PolicyDocument":{"Statement":[{"Action":["codebuild:BatchGetBuilds","codebuild:StartBuild","codebuild:StopBuild"],"Effect":"Allow","Resource":{"Fn::GetAtt":["Build45A36621","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"PipelineBuildCodePipelineActionRoleDefaultPolicyC9CB73F8","Roles":[{"Ref":"PipelineBuildCodePipelineActionRoleD77A08E6"}]}"#),
        ("Build45A36621", #"{"Artifacts":{"Type":"CODEPIPELINE"},"Cache":{"Type":"NO_CACHE"},"EncryptionKey":{"Fn::GetAtt":["PipelineArtifactsBucketEncryptionKey01D58D69","Arn"]},"Environment":{"ComputeType":"BUILD_GENERAL1_SMALL","Image":"aws/codebuild/standard:7.0","ImagePullCredentialsType":"CODEBUILD","PrivilegedMode":false,"Type":"LINUX_CONTAINER"},"ServiceRole":{"Fn::GetAtt":["BuildRoleB7C66CB2","Arn"]},"Source":{"Type":"CODEPIPELINE"}}"#),
        ("BuildRoleDefaultPolicyEAC4E6D6", #"{"PolicyDocument":{"Statement":[{"Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":logs:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":log-group:/aws/codebuild/",{"Ref":"Build45A36621"}]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":logs:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":log-group:/aws/codebuild/",{"Ref":"Build45A36621"},":*"]]}]},{"Action":["codebuild:CreateReportGroup","codebuild:CreateReport","codebuild:UpdateReport","codebuild:BatchPutTestCases","codebuild:BatchPutCodeCoverages"],"Effect":"Allow","Resource":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":codebuild:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":report-group/",{"Ref":"Build45A36621"},"-*"]]}},{"Action":["s3:GetObject*","s3:GetBucket*","s3:List*","s3:DeleteObject*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging","s3:Abort*"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["PipelineArtifactsBucket22248F97","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["PipelineArtifactsBucket22248F97","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:ReEncrypt*","kms:GenerateDataKey*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["PipelineArtifactsBucketEncryptionKey01D58D69","Arn"]}},{"Action":["kms:Decrypt","kms:Encrypt","kms:ReEncrypt*","kms:GenerateDataKey*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["PipelineArtifactsBucketEncryptionKey01D58D69","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"BuildRoleDefaultPolicyEAC4E6D6","Roles":[{"Ref":"BuildRoleB7C66CB2"}]}"#),
        ("RepoPPipeline8A9CBEBDmainEventRule78CFA8C5", #"{"EventPattern":{"source":["aws.codecommit"],"resources":[{"Fn::GetAtt":["Repo02AC86CF","Arn"]}],"detail-type":["CodeCommit Repository State Change"],"detail":{"event":["referenceCreated","referenceUpdated"],"referenceName":["main"]}},"State":"ENABLED","Targets":[{"Arn":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":codepipeline:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":",{"Ref":"PipelineC660917D"}]]},"Id":"Target0","RoleArn":{"Fn::GetAtt":["PipelineEventsRole46BEEA7C","Arn"]}}]}"#),
    ]

    @Test(arguments: expected.map(\.0))
    func resourceRendersAsTheCDKRendersIt(_ logicalID: String) throws {
        let expected = try JSONParser.parse(try #require(Self.expected.first { $0.0 == logicalID }).1)
        #expect(try properties(logicalID, in: app()) == expected)
    }

    @Test func pipelineRendersTheCDKsResourcesAndNoOthers() throws {
        #expect(Set(try logicalIDs(in: app())) == Set(Self.expected.map(\.0) + ["Repo02AC86CF", "BuildRoleB7C66CB2"]))
    }

    @Test func synthesizingTwiceGivesTheSameTemplate() throws {
        let app = app()
        let first = try #require(try Synthesizer.synthesize(app).stacks.first).template
        let second = try #require(try Synthesizer.synthesize(app).stacks.first).template
        #expect(first.resources.map(\.logicalID) == second.resources.map(\.logicalID))
        #expect(first.resources.map { JSONValue.object($0.properties) } == second.resources.map { JSONValue.object($0.properties) })
    }

    @Test func keyAndBucketAreRemovedAsTheCDKSays() throws {
        let template = try #require(try Synthesizer.synthesize(app()).stacks.first).template
        let key = try #require(template.resources.first { $0.logicalID == "PipelineArtifactsBucketEncryptionKey01D58D69" })
        let bucket = try #require(template.resources.first { $0.logicalID == "PipelineArtifactsBucket22248F97" })
        #expect(key.deletionPolicy == "Delete")
        #expect(bucket.deletionPolicy == "Retain")
        #expect(bucket.updateReplacePolicy == "Retain")
    }

    /// The CDK also lists the role, which the `RoleArn` already makes CloudFormation
    /// create first (the same documented divergence as a function's role).
    @Test func pipelineDependsOnItsRolesDefaultPolicy() throws {
        let template = try #require(try Synthesizer.synthesize(app()).stacks.first).template
        let pipeline = try #require(template.resources.first { $0.logicalID == "PipelineC660917D" })
        #expect(pipeline.dependsOn == ["PipelineRoleDefaultPolicyC7A05455"])
    }

    @Test func namedArtifactsAndPipelineNameRender() throws {
        let repo = Repository("Repo", name: "r1")
        let source = Artifact("SourceOutput")
        let app = App {
            Stack("P") {
                repo
                Pipeline("Pipeline", pipelineName: "release") {
                    PipelineStage("Source") { CodeCommitSourceAction("Checkout", repository: repo, output: source) }
                    PipelineStage("Build") { CodeBuildAction("Build", project: Project.imported("Imported", name: "builder"), input: source) }
                }
            }
        }
        let properties = try properties("PipelineC660917D", in: app)
        #expect(properties?["Name"] == "release")
        let stages = JSONWriter(indent: 0).render(try #require(properties?["Stages"]))
        #expect(stages.contains(#""OutputArtifacts":[{"Name":"SourceOutput"}]"#))
        #expect(stages.contains(#""Configuration":{"RepositoryName":{"Fn::GetAtt":["Repo02AC86CF","Name"]},"BranchName":"master","PollForSourceChanges":false}"#))
    }

    @Test func importedRepositoryOnMasterGetsTheRuleUnderItWithoutTheBranchInItsID() throws {
        let repo = Repository.imported("ImpRepo", name: "shared")
        let source = Artifact()
        let app = App {
            Stack("P") {
                Pipeline("Pipeline") {
                    PipelineStage("Source") { CodeCommitSourceAction("Checkout", repository: repo, output: source) }
                    PipelineStage("Build") { CodeBuildAction("Build", project: Project.imported("ImpBuild", name: "builder"), input: source) }
                }
            }
        }
        let partition: JSONValue = .pseudo(.partition), region: JSONValue = .pseudo(.region), account: JSONValue = .pseudo(.accountId)
        #expect(try properties("ImpRepoPPipeline8A9CBEBDEventRuleFAA58E10", in: app) == [
            "EventPattern": [
                "source": ["aws.codecommit"],
                "resources": [.join("", ["arn:", partition, ":codecommit:", region, ":", account, ":shared"])],
                "detail-type": ["CodeCommit Repository State Change"],
                "detail": ["event": ["referenceCreated", "referenceUpdated"], "referenceName": ["master"]],
            ],
            "State": "ENABLED",
            "Targets": [[
                "Arn": .join("", ["arn:", partition, ":codepipeline:", region, ":", account, ":", ["Ref": "PipelineC660917D"]]),
                "Id": "Target0", "RoleArn": ["Fn::GetAtt": ["PipelineEventsRole46BEEA7C", "Arn"]],
            ]],
        ])
        // The CDK's resources for the same declarations; an imported project gets no grants.
        #expect(Set(try logicalIDs(in: app)) == [
            "ImpRepoPPipeline8A9CBEBDEventRuleFAA58E10", "PipelineArtifactsBucketEncryptionKey01D58D69",
            "PipelineArtifactsBucketEncryptionKeyAlias5C510EEE", "PipelineArtifactsBucket22248F97", "PipelineArtifactsBucketPolicyD4F9712A",
            "PipelineRoleD68726F7", "PipelineRoleDefaultPolicyC7A05455", "PipelineC660917D", "PipelineSourceCheckoutCodePipelineActionRole3B57639E",
            "PipelineSourceCheckoutCodePipelineActionRoleDefaultPolicyC20866B7", "PipelineEventsRole46BEEA7C",
            "PipelineEventsRoleDefaultPolicyFF4FCCE0", "PipelineBuildCodePipelineActionRoleD77A08E6",
            "PipelineBuildCodePipelineActionRoleDefaultPolicyC9CB73F8",
        ])
    }

    @Test func emptyBranchIsReported() {
        let repo = Repository("Repo", name: "r1")
        let source = Artifact()
        let found = diagnostics(of: App {
            Stack("P") {
                repo
                Pipeline("Pipeline") {
                    PipelineStage("Source") { CodeCommitSourceAction("Source", repository: repo, branch: "", output: source) }
                    PipelineStage("Build") { CodeBuildAction("Build", project: Project.imported("ImpBuild", name: "builder"), input: source) }
                }
            }
        })
        #expect(found.map(\.code).contains("codepipeline.action.codeCommit.emptyBranch"))
    }

    @Test func defaultArtifactNamesReplaceOtherCharacters() {
        #expect(Pipeline.defaultArtifactName(stage: "Source", action: "Check out") == "Artifact_Source_Check_out")
    }

    @Test func invalidStagesAndActionsAreReported() {
        let repo = Repository("Repo", name: "r1")
        let project = Project.imported("Imported", name: "builder")
        let source = Artifact()
        let orphan = Artifact()
        let found = diagnostics(of: App {
            Stack("P") {
                repo
                Pipeline("OneStage", pipelineName: "bad name") {
                    PipelineStage("Source") { CodeCommitSourceAction("Source", repository: repo, output: source) }
                }
                Pipeline("Misplaced") {
                    PipelineStage("Build") { CodeBuildAction("Build", project: project, input: orphan) }
                    PipelineStage("Source") {
                        CodeCommitSourceAction("Source", repository: repo, output: Artifact())
                        CodeCommitSourceAction("Source", repository: repo, output: Artifact())
                    }
                    PipelineStage("Source") {}
                }
            }
        })
        #expect(found.map(\.code) == [
            "construct.id.duplicate", "construct.id.duplicate",
            "codepipeline.pipeline.tooFewStages", "codepipeline.pipeline.name.invalid",
            "codepipeline.action.sourcePlacement", "codepipeline.action.inputNotProduced",
            "codepipeline.action.sourcePlacement", "codepipeline.action.sourcePlacement", "codepipeline.stage.noActions",
        ])
        #expect(found.first?.path == "P/Misplaced/Source")
    }
}
