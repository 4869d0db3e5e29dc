/// How templates are written.
public enum TemplateFormat: String, CaseIterable {
    case json, yaml
}

/// What synthesis adds beyond the templates themselves.
public struct SynthesisOptions {
    /// Adds `Metadata: {"aws:cdk:path": …}` to every resource, as `cdk synth` does.
    public var pathMetadata: Bool

    public init(pathMetadata: Bool = false) {
        self.pathMetadata = pathMetadata
    }
}

/// Turns an app's declarations into a cloud assembly, through the phases of the
/// pipeline: place the constructs in a tree, prepare (generated constructs:
/// cross-stack exports, dependencies), validate, lower and resolve into one
/// template per stack.
///
/// Every problem found is collected; if any is an error, synthesis throws them all
/// together and nothing is produced.
public enum Synthesizer {
    public static func synthesize(_ app: App, options: SynthesisOptions = SynthesisOptions()) throws -> CloudAssembly {
        let context = SynthesisContext(app)
        Preparation.run(context)
        Validation.run(context)
        let stacks = Lowering.run(context, options: options)
        guard !context.diagnostics.hasErrors else {
            throw SynthesisError(diagnostics: context.diagnostics.all)
        }
        return CloudAssembly(stacks: stacks, tree: TreeDocument.make(context), warnings: context.diagnostics.warnings)
    }
}

/// The state the phases of one synthesis share.
final class SynthesisContext {
    typealias Node = ConstructTree.Node

    var diagnostics = Diagnostics()
    let tree: ConstructTree
    /// Stack dependencies by stack node path: the declared ones, then the ones references imply.
    private(set) var dependencies: [String: [(stack: Node, reason: String)]] = [:]
    /// Export names of references used from other stacks.
    var exportNames: [ExportKey: String] = [:]
    /// References from other environments, resolved by the resource's physical name.
    var crossEnvironmentValues: [ExportKey: JSONValue] = [:]
    private var logicalIDs: [ObjectIdentifier: String] = [:]
    private let cacheLock = Lock()

    struct ExportKey: Hashable {
        let target: ObjectIdentifier
        let attribute: String
    }

    init(_ app: App) {
        tree = ConstructTree(app, diagnostics: &diagnostics)
    }

    func addDependency(from consumer: Node, to producer: Node, reason: String) {
        guard consumer !== producer else { return }
        var list = dependencies[consumer.path, default: []]
        guard !list.contains(where: { $0.stack === producer }) else { return }
        list.append((producer, reason))
        dependencies[consumer.path] = list
    }

    func dependencies(of stack: Node) -> [(stack: Node, reason: String)] {
        dependencies[stack.path, default: []]
    }

    /// The logical ID of an element, computed from its path as the CDK does, or its override.
    /// `nil` (with a diagnostic, once) when the path gives none.
    ///
    /// Safe to call from the stacks' concurrent phases: the cache is behind a lock.
    func logicalID(of node: Node) -> String? {
        cacheLock.withLock { cachedLogicalID(of: node) }
    }

    private func cachedLogicalID(of node: Node) -> String? {
        let key = ObjectIdentifier(node)
        if let known = logicalIDs[key] { return known }
        let override = (node.construct as? CfnElement)?.logicalIDOverride
        guard let id = override ?? UniqueID.logicalID(node.stackRelativeIDs) else {
            diagnostics.error(
                "logicalID.empty", at: node.path,
                "cannot compute a logical ID for '\(node.path)': every ID below the stack is 'Default'",
                hint: "rename one of the constructs, or override the logical ID")
            logicalIDs[key] = ""
            return nil
        }
        logicalIDs[key] = id
        return id
    }

    /// The unique ID (`Names.uniqueId`) of a placed construct, computed once: the
    /// targets of every rule ask for their resource's. Behind the same lock as logical IDs.
    func uniqueID(of node: Node) -> String? {
        cacheLock.withLock { cachedUniqueID(of: node) }
    }

    private func cachedUniqueID(of node: Node) -> String? {
        let key = ObjectIdentifier(node)
        if let known = uniqueIDs[key] { return known }
        let id = UniqueID.logicalID(node.path.split(separator: "/").map(String.init))
        uniqueIDs[key] = id
        return id
    }

    private var uniqueIDs: [ObjectIdentifier: String?] = [:]

    /// Resource policies that prepared constructs contributed to, by owner, in the order
    /// they were first contributed to.
    private var policies: [(owner: PolicyHolder, document: PolicyDocument)] = []
    /// Where each owner's policy is in `policies`, so adding a statement does not scan them all.
    private var policyPositions: [ObjectIdentifier: Int] = [:]

    func addStatement(_ statement: PolicyStatement, to owner: PolicyHolder) {
        if let index = policyPositions[ObjectIdentifier(owner)] {
            policies[index].document.addStatements(statement)
        } else {
            policyPositions[ObjectIdentifier(owner)] = policies.count
            policies.append((owner, PolicyDocument([statement])))
        }
    }

    /// Places each resource policy under its owner, now that every statement is known.
    func placePolicies() {
        for (owner, document) in policies {
            guard let node = tree.node(of: owner) else { continue }
            prepareGenerated(tree.addGenerated(owner.policy(document, scope: scope(of: node)), under: node))
        }
        policies = []
        policyPositions = [:]
    }

    /// Prepares a construct that synthesis placed, and those inside it.
    func prepareGenerated(_ node: Node) {
        for generated in node.subtree { prepare(generated) }
    }

    /// Runs a construct's `prepare`, once per synthesis.
    func prepare(_ node: Node) {
        guard !node.isPrepared else { return }
        node.isPrepared = true
        node.construct.prepare(scope(of: node))
    }

    /// What a construct's hooks see of its place in the tree.
    func scope(of node: Node) -> ConstructScope {
        let stack = node.construct is Stack ? node : node.stack
        return ConstructScope(
            path: node.path,
            environment: (stack?.construct as? Stack)?.environment ?? .agnostic,
            parent: node.parent?.construct,
            context: self,
            node: node)
    }

    /// The stack name of a stack node.
    func stackName(_ stack: Node) -> String {
        (stack.construct as? Stack)?.stackName ?? stack.construct.id
    }

    /// The artifact ID of a stack node: its file name in the assembly.
    func artifactID(_ stack: Node) -> String {
        UniqueID.artifactID(stack.path.split(separator: "/").map(String.init))
    }
}
