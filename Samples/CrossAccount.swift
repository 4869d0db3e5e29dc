import CDK

/// The CDK documentation's cross-account example, verbatim: a commit to a CodeCommit
/// repository in one account and region starts a build of a CodeBuild project in
/// another account and region. Same stack and construct IDs (and the documentation's
/// 11-digit account IDs) as the CDK reference app `cross_account.py`.
///
/// The rule in `Stack1` forwards to the default bus of account 22222222222 in
/// us-east-1; a mirror rule in `Stack2` starts the build; the generated stack
/// `EventBusPolicy-11111111111-us-east-1-22222222222` lets account 11111111111 put
/// events on that bus, and `Stack1` deploys after it.
func crossAccount() -> App {
    crossEnvironmentBuild(source: .aws(account: "11111111111", region: "us-west-1"),
                          target: .aws(account: "22222222222", region: "us-east-1"))
}

/// The same, across accounts in one region (`cross_account_same_region.py`).
func crossAccountSameRegion() -> App {
    crossEnvironmentBuild(source: .aws(account: "111111111111", region: "us-east-1"),
                          target: .aws(account: "222222222222", region: "us-east-1"))
}

/// The same, across regions in one account (`cross_region_same_account.py`): no
/// permission stack, since the account is the same.
func crossRegionSameAccount() -> App {
    crossEnvironmentBuild(source: .aws(account: "111111111111", region: "us-west-1"),
                          target: .aws(account: "111111111111", region: "us-east-1"))
}

private func crossEnvironmentBuild(source: Environment, target: Environment) -> App {
    let repo = Repository("Repository", name: "myrepository")
    let buildSpec: JSONValue = ["version": "0.2", "phases": ["build": ["commands": ["echo Hello"]]]]
    let project = Project("Project", buildSpec: .object(buildSpec))
    return App {
        Stack("Stack1", env: source) {
            repo
            repo.onCommit("OnCommit") { CodeBuildProject(project) }
        }
        Stack("Stack2", env: target) {
            project
        }
    }
}
