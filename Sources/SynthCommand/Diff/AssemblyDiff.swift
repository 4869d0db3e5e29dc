import CloudFormation

/// The differences between two assemblies at the level people review: stacks added or
/// removed; per stack, resources added, removed, changed (with the changed property
/// paths) or renamed (same type and properties under a new logical ID: CloudFormation
/// replaces them); and the permissions that widened or narrowed.
struct AssemblyDiff {
    struct StackDiff {
        var artifactID: String
        var displayName: String
        var environment: String
        var change: Change
        enum Change {
            case added(resources: Int)
            case removed(resources: Int)
            case changed([ResourceChange], permissions: [PermissionChange])
        }
    }

    enum ResourceChange {
        case added(logicalID: String, type: String)
        case removed(logicalID: String, type: String)
        /// A logical ID changed: CloudFormation deletes the old resource and creates the new one.
        case renamed(from: String, to: String, type: String)
        /// The type changed: a replacement too.
        case retyped(logicalID: String, from: String, to: String)
        case modified(logicalID: String, type: String, [PropertyChange])
        /// Outside the resources: the stack's environment, its parameters, conditions,
        /// mappings and outputs.
        case stack([PropertyChange])
    }

    struct PropertyChange: Equatable {
        /// `Properties.EventPattern.detail-type[0]`.
        var path: String
        var old: JSONValue?
        var new: JSONValue?
    }

    struct PermissionChange {
        var logicalID: String
        var type: String
        var added: [PolicyGrant]
        var removed: [PolicyGrant]

        var verdict: String {
            switch (added.isEmpty, removed.isEmpty) {
            case (false, true): return "widened"
            case (true, false): return "narrowed"
            default: return "changed"
            }
        }
    }

    var stacks: [StackDiff]

    var isEmpty: Bool { stacks.isEmpty }

