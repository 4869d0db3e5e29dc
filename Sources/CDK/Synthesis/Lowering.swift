/// The lower and resolve phase: one template model per stack, with logical IDs
/// assigned and every reference resolved for the stack that uses it.
enum Lowering {
    typealias Node = ConstructTree.Node

    /// CloudFormation's quota of resources per stack.
    /// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
    static let maximumResources = 500

    /// Lowers the stacks at once, each apart from the others; their findings are
    /// reported in stack order.
    static func run(_ context: SynthesisContext, options: SynthesisOptions) -> [StackArtifact] {
        // Logical IDs are assigned in tree order first, so one that cannot be computed is
        // reported in the same place on every run, not in whichever order the stacks finish.
        for stack in context.tree.stacks {
            for node in stack.subtree where node.construct is CfnElement { _ = context.logicalID(of: node) }
        }
        let lowered = context.tree.stacks.concurrentMap { node -> (artifact: StackArtifact?, diagnostics: Diagnostics) in
            var diagnostics = Diagnostics()
            let artifact = artifact(of: node, context, options, &diagnostics)
            return (artifact, diagnostics)
        }
        for stack in lowered { context.diagnostics.append(contentsOf: stack.diagnostics.all) }
        return lowered.compactMap { $0.artifact }
    }

    private static func artifact(
        of node: Node, _ context: SynthesisContext, _ options: SynthesisOptions, _ diagnostics: inout Diagnostics
    ) -> StackArtifact? {
        guard let stack = node.construct as? Stack else { return nil }
        return StackArtifact(
            artifactID: context.artifactID(node),
            stackName: stack.stackName,
            displayName: node.path,
            environment: stack.environment,
            terminationProtection: stack.terminationProtection,
            tags: stack.tags,
            dependencies: context.dependencies(of: node).map { context.artifactID($0.stack) },
            template: template(of: node, stack, context, options, &diagnostics),
            stage: stack.stage?.id)
    }

    private static func template(
        of node: Node, _ stack: Stack, _ context: SynthesisContext, _ options: SynthesisOptions, _ diagnostics: inout Diagnostics
    ) -> Template {
        var template = Template(description: stack.stackDescription)
        var seen: [String: String] = [:]
        var resolver = ReferenceResolver(stack: node, context: context)
        for elementNode in node.subtree {
            guard let element = elementNode.construct as? CfnElement, let logicalID = context.logicalID(of: elementNode) else { continue }
            guard checkLogicalID(logicalID, of: elementNode, seen: &seen, &diagnostics) else { continue }
            let resolve = { (value: JSONValue) in resolver.resolved(value) }
            switch element {
            case let resource as CfnResource:
                var metadata = resource.metadata
                if options.pathMetadata { metadata["aws:cdk:path"] = .string(elementNode.path) }
                let properties = resolve(.object(resource.properties))
                // A dependency that a Ref or Fn::GetAtt already enforces is left out: it
                // changes nothing, and cfn-lint flags it (W3005); the CDK writes it.
                var dependsOn = localDependencies(of: elementNode, in: node, context)
                if !dependsOn.isEmpty {
                    let referenced = properties.referencedLogicalIDs
                    dependsOn.removeAll { referenced.contains($0) }
                }
                template.resources.append(Resource(
                    logicalID: logicalID, type: resource.type,
                    properties: properties.objectValue ?? [:],
                    dependsOn: dependsOn,
                    condition: resource.condition.flatMap { resolve($0.logicalIDToken).stringValue },
                    deletionPolicy: resource.deletionPolicy?.rawValue,
                    updateReplacePolicy: resource.updateReplacePolicy?.rawValue,
                    metadata: resolve(.object(metadata)).objectValue ?? [:]))
            case let output as CfnOutput:
                template.outputs.append(Output(
                    logicalID: logicalID, value: resolve(output.value), description: output.outputDescription,
                    exportName: output.exportName.map(resolve),
                    condition: output.condition.flatMap { resolve($0.logicalIDToken).stringValue }))
            case let parameter as CfnParameter:
                var rendered = parameter.parameter
                rendered.logicalID = logicalID
                template.parameters.append(rendered)
            case let condition as CfnCondition:
                template.conditions[logicalID] = resolve(condition.expression)
            case let mapping as CfnMapping:
                template.mappings[logicalID] = resolve(.object(mapping.mapping))
            default:
                break
            }
        }
        if template.resources.isEmpty {
            diagnostics.warning(
                "stack.empty", at: node.path,
                "stack '\(node.path)' has no resources; CloudFormation rejects a template without resources",
                hint: "add a resource to the stack, or remove the stack")
        }
        if template.resources.count > maximumResources {
            diagnostics.error(
                "stack.tooManyResources", at: node.path,
                "stack '\(node.path)' has \(template.resources.count) resources; CloudFormation allows at most \(maximumResources)",
                hint: "split the stack into several stacks")
        }
        return template
    }

