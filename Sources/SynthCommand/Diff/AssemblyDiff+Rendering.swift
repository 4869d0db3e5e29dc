import CloudFormation

extension AssemblyDiff {
    /// The review text: per stack, `+` added, `-` removed, `~` changed (with `path:
    /// old → new` lines), `!` replaced; then the permission changes, widened or
    /// narrowed; then a summary line. Colour through `style` (none off a terminal).
    func rendered(style: (String, String) -> String = { text, _ in text }) -> String {
        var lines: [String] = []
        for stack in stacks {
            let title = "stack \(stack.displayName) (\(stack.environment))"
            switch stack.change {
            case let .added(resources):
                lines.append(style("+ \(title): new, \(SynthCommand.count(resources, "resource"))", "32"))
            case let .removed(resources):
                lines.append(style("- \(title): removed, with its \(SynthCommand.count(resources, "resource"))", "31"))
            case let .changed(changes, permissions):
                lines.append(style("~ \(title)", "1"))
                for change in changes { lines += render(change, style: style) }
                if !permissions.isEmpty {
                    lines.append("  permissions:")
                    for permission in permissions {
                        let colour = permission.verdict == "narrowed" ? "32" : "1;33"
                        lines.append("    " + style("\(permission.verdict)", colour) + " \(permission.logicalID) (\(permission.type)):")
                        for grant in PolicyGrant.grouped(permission.added) { lines.append("      + " + grant) }
                        for grant in PolicyGrant.grouped(permission.removed) { lines.append("      - " + grant.replacing("  (broad: wildcard)", with: "")) }
                    }
                }
            }
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    private func render(_ change: ResourceChange, style: (String, String) -> String) -> [String] {
        switch change {
        case let .added(logicalID, type):
            return [style("  + \(logicalID) \(type)", "32")]
        case let .removed(logicalID, type):
            return [style("  - \(logicalID) \(type)", "31")]
        case let .renamed(from, to, type):
            return [style("  ! \(from) → \(to) \(type): logical ID changed: replacement (CloudFormation deletes and recreates it)", "1;31")]
        case let .retyped(logicalID, from, to):
            return [style("  ! \(logicalID) \(from) → \(to): type changed: replacement", "1;31")]
        case let .stack(properties):
            return properties.map { "  ~ \($0.path): \(Self.show($0.old)) → \(Self.show($0.new))" }
        case let .modified(logicalID, type, properties):
            let replacing = ReplacementProperties.replacing(type, paths: properties.map(\.path))
            var lines = [replacing.isEmpty
                ? style("  ~ \(logicalID) \(type)", "33")
                : style("  ! \(logicalID) \(type): \(replacing.joined(separator: ", ")) changed: replacement (CloudFormation deletes and recreates it)", "1;31")]
            for property in properties {
                lines.append("      \(property.path): \(Self.show(property.old)) → \(Self.show(property.new))")
            }
            return lines
        }
    }

    /// A value on one line, shortened past 120 characters; `(none)` when absent.
    static func show(_ value: JSONValue?) -> String {
        guard let value else { return "(none)" }
        let text = value.compact
        return text.count > 120 ? String(text.prefix(117)) + "..." : text
    }

    /// `2 stacks differ: 1 resource added, 1 replaced, 2 changed; permissions widened in 1`.
    var summary: String {
        guard !isEmpty else { return "no differences" }
        var added = 0, removed = 0, replaced = 0, modified = 0, widened = 0, narrowed = 0, stacksAdded = 0, stacksRemoved = 0
        for stack in stacks {
            switch stack.change {
            case .added: stacksAdded += 1
            case .removed: stacksRemoved += 1
            case let .changed(changes, permissions):
                for change in changes {
                    switch change {
                    case .added: added += 1
                    case .removed: removed += 1
                    case .renamed, .retyped: replaced += 1
                    case let .modified(_, type, properties):
                        if ReplacementProperties.replacing(type, paths: properties.map(\.path)).isEmpty { modified += 1 } else { replaced += 1 }
                    case .stack: modified += 1
                    }
                }
                for permission in permissions {
                    if !permission.added.isEmpty { widened += 1 }
                    if !permission.removed.isEmpty { narrowed += 1 }
                }
            }
        }
        var parts: [String] = []
        if stacksAdded > 0 { parts.append("\(SynthCommand.count(stacksAdded, "stack")) added") }
        if stacksRemoved > 0 { parts.append("\(SynthCommand.count(stacksRemoved, "stack")) removed") }
        if added > 0 { parts.append("\(SynthCommand.count(added, "resource")) added") }
        if removed > 0 { parts.append("\(SynthCommand.count(removed, "resource")) removed") }
        if replaced > 0 { parts.append("\(replaced) replaced") }
        if modified > 0 { parts.append("\(modified) changed") }
        if widened > 0 { parts.append("permissions widened in \(widened)") }
        if narrowed > 0 { parts.append("narrowed in \(narrowed)") }
        return "\(SynthCommand.count(stacks.count, "stack")) \(stacks.count == 1 ? "differs" : "differ"): " + parts.joined(separator: ", ")
    }
}
