import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 for the same declarations (stacks `S`
// and `T`) and from the codecommit_to_codebuild reference app.
@Suite struct ProjectTests {
    let env = Environment.aws(account: "123456789012", region: "eu-west-1")

    func logs(_ project: String) -> JSONValue {
        let logGroup: [JSONValue] = [
            "arn:", .pseudo(.partition), ":logs:", .pseudo(.region), ":", .pseudo(.accountId), ":log-group:/aws/codebuild/", ["Ref": .string(project)],
        ]
        return [
            "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Effect": "Allow",
            "Resource": [.join("", logGroup), .join("", logGroup + [":*"])],
        ]
    }

    func reports(_ project: String) -> JSONValue {
        [
            "Action": ["codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport",
                       "codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages"],
            "Effect": "Allow",
            "Resource": .join("", [
                "arn:", .pseudo(.partition), ":codebuild:", .pseudo(.region), ":", .pseudo(.accountId), ":report-group/", ["Ref": .string(project)], "-*",
            ]),
        ]
    }

    @Test func projectWithoutSourceRendersTheCDKsDefaultsAndItsBuildSpec() throws {
        let app = App {
            Stack("S") {
                Project("NoSrc", buildSpec: .object(["version": "0.2", "phases": ["build": ["commands": ["echo hi"]]]]))
            }
        }
        #expect(try properties("NoSrcABACC7E3", in: app) == [
            "Artifacts": ["Type": "NO_ARTIFACTS"],
            "Cache": ["Type": "NO_CACHE"],
            "EncryptionKey": "alias/aws/s3",
            "Environment": [
                "ComputeType": "BUILD_GENERAL1_SMALL", "Image": "aws/codebuild/standard:7.0",
                "ImagePullCredentialsType": "CODEBUILD", "PrivilegedMode": false, "Type": "LINUX_CONTAINER",
            ],
            "ServiceRole": ["Fn::GetAtt": ["NoSrcRole017E5A8F", "Arn"]],
            "Source": [
                "BuildSpec": "{\n  \"version\": \"0.2\",\n  \"phases\": {\n    \"build\": {\n      \"commands\": [\n        \"echo hi\"\n      ]\n    }\n  }\n}",
                "Type": "NO_SOURCE",
            ],
        ])
        #expect(try properties("NoSrcRole017E5A8F", in: app) == [
            "AssumeRolePolicyDocument": [
                "Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "codebuild.amazonaws.com"]]],
                "Version": "2012-10-17",
            ],
        ])
        #expect(try properties("NoSrcRoleDefaultPolicy5F09DA94", in: app) == [
            "PolicyDocument": ["Statement": [logs("NoSrcABACC7E3"), reports("NoSrcABACC7E3")], "Version": "2012-10-17"],
            "PolicyName": "NoSrcRoleDefaultPolicy5F09DA94",
            "Roles": [["Ref": "NoSrcRole017E5A8F"]],
        ])
    }

    @Test func codeCommitSourceClonesTheRepositoryAndMayPullFromIt() throws {
        let repo = Repository("Repo", name: "r1")
        let app = App { Stack("S") { repo; Project("Proj", source: .codeCommit(repo)) } }
        #expect(try properties("Proj26959B7F", in: app)?["Source"]
            == ["Location": ["Fn::GetAtt": ["Repo02AC86CF", "CloneUrlHttp"]], "Type": "CODECOMMIT"])
        #expect(try properties("ProjRoleDefaultPolicy5430B221", in: app)?["PolicyDocument"]?["Statement"] == [
            ["Action": "codecommit:GitPull", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Repo02AC86CF", "Arn"]]],
            logs("Proj26959B7F"), reports("Proj26959B7F"),
        ])
        #expect(try logicalIDs(in: app) == ["Repo02AC86CF", "ProjRoleA26DD2F4", "ProjRoleDefaultPolicy5430B221", "Proj26959B7F"])
    }

    @Test func optionsRenderAndGrantsGoToTheGivenRole() throws {
        let repo = Repository("Repo", name: "r1")
        let role = Role("GivenRole", assumedBy: .service("codebuild.amazonaws.com"))
        let app = App {
            Stack("T", env: env) {
                repo
                role
                Project(
                    "Full", source: .codeCommit(repo, branchOrRef: "main", cloneDepth: 1), buildSpec: .sourceFile("ci/buildspec.yml"),
                    environment: .init(image: "aws/codebuild/standard:6.0", computeType: "BUILD_GENERAL1_MEDIUM", privileged: true),
                    role: role, projectName: "full-project", description: "desc", timeoutMinutes: 30)
            }
        }
        #expect(try properties("FullC8C81DE8", in: app) == [
            "Artifacts": ["Type": "NO_ARTIFACTS"],
            "Cache": ["Type": "NO_CACHE"],
            "Description": "desc",
            "EncryptionKey": "alias/aws/s3",
            "Environment": [
                "ComputeType": "BUILD_GENERAL1_MEDIUM", "Image": "aws/codebuild/standard:6.0",
                "ImagePullCredentialsType": "CODEBUILD", "PrivilegedMode": true, "Type": "LINUX_CONTAINER",
            ],
            "Name": "full-project",
            "ServiceRole": ["Fn::GetAtt": ["GivenRole5D94EA98", "Arn"]],
            "Source": [
                "BuildSpec": "ci/buildspec.yml", "GitCloneDepth": 1,
                "Location": ["Fn::GetAtt": ["Repo02AC86CF", "CloneUrlHttp"]], "Type": "CODECOMMIT",
            ],
            "SourceVersion": "main",
            "TimeoutInMinutes": 30,
        ])
        let statements = try properties("GivenRoleDefaultPolicyE330C9DB", in: app)?["PolicyDocument"]?["Statement"]
        #expect(statements == [
            ["Action": "codecommit:GitPull", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Repo02AC86CF", "Arn"]]],
            [
                "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Effect": "Allow",
                "Resource": [
                    .join("", ["arn:", .pseudo(.partition), ":logs:eu-west-1:123456789012:log-group:/aws/codebuild/", ["Ref": "FullC8C81DE8"]]),
                    .join("", ["arn:", .pseudo(.partition), ":logs:eu-west-1:123456789012:log-group:/aws/codebuild/", ["Ref": "FullC8C81DE8"], ":*"]),
                ],
            ],
            [
                "Action": ["codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport",
                           "codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages"],
                "Effect": "Allow",
                "Resource": .join("", ["arn:", .pseudo(.partition), ":codebuild:eu-west-1:123456789012:report-group/", ["Ref": "FullC8C81DE8"], "-*"]),
            ],
        ])
        #expect(try logicalIDs(in: app).contains { $0.hasPrefix("FullRole") } == false)
    }

    @Test func importedRepositorySourceClonesFromItsRegion() throws {
        let imported = Repository.imported("ImpRepo", arn: "arn:aws:codecommit:us-west-2:111111111111:arnrepo")
        let app = App { Stack("T", env: env) { Project("OnImp", source: .codeCommit(imported)) } }
        #expect(try properties("OnImp98A6B1B5", in: app)?["Source"] == [
            "Location": .join("", ["https://git-codecommit.us-west-2.", .pseudo(.urlSuffix), "/v1/repos/arnrepo"]), "Type": "CODECOMMIT",
        ])
        let statements = try properties("OnImpRoleDefaultPolicy5D5258C9", in: app)?["PolicyDocument"]?["Statement"]
        #expect(target(0, of: ["Targets": statements ?? .null]) == [
            "Action": "codecommit:GitPull", "Effect": "Allow", "Resource": "arn:aws:codecommit:us-west-2:111111111111:arnrepo",
        ])
    }

    @Test func missingBuildSpecAndInvalidSettingsAreReported() {
        let found = diagnostics(of: App {
            Stack("S") {
                Project("NoSpec")
                Project("FileWithoutSource", buildSpec: .sourceFile("buildspec.yml"))
                Project("BadName", buildSpec: .object([:]), projectName: "-bad")
                Project("Long", buildSpec: .object([:]), description: String(repeating: "d", count: 256), timeoutMinutes: 4)
            }
        })
        #expect(found.map(\.code) == [
            "codebuild.project.noSourceNoBuildSpec", "codebuild.project.buildSpecFileWithoutSource", "codebuild.project.name.invalid",
            "codebuild.project.description.tooLong", "codebuild.project.timeout",
        ])
        #expect(found.first?.path == "S/NoSpec")
    }

    @Test func environmentVariablesRenderInTheOrderGiven() throws {
        let app = App { Stack("E") { Project("P", buildSpec: .object(["version": "0.2"]), environmentVariables: ["STAGE": "prod", "A_FIRST": "1"]) } }
        let project = try #require(UniqueID.logicalID(["P", "Resource"]))
        #expect(try properties(project, in: app)?["Environment"] == [
            "ComputeType": "BUILD_GENERAL1_SMALL",
            "EnvironmentVariables": [
                ["Name": "STAGE", "Type": "PLAINTEXT", "Value": "prod"], ["Name": "A_FIRST", "Type": "PLAINTEXT", "Value": "1"],
            ],
            "Image": "aws/codebuild/standard:7.0", "ImagePullCredentialsType": "CODEBUILD", "PrivilegedMode": false, "Type": "LINUX_CONTAINER",
        ])
        #expect(errorCodes(App { Stack("E") { Project("P", buildSpec: .object([:]), environmentVariables: ["CODEBUILD_X": "1"]) } })
            == ["codebuild.project.environmentVariable.name"])
    }

    @Test func invalidImportedArnIsReported() {
        let found = diagnostics(of: App { Stack("S") { Project.imported("Imp", arn: "arn:aws:codebuild:us-east-1:123456789012:report-group/x") } })
        #expect(found.map(\.code) == ["codebuild.project.arn.invalid"])
    }
}
