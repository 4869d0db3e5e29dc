/// A CodeCommit repository: one of this app's `Repository`s, or one imported by name
/// or ARN. Rules on its events are made by its `on…` methods.
public protocol RepositoryReference: Construct {
    /// The repository's ARN.
    var repositoryArn: JSONValue { get }
    /// The repository's name.
    var repositoryNameValue: JSONValue { get }
    /// The URL to clone the repository over HTTPS.
    var cloneUrlHttp: JSONValue { get }
}