    /// Rejects an invalid or already used logical ID.
    private static func checkLogicalID(_ logicalID: String, of node: Node, seen: inout [String: String], _ diagnostics: inout Diagnostics) -> Bool {
        guard !logicalID.isEmpty, logicalID.utf8.count <= 255,
              logicalID.isAlphanumeric() else {
            diagnostics.error(
                "logicalID.invalid", at: node.path,
                "logical ID '\(logicalID)' of '\(node.path)' must be 1 to 255 letters and digits",
                hint: "override the logical ID with letters and digits only")
            return false
        }
        if let other = seen[logicalID] {
            diagnostics.error(
                "logicalID.duplicate", at: node.path,
                "'\(node.path)' and '\(other)' both have the logical ID '\(logicalID)'",
                hint: "rename one of the constructs, or override one logical ID")
            return false
        }
        seen[logicalID] = node.path
        return true
    }

    /// The logical IDs of the resources this one depends on in its own stack, ordered by
    /// path as the CDK orders them: the dependencies of the resource and of every construct
    /// above it, each standing for all the resources below it. Dependencies on other
    /// stacks became stack dependencies in the prepare phase.
    private static func localDependencies(of node: Node, in stack: Node, _ context: SynthesisContext) -> [String] {
        var targets: [Node] = []
        var current: Node? = node
        while let construct = current?.construct, current !== stack {
            for dependency in construct.dependencies {
                guard let target = context.tree.node(of: dependency), target.stack === stack else { continue }
                for resource in target.subtree where resource.construct is CfnResource && resource !== node {
                    if !targets.contains(where: { $0 === resource }) { targets.append(resource) }
                }
            }
            current = current?.parent
        }
        return targets.sorted { Collation.precedes($0.path, $1.path) }.compactMap { context.logicalID(of: $0) }
    }
}

/// Resolves the references of one stack's values: `Ref`/`Fn::GetAtt` or a logical ID
/// in the same stack, `Fn::ImportValue` of the export from another stack, the physical
/// name from another environment; joins reduced as the CDK reduces them.
///
/// A reference resolves the same way wherever the stack uses it (the queue's ARN in
/// every rule that targets it), so each is resolved once and its value shared.
struct ReferenceResolver {
    let stack: ConstructTree.Node
    let context: SynthesisContext
    private var resolvedReferences: [SynthesisContext.ExportKey: JSONValue] = [:]

    init(stack: ConstructTree.Node, context: SynthesisContext) {
        self.stack = stack
        self.context = context
    }

    /// `value` with every token resolved for the stack.
    mutating func resolved(_ value: JSONValue) -> JSONValue {
        value.resolvingTokens { token in
            if let value = token as? StackValue {
                return value.resolved(in: (stack.construct as? Stack)?.environment ?? .agnostic)
            }
            guard let reference = token as? Reference else { return .string(token.description) }
            let key = SynthesisContext.ExportKey(reference)
            if let known = resolvedReferences[key] { return known }
            let value = resolved(reference, key)
            resolvedReferences[key] = value
            return value
        }
    }

    private mutating func resolved(_ reference: Reference, _ key: SynthesisContext.ExportKey) -> JSONValue {
        guard let target = context.tree.node(of: reference.target) else { return .null }
        if target.stack === stack {
            let logicalID = context.logicalID(of: target) ?? ""
            switch reference.attribute {
            case .ref: return .ref(logicalID)
            case let .getAtt(name): return .getAtt(logicalID, name)
            case .logicalID: return .string(logicalID)
            }
        }
        if let value = context.crossEnvironmentValues[key] { return resolved(value) }
        guard let name = context.exportNames[key] else { return .null }
        return .importValue(.string(name))
    }
}
