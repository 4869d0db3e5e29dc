/// An artifact that one action of a pipeline outputs and later actions take as input.
/// Unnamed, it is named `Artifact_<stage>_<action>` after the action that outputs it,
/// as the CDK names it.
public final class Artifact {
    public let name: String?

    public init(_ name: String? = nil) {
        self.name = name
    }
}
