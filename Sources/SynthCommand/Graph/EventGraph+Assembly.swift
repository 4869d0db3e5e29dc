import CloudFormation

extension EventGraph {
    /// The event flow of `assembly`'s stacks (all of them when `stacks` is `nil`).
    init(_ assembly: ReviewAssembly, stacks selected: Set<String>? = nil) {
        var builder = Builder(assembly: assembly)
        for stack in assembly.stacks where selected?.contains(stack.artifactID) ?? true {
            builder.add(stack)
        }
        builder.graph.removeEmptyClusters()
        self = builder.graph
    }

    private struct Builder {
        let assembly: ReviewAssembly
        var graph = EventGraph()

        init(assembly: ReviewAssembly) {
            self.assembly = assembly
        }

        // MARK: Clusters

        mutating func environmentCluster(account: String, region: String) -> String {
            let id = EventGraph.identifier("env", account, region)
            let label = account == "unknown-account" && region == "unknown-region"
                ? "environment-agnostic" : "account \(account) · \(region)"
            graph.addCluster(id, label: label, parent: nil)
            return id
        }

        mutating func stackClusters(_ stack: ReviewAssembly.Stack) -> [String] {
            let environment = environmentCluster(account: stack.account, region: stack.region)
            let id = EventGraph.identifier("stack", stack.artifactID)
            graph.addCluster(id, label: "stack \(stack.displayName)", parent: environment)
            return [environment, id]
        }

        /// The default bus of an environment, outside its stacks.
        mutating func defaultBus(account: String, region: String) -> String {
            let environment = environmentCluster(account: account, region: region)
            let id = EventGraph.identifier("bus", account, region, "default")
            graph.addNode(id, label: "default bus", shape: .bus, clusters: [environment])
            return id
        }

        /// A bus by name (not defined in the assembly's stack), in an environment.
        mutating func namedBus(_ name: String, account: String, region: String) -> String {
            guard name != "default" else { return defaultBus(account: account, region: region) }
            let environment = environmentCluster(account: account, region: region)
            let id = EventGraph.identifier("bus", account, region, name)
            graph.addNode(id, label: "bus \(name)", shape: .bus, clusters: [environment])
            return id
        }

        // MARK: Stacks

        mutating func add(_ stack: ReviewAssembly.Stack) {
            let inStack = stackClusters(stack)
            let resources = stack.resources
            let types = Self.types(stack)
            let node = { (logicalID: String) in EventGraph.identifier(stack.artifactID, logicalID) }

            for (logicalID, json) in resources {
                let properties = json["Properties"] ?? .object([:])
                switch types[logicalID] {
                case "AWS::Events::EventBus":
                    let name = properties["Name"]?.stringValue ?? logicalID
                    graph.addNode(node(logicalID), label: "bus \(name)", shape: .bus, clusters: inStack)
                case "AWS::Events::Archive":
                    let bus = busNode(properties["SourceArn"], stack: stack, types: types)
                    let name = properties["ArchiveName"]?.stringValue ?? logicalID
                    var label = "archive \(name)"
                    if let days = properties["RetentionDays"], days != .integer(0) { label += "\nkeeps \(days.readable) days" }
                    graph.addNode(node(logicalID), label: label, shape: .archive, clusters: inStack)
                    graph.addEdge(bus, node(logicalID), label: properties["EventPattern"].map(Self.patternSummary), dashed: true)
                case "AWS::Events::EventBusPolicy":
                    let bus = properties["EventBusName"].map { busNode(name: $0, stack: stack, types: types) }
                        ?? defaultBus(account: stack.account, region: stack.region)
                    graph.addNode(node(logicalID), label: "policy \(logicalID)\n" + Self.policySummary(properties), shape: .policy, clusters: inStack)
                    graph.addEdge(node(logicalID), bus, label: "allows", dashed: true)
                case "AWS::Events::Rule":
                    addRule(logicalID, properties, stack: stack, types: types, clusters: inStack)
                default:
                    continue
                }
            }
        }

