import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 for the same declarations (stack `S`,
// repository `Repo`) and from the codecommit_to_codebuild reference app.
@Suite struct RepositoryTests {
    let repoArn: JSONValue = ["Fn::GetAtt": ["Repo02AC86CF", "Arn"]]

    func pattern(_ rule: (Repository) -> Rule) throws -> (JSONValue?, String) {
        let repo = Repository("Repo", name: "r1")
        let made = rule(repo)
        let app = App { Stack("S") { repo; made } }
        let logicalID = try #require(UniqueID.logicalID(["Repo", made.id, "Resource"]))
        return (try properties(logicalID, in: app)?["EventPattern"], logicalID)
    }

    @Test func repositoryRendersNameAndDescription() throws {
        let app = App { Stack("S") { Repository("Repo", name: "r1", description: "my repo") } }
        #expect(try properties("Repo02AC86CF", in: app) == ["RepositoryDescription": "my repo", "RepositoryName": "r1"])
    }

    @Test func onEventMatchesTheRepositorysEvents() throws {
        let (rendered, logicalID) = try pattern { $0.onEvent("Ev") }
        #expect(logicalID == "RepoEvB21E950F")
        #expect(rendered == ["source": ["aws.codecommit"], "resources": [repoArn]])
    }

    @Test func onStateChangeAddsTheDetailType() throws {
        let (rendered, _) = try pattern { $0.onStateChange("StateChange") }
        #expect(rendered == ["source": ["aws.codecommit"], "resources": [repoArn], "detail-type": ["CodeCommit Repository State Change"]])
    }

    @Test func referenceEventsFilterOnTheEventName() throws {
        let stateChange: JSONValue = ["CodeCommit Repository State Change"]
        let (updated, updatedID) = try pattern { $0.onReferenceUpdated("RefUp") }
        #expect(updatedID == "RepoRefUpB33171FA")
        #expect(updated == ["source": ["aws.codecommit"], "resources": [repoArn], "detail-type": stateChange,
                            "detail": ["event": ["referenceCreated", "referenceUpdated"]]])
        let (deleted, deletedID) = try pattern { $0.onReferenceDeleted("RefDel") }
        #expect(deletedID == "RepoRefDel5CA5AD0D")
        #expect(deleted?["detail"] == ["event": ["referenceDeleted"]])
        let (created, _) = try pattern { $0.onReferenceCreated("RefCreated") }
        #expect(created?["detail"] == ["event": ["referenceCreated"]])
    }

    @Test func pullRequestAndCommentEventsHaveTheirDetailTypes() throws {
        let (pullRequest, pullRequestID) = try pattern { $0.onPullRequestStateChange("PR") }
        #expect(pullRequestID == "RepoPREC137E20")
        #expect(pullRequest == ["source": ["aws.codecommit"], "resources": [repoArn], "detail-type": ["CodeCommit Pull Request State Change"]])
        let (onPullRequest, onPullRequestID) = try pattern { $0.onCommentOnPullRequest("CPR") }
        #expect(onPullRequestID == "RepoCPR7B45EDC9")
        #expect(onPullRequest?["detail-type"] == ["CodeCommit Comment on Pull Request"])
        let (onCommit, onCommitID) = try pattern { $0.onCommentOnCommit("CC") }
        #expect(onCommitID == "RepoCC26278E5F")
        #expect(onCommit?["detail-type"] == ["CodeCommit Comment on Commit"])
    }

    @Test func onCommitFiltersOnBranches() throws {
        let (rendered, logicalID) = try pattern { $0.onCommit("C2", branches: ["a"]) }
        #expect(logicalID == "RepoC211642B58")
        #expect(rendered == ["source": ["aws.codecommit"], "resources": [repoArn], "detail-type": ["CodeCommit Repository State Change"],
                             "detail": ["event": ["referenceCreated", "referenceUpdated"], "referenceName": ["a"]]])
    }

    @Test func onCommitWithNoBranchesIsReported() {
        let repo = Repository("Repo", name: "r1")
        let found = diagnostics(of: App { Stack("S") { repo; repo.onCommit("C", branches: []) } })
        #expect(found.map(\.code) == ["events.pattern.emptyValues"])
        #expect(found.first?.path == "S/Repo/C")
    }

    @Test func userPatternComesFirstAndBuilderPatternsAfter() throws {
        let (rendered, _) = try pattern {
            $0.onEvent("Ev", eventPattern: EventPattern(account: ["123456789012"])) {
                EventPattern(region: ["us-east-1"])
            }
        }
        #expect(rendered == ["account": ["123456789012"], "source": ["aws.codecommit"], "resources": [repoArn], "region": ["us-east-1"]])
    }

    @Test func rulesArePlacedUnderTheRepositoryAfterItsResource() throws {
        let repo = Repository("Repository", name: "myrepository")
        let app = App {
            Stack("CodeCommitToCodeBuild") {
                repo.onCommit("OnCommit", branches: ["master"])
                repo
                repo.onCommit("AnyCommit")
            }
        }
        #expect(try logicalIDs(in: app) == ["Repository22E53BBD", "RepositoryOnCommit439A0504", "RepositoryAnyCommit3E67AE2A"])
    }

    @Test func repositoryDeclaredInAGroupStillAdoptsItsRules() throws {
        let repo = Repository("Repo", name: "r1")
        let app = App {
            Stack("S") {
                repo.onEvent("Ev")
                Construct("Group") { repo }
            }
        }
        #expect(try logicalIDs(in: app) == [
            try #require(UniqueID.logicalID(["Group", "Repo", "Resource"])),
            try #require(UniqueID.logicalID(["Group", "Repo", "Ev", "Resource"])),
        ])
    }

    @Test func ruleNameAndDescriptionAreTheRules() throws {
        let repo = Repository("Repo", name: "r1")
        let app = App { Stack("S") { repo; repo.onCommit("C", name: "on-commit", description: "commits") } }
        let rule = try properties(try #require(UniqueID.logicalID(["Repo", "C", "Resource"])), in: app)
        #expect(rule?["Name"] == "on-commit")
        #expect(rule?["Description"] == "commits")
    }

    @Test func importedByNameMatchesTheStacksArn() throws {
        let imported = Repository.imported("ImpRepo", name: "otherrepo")
        let app = App { Stack("S") { imported.onCommit("OnCommitImp", branches: ["main", "dev"]) } }
        #expect(try properties("ImpRepoOnCommitImp66452767", in: app)?["EventPattern"] == [
            "source": ["aws.codecommit"],
            "resources": [.join("", ["arn:", .pseudo(.partition), ":codecommit:", .pseudo(.region), ":", .pseudo(.accountId), ":otherrepo"])],
            "detail-type": ["CodeCommit Repository State Change"],
            "detail": ["event": ["referenceCreated", "referenceUpdated"], "referenceName": ["main", "dev"]],
        ])
    }

    @Test func importedByArnUsesTheArn() throws {
        let imported = Repository.imported("ImpRepoArn", arn: "arn:aws:codecommit:us-west-2:111111111111:arnrepo")
        let app = App { Stack("S") { imported; imported.onReferenceCreated("RefCreated") } }
        #expect(try properties("ImpRepoArnRefCreatedC9EE42DC", in: app)?["EventPattern"]?["resources"] == ["arn:aws:codecommit:us-west-2:111111111111:arnrepo"])
        #expect(imported.name == "arnrepo")
    }

    @Test func referenceEventFieldsFillTheInput() throws {
        let repo = Repository("Repository", name: "myrepository")
        let topic = Topic("CommitTopic")
        let app = App {
            Stack("CodeCommitToCodeBuild") {
                repo
                topic
                repo.onCommit("OnCommit") {
                    SnsTopic(topic, message: .text("\(ReferenceEvent.repositoryName) \(ReferenceEvent.referenceName) \(ReferenceEvent.commitId)"))
                }
            }
        }
        #expect(target(0, of: try properties("RepositoryOnCommit439A0504", in: app))?["InputTransformer"] == [
            "InputPathsMap": [
                "detail-repositoryName": "$.detail.repositoryName", "detail-referenceName": "$.detail.referenceName",
                "detail-commitId": "$.detail.commitId",
            ],
            "InputTemplate": "\"<detail-repositoryName> <detail-referenceName> <detail-commitId>\"",
        ])
    }

    @Test func ruleOfAnUnplacedRepositoryIsReported() {
        let repo = Repository("Repo", name: "r1")
        let found = diagnostics(of: App { Stack("S") { repo.onCommit("OnCommit") } })
        #expect(found.map(\.code) == ["construct.owner.unplaced"])
        #expect(found.first?.path == "S/OnCommit")
    }

    @Test func ruleDeclaredInAnotherStackThanItsRepositoryIsReported() {
        let repo = Repository("Repo", name: "r1")
        let found = diagnostics(of: App {
            Stack("One") { repo }
            Stack("Two") { repo.onCommit("OnCommit") }
        })
        #expect(found.map(\.code) == ["construct.owner.otherStack"])
        #expect(found.first?.message == "'OnCommit' is declared in stack 'Two' but belongs to 'One/Repo' in stack 'One'")
    }

    @Test func twoRulesWithOneIDAreReported() {
        let repo = Repository("Repo", name: "r1")
        let found = diagnostics(of: App { Stack("S") { repo; repo.onCommit("OnCommit"); repo.onEvent("OnCommit") } })
        #expect(found.map(\.code) == ["construct.id.duplicate"])
    }

    @Test func invalidNamesDescriptionsAndArnsAreReported() {
        let found = diagnostics(of: App {
            Stack("S") {
                Repository("Bad", name: "my repo")
                Repository("Git", name: "mine.git")
                Repository("Long", name: "r", description: String(repeating: "d", count: 1001))
                Repository.imported("Imported", arn: "arn:aws:s3:::bucket")
            }
        })
        #expect(found.map(\.code) == [
            "codecommit.repository.name.invalid", "codecommit.repository.name.invalid",
            "codecommit.repository.description.tooLong", "codecommit.repository.arn.invalid",
        ])
    }
}
