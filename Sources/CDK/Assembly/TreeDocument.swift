/// `tree.json`: the construct tree as the CDK writes it, so tools that read a
/// cloud assembly's tree can navigate ours.
enum TreeDocument {
    static func render(_ context: SynthesisContext) -> JSONValue {
        ["version": "tree-0.1", "tree": node(context.tree.root, context)]
    }

    private static func node(_ node: ConstructTree.Node, _ context: SynthesisContext) -> JSONValue {
        var object: JSONObject = [
            "id": .string(node.construct is App ? "App" : node.construct.id),
            "path": .string(node.path),
            "constructInfo": ["fqn": .string("swift-cdk.\(node.construct.kind)"), "version": .string(swiftCDKVersion)],
        ]
        if !node.children.isEmpty {
            object["children"] = .object(JSONObject(node.children.map { ($0.construct.id, Self.node($0, context)) }))
        }
        if let resource = node.construct as? CfnResource, let logicalID = context.logicalID(of: node) {
            object["attributes"] = [
                "aws:cdk:cloudformation:type": .string(resource.type),
                "aws:cdk:cloudformation:logicalId": .string(logicalID),
            ]
        }
        return .object(object)
    }
}