        mutating func addRule(_ logicalID: String, _ properties: JSONValue, stack: ReviewAssembly.Stack, types: [String: String], clusters: [String]) {
            let id = EventGraph.identifier(stack.artifactID, logicalID)
            var label = "rule " + (properties["Name"]?.stringValue ?? logicalID)
            if let schedule = properties["ScheduleExpression"] {
                label += "\n" + schedule.readable
            } else if let pattern = properties["EventPattern"] {
                if isMirror(logicalID, in: stack) { label += "\n(mirror of a forwarded rule)" }
                let summary = Self.ruleSummary(pattern)
                if !summary.isEmpty { label += "\n" + summary }
            }
            if properties["State"]?.stringValue == "DISABLED" { label += "\n(disabled)" }
            graph.addNode(id, label: label, shape: .rule, clusters: clusters)

            if properties["ScheduleExpression"] == nil {
                let bus = properties["EventBusName"].map { busNode(name: $0, stack: stack, types: types) }
                    ?? defaultBus(account: stack.account, region: stack.region)
                graph.addEdge(bus, id)
                if let pattern = properties["EventPattern"], !isMirror(logicalID, in: stack) {
                    let source = sourceNode(pattern, stack: stack, types: types)
                    if let source { graph.addEdge(source, bus) }
                }
            }

            for (index, target) in (properties["Targets"]?.arrayValue ?? []).enumerated() {
                guard let arn = target["Arn"] else { continue }
                if let bus = forwardedBus(arn, from: stack) {
                    graph.addEdge(id, bus.node, label: "forwards")
                    for mirror in mirrors(of: logicalID, in: stack, target: index, environment: bus.environment) {
                        graph.addEdge(bus.node, mirror)
                    }
                    continue
                }
                if let logicalTarget = arn.referencedLogicalID, types[logicalTarget] == "AWS::Events::EventBus" {
                    graph.addEdge(id, EventGraph.identifier(stack.artifactID, logicalTarget), label: "puts events")
                    continue
                }
                let targetID = targetNode(arn, stack: stack, types: types)
                graph.addEdge(id, targetID)
            }
        }

        /// Each resource's type by logical ID.
        static func types(_ stack: ReviewAssembly.Stack) -> [String: String] {
            Dictionary(stack.resources.map { ($0.logicalID, $0.json["Type"]?.stringValue ?? "?") }, uniquingKeysWith: { first, _ in first })
        }

        // MARK: Sources

        /// The event source of a pattern: its `source` values and the resources its
        /// `resources` field names (a typed source's resource).
        mutating func sourceNode(_ pattern: JSONValue, stack: ReviewAssembly.Stack, types: [String: String]) -> String? {
            let pattern = Self.parsedPattern(pattern)
            var sources = (pattern["source"]?.elements ?? []).map(\.readable)
            if sources.isEmpty { sources = ["any source"] }
            var label = sources.joined(separator: ", ")
            let resources = (pattern["resources"]?.elements ?? []).compactMap(\.referencedLogicalID)
            if !resources.isEmpty { label += "\n" + resources.map { "\($0) (\(Self.shortType(types[$0] ?? "?")))" }.joined(separator: ", ") }
            let environment = environmentCluster(account: stack.account, region: stack.region)
            let id = EventGraph.identifier("source", stack.account, stack.region, label)
            graph.addNode(id, label: label, shape: .source, clusters: resources.isEmpty ? [environment] : stackClusters(stack))
            return id
        }

        static func parsedPattern(_ pattern: JSONValue) -> JSONValue {
            if let text = pattern.stringValue, let parsed = try? JSONParser.parse(text) { return parsed }
            return pattern
        }

        /// The pattern's detail types and the other fields it matches on (its source is
        /// the source node's).
        static func ruleSummary(_ pattern: JSONValue) -> String {
            let pattern = parsedPattern(pattern)
            var parts: [String] = []
            if let detailTypes = pattern["detail-type"] {
                parts.append(detailTypes.elements.map(\.readable).joined(separator: ", "))
            }
            if let detail = pattern["detail"]?.objectValue {
                parts.append("detail: " + detail.keys.joined(separator: ", "))
            }
            for key in pattern.objectValue?.keys ?? [] where !["source", "detail-type", "detail", "resources"].contains(key) {
                parts.append(key)
            }
            return parts.joined(separator: "; ")
        }

        /// `source · detail-type`, for archives.
        static func patternSummary(_ pattern: JSONValue) -> String {
            let pattern = parsedPattern(pattern)
            return (pattern.objectValue ?? [:]).map { "\($0.key): \($0.value.elements.map(\.readable).joined(separator: ", "))" }
                .joined(separator: "; ")
        }

        static func policySummary(_ properties: JSONValue) -> String {
            if let statement = properties["Statement"] {
                let principal = statement["Principal"].map(principalSummary) ?? "?"
                return "\(principal) may \(statement["Action"]?.elements.map(\.readable).joined(separator: ", ") ?? "?")"
            }
            let principal = properties["Principal"]?.readable ?? "?"
            return "account \(principal) may \(properties["Action"]?.readable ?? "?")"
        }

        static func principalSummary(_ principal: JSONValue) -> String {
            guard let object = principal.objectValue else { return principal.readable }
            return object.map { "\($0.key) \($0.value.elements.map(\.readable).joined(separator: ", "))" }.joined(separator: "; ")
        }

        /// `AWS::SQS::Queue` → `SQS::Queue`.
        static func shortType(_ type: String) -> String {
            type.hasPrefix("AWS::") ? String(type.dropFirst(5)) : type
        }

        // MARK: Buses

