/// Rules on a repository's events, as the CDK's `repository.onXxx(id, options)` make
/// them: each is a `Rule` placed under the repository (so `OnCommit` under `Repository`
/// gets the logical ID `RepositoryOnCommit…`), wherever a builder declares it. Its
/// pattern is `eventPattern`, then what the method adds; its builder holds targets
/// and more patterns, as a `Rule`'s does.
///
/// ```swift
/// repo.onCommit("OnCommit", branches: ["main"]) {
///     CodeBuildProject(project)
/// }
/// ```
/// https://docs.aws.amazon.com/codecommit/latest/userguide/monitoring-events.html
extension RepositoryReference {
    /// Any event of the repository: source `aws.codecommit`, resources the repository.
    public func onEvent(
        _ id: String, name: String? = nil, description: String? = nil, eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        repositoryRule(id, name: name, description: description, eventPattern: eventPattern, adding: [], content: content)
    }

    /// `CodeCommit Repository State Change` events.
    public func onStateChange(
        _ id: String, name: String? = nil, description: String? = nil, eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        repositoryRule(id, name: name, description: description, eventPattern: eventPattern, adding: [Self.stateChange], content: content)
    }

    /// A branch or tag is created.
    public func onReferenceCreated(
        _ id: String, name: String? = nil, description: String? = nil, eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        repositoryRule(id, name: name, description: description, eventPattern: eventPattern,
                       adding: [Self.stateChange, Self.events(["referenceCreated"])], content: content)
    }

    /// A branch or tag is created or updated: a commit is pushed.
    public func onReferenceUpdated(
        _ id: String, name: String? = nil, description: String? = nil, eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        repositoryRule(id, name: name, description: description, eventPattern: eventPattern,
                       adding: [Self.stateChange, Self.events(["referenceCreated", "referenceUpdated"])], content: content)
    }

    /// A branch or tag is deleted.
    public func onReferenceDeleted(
        _ id: String, name: String? = nil, description: String? = nil, eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        repositoryRule(id, name: name, description: description, eventPattern: eventPattern,
                       adding: [Self.stateChange, Self.events(["referenceDeleted"])], content: content)
    }

    /// A commit is pushed to one of `branches`, or to any branch when `branches` is `nil`
    /// (a reference created or updated).
    public func onCommit(
        _ id: String, branches: [String]? = nil, name: String? = nil, description: String? = nil,
        eventPattern: EventPattern? = nil, @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        var adding = [Self.stateChange, Self.events(["referenceCreated", "referenceUpdated"])]
        if let branches {
            var pattern = EventPattern()
            pattern.detail = ["referenceName": Match(branches.map(Match.exactString))]
            adding.append(pattern)
        }
        return repositoryRule(id, name: name, description: description, eventPattern: eventPattern, adding: adding, content: content)
    }

    /// `CodeCommit Pull Request State Change` events.
    public func onPullRequestStateChange(
        _ id: String, name: String? = nil, description: String? = nil, eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        repositoryRule(id, name: name, description: description, eventPattern: eventPattern,
                       adding: [Self.detailType("CodeCommit Pull Request State Change")], content: content)
    }

    /// A comment is made on a pull request.
    public func onCommentOnPullRequest(
        _ id: String, name: String? = nil, description: String? = nil, eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        repositoryRule(id, name: name, description: description, eventPattern: eventPattern,
                       adding: [Self.detailType("CodeCommit Comment on Pull Request")], content: content)
    }

    /// A comment is made on a commit.
    public func onCommentOnCommit(
        _ id: String, name: String? = nil, description: String? = nil, eventPattern: EventPattern? = nil,
        @RuleBuilder content: () -> [RuleContent] = { [] }
    ) -> Rule {
        repositoryRule(id, name: name, description: description, eventPattern: eventPattern,
                       adding: [Self.detailType("CodeCommit Comment on Commit")], content: content)
    }

    private static var stateChange: EventPattern { detailType("CodeCommit Repository State Change") }

    private static func detailType(_ detailType: String) -> EventPattern {
        var pattern = EventPattern()
        pattern.detailType = .exactString(detailType)
        return pattern
    }

    private static func events(_ names: [String]) -> EventPattern {
        var pattern = EventPattern()
        pattern.detail = ["event": Match(names.map(Match.exactString))]
        return pattern
    }

    /// The CDK's `onEvent`, then the patterns each method adds, then the builder's
    /// content, in that order, so the pattern's fields come out in the CDK's order.
    private func repositoryRule(
        _ id: String, name: String?, description: String?, eventPattern: EventPattern?,
        adding patterns: [EventPattern], content: () -> [RuleContent]
    ) -> Rule {
        let rule = Rule(id, name: name, description: description, eventPattern: eventPattern)
        var repositoryPattern = EventPattern()
        repositoryPattern.source = .exactString("aws.codecommit")
        repositoryPattern.resources = .value(repositoryArn)
        rule.addEventPattern(repositoryPattern)
        for pattern in patterns { rule.addEventPattern(pattern) }
        rule.add(content())
        rule.owner = self
        return rule
    }
}
