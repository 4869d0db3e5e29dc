/// A CodePipeline pipeline: one of this app's `Pipeline`s, or one imported by name or ARN.
public protocol PipelineReference: Construct {
    /// The pipeline's ARN: `arn:<partition>:codepipeline:<region>:<account>:<name>`.
    var pipelineArn: JSONValue { get }
    /// The pipeline's name.
    var pipelineNameValue: JSONValue { get }
}