        /// The node of the bus a rule or policy names: a bus of the stack, or one by name.
        mutating func busNode(name: JSONValue, stack: ReviewAssembly.Stack, types: [String: String]) -> String {
            if let id = name.referencedLogicalID, types[id] == "AWS::Events::EventBus" {
                return EventGraph.identifier(stack.artifactID, id)
            }
            if let text = name.stringValue, let parsed = Self.busARN(text) {
                return namedBus(parsed.name, account: parsed.account, region: parsed.region)
            }
            return namedBus(name.readable, account: stack.account, region: stack.region)
        }

        /// The node of the bus an archive's `SourceArn` is.
        mutating func busNode(_ arn: JSONValue?, stack: ReviewAssembly.Stack, types: [String: String]) -> String {
            guard let arn else { return defaultBus(account: stack.account, region: stack.region) }
            return busNode(name: arn.stringValue == nil && arn.referencedLogicalID == nil ? .string(arn.readable) : arn, stack: stack, types: types)
        }

        /// `arn:aws:events:REGION:ACCOUNT:event-bus/NAME`.
        static func busARN(_ text: String) -> (account: String, region: String, name: String)? {
            let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard parts.count == 6, parts[0] == "arn", parts[2] == "events", parts[5].hasPrefix("event-bus/") else { return nil }
            return (String(parts[4]), String(parts[3]), String(parts[5].dropFirst("event-bus/".count)))
        }

        /// A target that is a bus in another environment (or named by ARN): the node of
        /// that bus and its environment.
        mutating func forwardedBus(_ arn: JSONValue, from stack: ReviewAssembly.Stack) -> (node: String, environment: (account: String, region: String))? {
            guard arn.referencedLogicalID == nil, let parsed = Self.busARN(arn.readable) else { return nil }
            return (namedBus(parsed.name, account: parsed.account, region: parsed.region), (parsed.account, parsed.region))
        }

        /// The mirror rules that forwarding target `index` of a rule created in the target
        /// environment: their logical IDs start with the rule's unique ID, then `Target<index>`.
        mutating func mirrors(of logicalID: String, in stack: ReviewAssembly.Stack, target index: Int, environment: (account: String, region: String)) -> [String] {
            let prefix = Self.uniquePrefix(stack: stack, logicalID: logicalID)
            var found: [String] = []
            for other in assembly.stacks where other.account == environment.account && other.region == environment.region {
                for (id, json) in other.resources where json["Type"]?.stringValue == "AWS::Events::Rule" {
                    guard id.hasPrefix(prefix) else { continue }
                    let rest = id.dropFirst(prefix.count)
                    guard rest.count > 8, rest.dropFirst(8).hasPrefix("Target\(index)") else { continue }
                    let mirror = EventGraph.identifier(other.artifactID, id)
                    if !graph.nodes.contains(where: { $0.id == mirror }) {
                        addRule(id, json["Properties"] ?? .object([:]), stack: other, types: Self.types(other), clusters: stackClusters(other))
                    }
                    found.append(mirror)
                }
            }
            return found
        }

        /// Whether a rule is the mirror of a rule forwarded from another stack.
        func isMirror(_ logicalID: String, in stack: ReviewAssembly.Stack) -> Bool {
            assembly.stacks.contains { other in
                other.artifactID != stack.artifactID && other.resources.contains { resource in
                    resource.json["Type"]?.stringValue == "AWS::Events::Rule"
                        && logicalID.hasPrefix(Self.uniquePrefix(stack: other, logicalID: resource.logicalID))
                        && logicalID.dropFirst(Self.uniquePrefix(stack: other, logicalID: resource.logicalID).count).dropFirst(8).hasPrefix("Target")
                }
            }
        }

        /// The human part of a rule's unique ID: the stack's path without slashes, then
        /// the logical ID without its 8-character hash.
        static func uniquePrefix(stack: ReviewAssembly.Stack, logicalID: String) -> String {
            let human = logicalID.count > 8 ? String(logicalID.dropLast(8)) : logicalID
            return stack.displayName.replacing("/", with: "").replacing("-", with: "") + human
        }

        // MARK: Targets

        /// A target by kind and name: a resource of the stack, or an ARN's service and resource.
        mutating func targetNode(_ arn: JSONValue, stack: ReviewAssembly.Stack, types: [String: String]) -> String {
            let label: String
            if let logicalID = arn.referencedLogicalID, let type = types[logicalID] {
                label = "\(Self.shortType(type))\n\(logicalID)"
            } else {
                let text = arn.readable
                let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
                if parts.count == 6, parts[0] == "arn" {
                    label = "\(parts[2])\n\(parts[5])"
                } else {
                    label = text
                }
            }
            let id = EventGraph.identifier(stack.artifactID, "target", label)
            graph.addNode(id, label: label, shape: .target, clusters: stackClusters(stack))
            return id
        }
    }
}
