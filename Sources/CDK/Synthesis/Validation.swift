/// The validate phase: what CloudFormation or the deployment tools would reject,
/// caught before anything is written.
enum Validation {
    typealias Node = ConstructTree.Node

    static func run(_ context: SynthesisContext) {
        validateStacks(context)
        // Each construct validates itself apart from the others: the stacks are checked
        // at once, their findings reported in stack order.
        let found = context.tree.stacks.concurrentMap { stack in
            stack.subtree.flatMap { node in node.construct.validate(context.scope(of: node)) }
        }
        for diagnostics in found { context.diagnostics.append(contentsOf: diagnostics) }
        reportCycles(context)
    }

    private static func place(of stage: Stage?) -> String {
        stage.map { "in stage '\($0.id)'" } ?? "in no stage"
    }

    private static func validateStacks(_ context: SynthesisContext) {
        var namesByEnvironment: [String: String] = [:]
        var artifactIDs: [String: String] = [:]
        for node in context.tree.stacks {
            guard let stack = node.construct as? Stack else { continue }
            let name = stack.stackName
            let source = stack.explicitStackName == nil ? "the stack ID" : "its stackName"
            if name.count > 128 {
                context.diagnostics.error(
                    "stack.name.tooLong", at: node.path,
                    "stack name '\(name)' has \(name.count) characters; CloudFormation allows at most 128",
                    hint: "shorten \(source)")
            } else if !isValidStackName(name) {
                context.diagnostics.error(
                    "stack.name.invalid", at: node.path,
                    "stack name '\(name)' must start with a letter and hold only letters, digits and '-'",
                    hint: stack.explicitStackName == nil
                        ? "give the stack a valid stackName, or change its ID"
                        : "change the stackName to match ^[A-Za-z][A-Za-z0-9-]*$")
            }
            let key = "\(stack.environment)|\(name)"
            if let other = namesByEnvironment[key] {
                context.diagnostics.error(
                    "stack.name.duplicate", at: node.path,
                    "stacks '\(other)' and '\(node.path)' are both named '\(name)' in \(stack.environment)",
                    hint: "give one of them another stackName")
            } else {
                namesByEnvironment[key] = node.path
            }
            let artifactID = context.artifactID(node)
            if let other = artifactIDs[artifactID] {
                context.diagnostics.error(
                    "stack.artifactID.duplicate", at: node.path,
                    "stacks '\(other)' and '\(node.path)' would both be written as '\(artifactID).template.json'",
                    hint: "rename one of the stacks")
            } else {
                artifactIDs[artifactID] = node.path
            }
            for (dependency, reason) in context.dependencies(of: node) {
                let other = (dependency.construct as? Stack)?.stage
                guard other !== stack.stage else { continue }
                context.diagnostics.error(
                    "stack.dependency.crossesStage", at: node.path,
                    "stack '\(node.path)', \(Self.place(of: stack.stage)), depends on stack '\(dependency.path)', \(Self.place(of: other)) (\(reason)); a dependency cannot cross a stage boundary",
                    hint: "put both stacks in the same stage (or both outside any), or remove what links them")
            }
            if let description = stack.stackDescription, description.utf8.count > 1024 {
                context.diagnostics.error(
                    "stack.description.tooLong", at: node.path,
                    "stack description has \(description.utf8.count) bytes; CloudFormation allows at most 1024",
                    hint: "shorten the description")
            }
        }
    }

    /// `^[A-Za-z][A-Za-z0-9-]*$`
    static func isValidStackName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter else { return false }
        return name.isAlphanumeric(allowing: "-")
    }

    /// Reports every dependency cycle once, naming its stacks in order.
    private static func reportCycles(_ context: SynthesisContext) {
        enum Mark { case visiting, done }
        var marks: [ObjectIdentifier: Mark] = [:]
        var path: [(stack: Node, reason: String)] = []

        func visit(_ stack: Node, reason: String) {
            switch marks[ObjectIdentifier(stack)] {
            case .done?: return
            case .visiting?:
                guard let start = path.firstIndex(where: { $0.stack === stack }) else { return }
                let cycle = Array(path[start...])
                let names = (cycle.map(\.stack.path) + [stack.path]).map { "'\($0)'" }.joined(separator: " -> ")
                let reasons = (cycle.dropFirst().map(\.reason) + [reason]).joined(separator: "; ")
                context.diagnostics.error(
                    "stack.dependency.cycle", at: cycle[0].stack.path,
                    "stacks \(names) depend on each other (\(reasons))",
                    hint: "remove one of these dependencies, or move the resources that cause it into one stack")
                return
            case nil:
                marks[ObjectIdentifier(stack)] = .visiting
                path.append((stack, reason))
                for dependency in context.dependencies(of: stack) {
                    visit(dependency.stack, reason: dependency.reason)
                }
                path.removeLast()
                marks[ObjectIdentifier(stack)] = .done
            }
        }
        for stack in context.tree.stacks { visit(stack, reason: "") }
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    /// Whether every character is an ASCII letter, an ASCII digit, or one of `others`:
    /// the character classes of AWS names (`[.\-_A-Za-z0-9]+` and the like).
    func isAlphanumeric(allowing others: String = "") -> Bool {
        unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || others.unicodeScalars.contains($0) }
    }
}
