/// The prepare phase: everything synthesis adds to the tree before it validates.
///
/// First each construct prepares its L1 elements, and may contribute to others (a rule's
/// targets add permissions); the resource policies contributed to are placed. Then the
/// references between stacks are wired: a reference to an
/// element of another stack of the same environment becomes an output exported by
/// the producer (under its `Exports` construct, named as the CDK names it) and a
/// stack dependency of the consumer on the producer.
enum Preparation {
    typealias Node = ConstructTree.Node

    static func run(_ context: SynthesisContext) {
        for stack in context.tree.stacks {
            for node in stack.subtree { node.construct.prepare(context.scope(of: node)) }
        }
        context.placePolicies()
        for stack in context.tree.stacks {
            for node in stack.subtree {
                for dependency in node.construct.dependencies {
                    wireDependency(on: dependency, from: node, in: stack, context)
                }
                guard let element = node.construct as? CfnElement else { continue }
                for reference in element.references {
                    wire(reference, from: node, in: stack, context)
                }
            }
        }
    }

    private static func wire(_ reference: Reference, from consumer: Node, in consumerStack: Node, _ context: SynthesisContext) {
        guard let (target, producerStack) = locate(reference.target, from: consumer, context) else { return }
        guard producerStack !== consumerStack else { return }
        guard case .logicalID = reference.attribute else {
            guard sameEnvironment(producerStack, consumerStack, reference: reference, from: consumer, target: target, context) else { return }
            export(reference, of: target, from: producerStack, context)
            context.addDependency(from: consumerStack, to: producerStack, reason: "'\(consumer.path)' refers to '\(target.path)'")
            return
        }
        context.diagnostics.error(
            "reference.crossStackElement", at: consumer.path,
            "'\(consumer.path)' uses '\(target.path)' of stack '\(producerStack.path)'; conditions and mappings are local to their stack",
            hint: "declare the condition or mapping in stack '\(consumerStack.path)'")
    }

    private static func wireDependency(on construct: Construct, from consumer: Node, in consumerStack: Node, _ context: SynthesisContext) {
        guard let target = context.tree.node(of: construct) else {
            if construct is Stack {
                context.diagnostics.error(
                    "stack.dependency.unplaced", at: consumer.path,
                    "stack '\(consumer.path)' depends on stack '\(construct.id)', which is not in the app",
                    hint: "add stack '\(construct.id)' to the App, or remove the dependency")
                return
            }
            context.diagnostics.error(
                "construct.dependency.unplaced", at: consumer.path,
                "'\(consumer.path)' depends on '\(construct.id)', which is not placed in any stack",
                hint: "place '\(construct.id)' inside a Stack of the app, or remove the dependency")
            return
        }
        guard let producerStack = target.construct is Stack ? target : target.stack, producerStack !== consumerStack else { return }
        context.addDependency(from: consumerStack, to: producerStack, reason: "'\(consumer.path)' depends on '\(target.path)'")
    }

    /// The node of a referenced element and its stack, or a diagnostic when it is in no stack.
    private static func locate(_ element: Construct, from consumer: Node, _ context: SynthesisContext) -> (Node, Node)? {
        if let target = context.tree.node(of: element), let stack = target.stack {
            return (target, stack)
        }
        context.diagnostics.error(
            "reference.unplaced", at: consumer.path,
            "'\(consumer.path)' refers to '\(element.id)', which is not placed in any stack",
            hint: "place '\(element.id)' inside a Stack of the app")
        return nil
    }

    private static func sameEnvironment(
        _ producer: Node, _ consumer: Node, reference: Reference, from node: Node, target: Node, _ context: SynthesisContext
    ) -> Bool {
        guard let producerEnv = (producer.construct as? Stack)?.environment,
              let consumerEnv = (consumer.construct as? Stack)?.environment else { return false }
        if producerEnv == consumerEnv { return true }
        context.diagnostics.error(
            "reference.crossEnvironment", at: node.path,
            "'\(node.path)' in stack '\(consumer.path)' (\(consumerEnv)) refers to '\(target.path)' in stack '\(producer.path)' (\(producerEnv)); references between stacks work only within one account and region",
            hint: "deploy both stacks to the same account and region, or refer to the resource by an explicit physical name")
        return false
    }

    /// Exports the referenced value from the producer stack, once per value.
    private static func export(_ reference: Reference, of target: Node, from producer: Node, _ context: SynthesisContext) {
        let key = SynthesisContext.ExportKey(reference)
        guard context.exportNames[key] == nil, let logicalID = context.logicalID(of: target) else { return }
        let resolved: JSONValue
        switch reference.attribute {
        case .ref: resolved = .ref(logicalID)
        case let .getAtt(name): resolved = .getAtt(logicalID, name)
        case .logicalID: return
        }
        let outputID = "Output" + JSONWriter(indent: 0).render(resolved)
        let exports = producer.child(named: "Exports") ?? context.tree.addGenerated(Construct("Exports"), under: producer)
        let name = exportName(stackName: context.stackName(producer), localPart: UniqueID.logicalID(["Exports", outputID]) ?? outputID)
        context.tree.addGenerated(CfnOutput(outputID, value: .token(reference), exportName: .string(name)), under: exports)
        context.exportNames[key] = name
    }

    /// `<stack name>:<local part>`, keeping the end of the local part when the whole
    /// would pass CloudFormation's 255-character limit (the CDK's rule).
    static func exportName(stackName: String, localPart: String) -> String {
        let prefix = stackName + ":"
        let room = max(0, 255 - prefix.count)
        return prefix + String(localPart.suffix(room))
    }
}

extension SynthesisContext.ExportKey {
    init(_ reference: Reference) {
        let attribute: String
        switch reference.attribute {
        case .ref: attribute = "Ref"
        case let .getAtt(name): attribute = "GetAtt." + name
        case .logicalID: attribute = "LogicalId"
        }
        self.init(target: ObjectIdentifier(reference.target), attribute: attribute)
    }
}

extension CfnElement {
    /// The values this element renders that may hold references.
    var renderedValues: [JSONValue] {
        switch self {
        case let resource as CfnResource:
            return [.object(resource.properties), .object(resource.metadata), resource.condition?.logicalIDToken ?? .null]
        case let output as CfnOutput:
            return [output.value, output.exportName ?? .null, output.condition?.logicalIDToken ?? .null]
        case let condition as CfnCondition:
            return [condition.expression]
        case let mapping as CfnMapping:
            return [.object(mapping.mapping)]
        case let parameter as CfnParameter:
            return [parameter.parameter.defaultValue ?? .null]
        default:
            return []
        }
    }

    /// Every reference in the values this element renders.
    var references: [Reference] {
        renderedValues.flatMap(\.tokens).compactMap { $0 as? Reference }
    }
}