    init(old: ReviewAssembly, new: ReviewAssembly, only selected: Set<String>? = nil) {
        var result: [StackDiff] = []
        let oldByID = Dictionary(old.stacks.map { ($0.artifactID, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.stacks.map(\.artifactID))
        func included(_ stack: ReviewAssembly.Stack) -> Bool {
            selected.map { $0.contains(stack.artifactID) || $0.contains(stack.displayName) } ?? true
        }
        for stack in new.stacks where included(stack) {
            guard let previous = oldByID[stack.artifactID] else {
                result.append(StackDiff(artifactID: stack.artifactID, displayName: stack.displayName, environment: stack.environment,
                                        change: .added(resources: stack.resources.count)))
                continue
            }
            let (changes, permissions) = Self.compare(previous, stack)
            guard !changes.isEmpty || !permissions.isEmpty else { continue }
            result.append(StackDiff(artifactID: stack.artifactID, displayName: stack.displayName, environment: stack.environment,
                                    change: .changed(changes, permissions: permissions)))
        }
        for stack in old.stacks where !newIDs.contains(stack.artifactID) && included(stack) {
            result.append(StackDiff(artifactID: stack.artifactID, displayName: stack.displayName, environment: stack.environment,
                                    change: .removed(resources: stack.resources.count)))
        }
        stacks = result
    }

    private static func compare(_ old: ReviewAssembly.Stack, _ new: ReviewAssembly.Stack) -> ([ResourceChange], [PermissionChange]) {
        let oldResources = old.resources
        let newResources = new.resources
        let oldByID = Dictionary(oldResources.map { ($0.logicalID, $0.json) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(newResources.map { ($0.logicalID, $0.json) }, uniquingKeysWith: { first, _ in first })
        var removed = oldResources.filter { newByID[$0.logicalID] == nil }
        let renames = Self.renames(removed: removed, added: newResources.filter { oldByID[$0.logicalID] == nil })
        var changes: [ResourceChange] = []
        var permissions: [PermissionChange] = []
        /// Pairs of (old, new) resources to compare for permissions.
        var pairs: [(logicalID: String, old: JSONValue?, new: JSONValue?)] = []

        for (logicalID, json) in newResources {
            let type = json["Type"]?.stringValue ?? "?"
            if let previous = oldByID[logicalID] {
                let previousType = previous["Type"]?.stringValue ?? "?"
                if previousType != type {
                    changes.append(.retyped(logicalID: logicalID, from: previousType, to: type))
                } else {
                    let properties = propertyChanges(previous, json, path: "")
                    if !properties.isEmpty { changes.append(.modified(logicalID: logicalID, type: type, properties)) }
                }
                pairs.append((logicalID, previous, json))
            } else if let from = renames[logicalID], let index = removed.firstIndex(where: { $0.logicalID == from }) {
                changes.append(.renamed(from: removed[index].logicalID, to: logicalID, type: type))
                pairs.append((logicalID, removed[index].json, json))
                removed.remove(at: index)
            } else {
                changes.append(.added(logicalID: logicalID, type: type))
                pairs.append((logicalID, nil, json))
            }
        }
        for (logicalID, json) in removed {
            changes.append(.removed(logicalID: logicalID, type: json["Type"]?.stringValue ?? "?"))
            pairs.append((logicalID, json, nil))
        }
        var stackChanges: [PropertyChange] = []
        if old.environment != new.environment {
            stackChanges.append(PropertyChange(path: "environment", old: .string(old.environment), new: .string(new.environment)))
        }
        for section in ["Parameters", "Conditions", "Mappings", "Outputs"] {
            stackChanges += propertyChanges(old.template[section], new.template[section], path: section)
        }
        if !stackChanges.isEmpty { changes.insert(.stack(stackChanges), at: 0) }
        for pair in pairs {
            let type = (pair.new ?? pair.old)?["Type"]?.stringValue ?? "?"
            let before = pair.old.flatMap { PolicyGrant.grants(of: type, properties: $0["Properties"] ?? .object([:])) } ?? []
            let after = pair.new.flatMap { PolicyGrant.grants(of: type, properties: $0["Properties"] ?? .object([:])) } ?? []
            guard before != after else { continue }
            permissions.append(PermissionChange(
                logicalID: pair.logicalID, type: type,
                added: after.subtracting(before).sorted(), removed: before.subtracting(after).sorted()))
        }
        return (changes, permissions)
    }

    /// Resources whose logical ID changed, new ID → old ID: a removed and an added
    /// resource of the same type whose properties are equal once the renames found so
    /// far are applied to the old one (a renamed rule refers to its renamed role), found
    /// until no more turn up.
    static func renames(removed: [(logicalID: String, json: JSONValue)], added: [(logicalID: String, json: JSONValue)]) -> [String: String] {
        var renames: [String: String] = [:]
        var oldToNew: [String: String] = [:]
        var found = true
        while found {
            found = false
            for (newID, json) in added where renames[newID] == nil {
                let candidate = removed.first { old in
                    oldToNew[old.logicalID] == nil && old.json["Type"] == json["Type"]
                        && renamed(old.json["Properties"], oldToNew.merging([old.logicalID: newID]) { first, _ in first }) == json["Properties"]
                }
                guard let candidate else { continue }
                renames[newID] = candidate.logicalID
                oldToNew[candidate.logicalID] = newID
                found = true
            }
        }
        return renames
    }

    /// `value` with every string that is an old logical ID (in `Ref`, `Fn::GetAtt`, or a
    /// name derived from it, such as a policy's name) replaced by the new one.
    private static func renamed(_ value: JSONValue?, _ oldToNew: [String: String]) -> JSONValue? {
        guard let value else { return nil }
        switch value {
        case let .string(text): return .string(oldToNew[text] ?? text)
        case let .array(items): return .array(items.map { renamed($0, oldToNew) ?? $0 })
        case let .object(object): return .object(object.mapValues { renamed($0, oldToNew) ?? $0 })
        default: return value
        }
    }

    /// The leaves that differ: objects by key; arrays element by element when their
    /// lengths agree (objects with an `Id`, such as targets, by `Id`), else as a whole.
    static func propertyChanges(_ old: JSONValue?, _ new: JSONValue?, path: String) -> [PropertyChange] {
        if old == new { return [] }
        switch (old, new) {
        case let (.object(before)?, .object(after)?):
            var changes: [PropertyChange] = []
            var keys = before.keys
            keys += after.keys.filter { before[$0] == nil }
            for key in keys {
                changes += propertyChanges(before[key], after[key], path: path.isEmpty ? key : path + "." + key)
            }
            return changes
        case let (.array(before)?, .array(after)?):
            let beforeIDs = before.map { $0["Id"]?.stringValue }
            let afterIDs = after.map { $0["Id"]?.stringValue }
            if !beforeIDs.contains(nil), !afterIDs.contains(nil) {
                var changes: [PropertyChange] = []
                for (index, item) in before.enumerated() {
                    let id = beforeIDs[index] ?? ""
                    let match = after.first { $0["Id"]?.stringValue == id }
                    changes += propertyChanges(item, match, path: "\(path)[Id=\(id)]")
                }
                for (index, item) in after.enumerated() where !beforeIDs.contains(afterIDs[index]) {
                    changes += propertyChanges(nil, item, path: "\(path)[Id=\(afterIDs[index] ?? "")]")
                }
                return changes
            }
            guard before.count == after.count else {
                guard (before + after).contains(where: { $0.objectValue != nil }) else {
                    return [PropertyChange(path: path, old: old, new: new)]
                }
                // Statements and other objects: the ones taken out and the ones put in.
                var changes: [PropertyChange] = []
                for (index, item) in before.enumerated() where !after.contains(item) {
                    changes.append(PropertyChange(path: "\(path)[\(index)]", old: item, new: nil))
                }
                for (index, item) in after.enumerated() where !before.contains(item) {
                    changes.append(PropertyChange(path: "\(path)[\(index)]", old: nil, new: item))
                }
                return changes
            }
            return zip(before, after).enumerated().flatMap { index, pair in
                propertyChanges(pair.0, pair.1, path: "\(path)[\(index)]")
            }
        default:
            return [PropertyChange(path: path, old: old, new: new)]
        }
    }
}
