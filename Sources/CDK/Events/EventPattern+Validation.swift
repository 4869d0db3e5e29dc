import CloudFormation

extension EventPattern {
    /// The longest pattern EventBridge accepts by default, in characters.
    /// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html
    public static let defaultMaximumLength = 2048
    /// The longest pattern EventBridge accepts once the account's quota is raised.
    public static let maximumLength = 4096
    /// The most `$or` combinations one pattern may expand to.
    /// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-complex-example-or
    public static let maximumCombinations = 1000

    /// Everything in this pattern that EventBridge would reject at deployment, and the
    /// merge conflicts, reported for the construct at `path`.
    ///
    /// The rendered JSON goes through the same validator as a raw JSON pattern
    /// (``EventPatternMatcher/init(json:)``); what only the typed form knows is checked
    /// here too: merge conflicts, `allOf` over matchers that are not numeric, and a key
    /// written twice in one literal. Each message names the place in the pattern
    /// (`detail.status`). Values resolved at synthesis (tokens and intrinsic functions)
    /// are not checked. An empty pattern is an error (`events.pattern.empty`): a rule
    /// that runs on a schedule alone has no pattern to check.
    public func diagnostics(at path: String) -> [Diagnostic] {
        diagnostics(at: path, rendered: json)
    }

    /// ``diagnostics(at:)`` of the pattern as already rendered (`json`), which a rule
    /// has from its prepare phase.
    func diagnostics(at path: String, rendered json: JSONValue) -> [Diagnostic] {
        var validator = PatternValidator(constructPath: path)
        for conflict in mergeConflicts {
            let writer = JSONWriter(indent: 0)
            validator.report(
                "events.pattern.mergeConflict",
                "invalid event pattern field '\(conflict.path)': type mismatch between existing pattern "
                    + "\(writer.render(conflict.existing)) and added pattern \(writer.render(conflict.added))",
                hint: "a field must be a list of values in every pattern merged into the rule, or a nested object in every one")
        }
        validator.validatePattern(RawJSON(json))
        Self.checkTypedOnly(fields, at: [], into: &validator)
        return validator.found
    }

    /// What the rendered JSON no longer shows: keys written twice in one literal (the
    /// JSON keeps the last), and `allOf` over matchers that do not merge.
    private static func checkTypedOnly(_ fields: Fields, at steps: [String], into validator: inout PatternValidator) {
        for key in fields.duplicateKeys {
            validator.report(
                "events.pattern.duplicateKey",
                "field '\(PatternPath.display(steps + [key]))' is written more than once; only the last value is used",
                hint: "write each field once, with all its values in one list",
                severity: .warning)
        }
        for (key, match) in fields {
            switch match.storage {
            case let .fields(nested):
                checkTypedOnly(nested, at: steps + [key], into: &validator)
            case let .list(elements):
                for (index, element) in elements.enumerated() {
                    switch element {
                    case let .fields(alternative):
                        checkTypedOnly(alternative, at: steps + [key, "[\(index)]"], into: &validator)
                    case .unmergeable:
                        validator.report(
                            "events.pattern.allOfNotNumeric",
                            "'allOf' in '\(PatternPath.display(steps + [key]))' combines matchers that are not numeric; "
                                + "only numeric matchers can be merged into a single matcher",
                            hint: "list alternatives side by side instead (any of them may match), or combine numeric matchers only")
                    case .value, .matcher:
                        continue
                    }
                }
            }
        }
    }
}
