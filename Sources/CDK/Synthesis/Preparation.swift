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
            for node in stack.subtree { context.prepare(node) }
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
            guard let producerEnv = (producerStack.construct as? Stack)?.environment,
                  let consumerEnv = (consumerStack.construct as? Stack)?.environment else { return }
            guard producerEnv == consumerEnv else {
                name(reference, of: target, in: producerStack, for: consumer, in: consumerStack, context)
                return
            }
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

    /// Resolves a reference from another account or region by the resource's physical
    /// name, generating the name if the resource has none (`CrossEnvironmentNamed`).
    private static func name(
        _ reference: Reference, of target: Node, in producer: Node, for consumer: Node, in consumerStack: Node,
        _ context: SynthesisContext
    ) {
        let key = SynthesisContext.ExportKey(reference)
        guard context.crossEnvironmentValues[key] == nil else { return }
        let producerEnv = (producer.construct as? Stack)?.environment ?? .agnostic
        let consumerEnv = (consumerStack.construct as? Stack)?.environment ?? .agnostic
        let between = "'\(consumer.path)' in stack '\(consumerStack.path)' (\(consumerEnv)) refers to '\(target.path)' in stack '\(producer.path)' (\(producerEnv))"
        guard let owner = target.parent?.construct as? CrossEnvironmentNamed, owner.resource === target.construct else {
            context.diagnostics.error(
                "reference.crossEnvironment", at: consumer.path,
                "\(between); references between stacks work only within one account and region, or to resources known by name",
                hint: "deploy both stacks to the same account and region, or refer to the resource by its ARN")
            return
        }
        guard let account = producerEnv.account, let region = producerEnv.region else {
            context.diagnostics.error(
                "reference.crossEnvironment.unresolved", at: consumer.path,
                "\(between); naming '\(target.path)' for another environment needs the account and region of stack '\(producer.path)'",
                hint: "give stack '\(producer.path)' a concrete environment: env: .aws(account: \"123456789012\", region: \"us-east-1\")")
            return
        }
        let property = owner.physicalNameProperty
        let name: String
        switch owner.resource.properties[property] {
        case let .string(given)?:
            name = given
        case nil:
            let ownerPath = target.parent?.path.split(separator: "/").map(String.init) ?? []
            name = UniqueID.physicalName(
                stackName: context.stackName(producer), nodeUniqueID: UniqueID.logicalID(ownerPath) ?? "",
                region: region, account: account)
            owner.resource.properties[property] = .string(name)
        case _?:
            context.diagnostics.error(
                "reference.crossEnvironment.name", at: consumer.path,
                "\(between); its '\(property)' is computed at deployment, so other environments cannot know it",
                hint: "give '\(target.parent?.path ?? target.path)' a literal name")
            return
        }
        guard let value = owner.crossEnvironmentValue(of: reference.attribute, name: name, account: account, region: region) else {
            context.diagnostics.error(
                "reference.crossEnvironment.attribute", at: consumer.path,
                "\(between); its '\(reference.description)' is generated at deployment, so other environments cannot know it",
                hint: "refer to the resource's ARN or name instead")
            return
        }
        context.crossEnvironmentValues[key] = value
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
        var found: [Reference] = []
        for value in renderedValues {
            value.forEachToken { token in
                if let reference = token as? Reference { found.append(reference) }
            }
        }
        return found
    }
}
