import CDK

/// A commit to a CodeCommit repository's master branch starts a CodeBuild build and
/// publishes two SNS notifications, as in the aws-events-targets README's CodeBuild
/// example; another rule on any commit, without targets; and the repository's state
/// changes to the topic with the event's detail. The rules are the repository's own
/// (`repo.onCommit`), placed under it. Same stack and construct IDs as the CDK
/// reference app `codecommit_to_codebuild.py`.
func codeCommitToCodeBuild() -> App {
    let repo = Repository("Repository", name: "myrepository")
    let project = Project("MyProject", source: .codeCommit(repo))
    let topic = Topic("CommitTopic")
    let pushed: InputText = """
        A commit was pushed to the repository \(ReferenceEvent.repositoryName) \
        on branch \(ReferenceEvent.referenceName)
        """
    return App {
        Stack("CodeCommitToCodeBuild") {
            repo
            project
            topic
            repo.onCommit("OnCommit", branches: ["master"]) {
                CodeBuildProject(project)
                SnsTopic(topic, message: .text(pushed))
                SnsTopic(topic, message: .object(["DataType": .text("custom_\(EventField.detailType)")]))
            }
            repo.onCommit("AnyCommit")
            repo.onStateChange("StateChange") {
                SnsTopic(topic, message: .eventPath("$.detail"))
            }
        }
    }
}
