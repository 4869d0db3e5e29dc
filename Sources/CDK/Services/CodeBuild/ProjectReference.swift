/// A CodeBuild project: one of this app's `Project`s, or one imported by name or ARN.
public protocol ProjectReference: Construct {
    /// The project's ARN.
    var projectArn: JSONValue { get }
    /// The project's name.
    var projectNameValue: JSONValue { get }
}
