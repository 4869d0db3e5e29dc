import CloudFormation
import Testing
@testable import CDK

/// The whole resource `logicalID` (`Type`, `Properties`, `DependsOn`, policies) of the
/// stack `stack`, or of the only stack, of `app`.
func resourceJSON(_ logicalID: String, in app: App, stack: String? = nil) throws -> JSONValue? {
    let assembly = try Synthesizer.synthesize(app)
    let artifact = try #require(stack.map { assembly.stack(named: $0) } ?? assembly.stacks.first)
    return artifact.template.resources.first { $0.logicalID == logicalID }?.json
}

/// The logical IDs of the resources of the first stack of `app`, in template order.
func logicalIDs(in app: App) throws -> [String] {
    try Synthesizer.synthesize(app).stacks[0].template.resources.map(\.logicalID)
}

/// A value the CDK rendered, pasted as its JSON text.
func cdkJSON(_ text: String) throws -> JSONValue {
    try JSONParser.parse(text)
}

/// The `Targets` of rule `ruleLogicalID`.
func targets(of ruleLogicalID: String, in app: App) throws -> JSONValue? {
    try properties(ruleLogicalID, in: app)?["Targets"]
}

/// The environment of the reference apps that use a concrete one.
let referenceEnvironment = Environment.aws(account: "111111111111", region: "us-east-1")

extension JSONValue {
    /// Element `index` of an array.
    subscript(index: Int) -> JSONValue? {
        guard case let .array(items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
