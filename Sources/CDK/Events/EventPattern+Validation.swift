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
    /// Each message names the place in the pattern (`detail.status`). Values resolved at
    /// synthesis (tokens and intrinsic functions) are not checked. An empty pattern is an
    /// error (`events.pattern.empty`): a rule that runs on a schedule alone has no pattern
    /// to check.
    public func diagnostics(at path: String) -> [Diagnostic] {
        var validator = PatternValidator(constructPath: path)
        if isEmpty {
            validator.report(
                "events.pattern.empty", "event pattern has no fields",
                hint: "match at least one field, such as 'source' or 'detail-type'")
        }
        for conflict in mergeConflicts {
            let writer = JSONWriter(indent: 0)
            validator.report(
                "events.pattern.mergeConflict",
                "invalid event pattern field '\(conflict.path)': type mismatch between existing pattern "
                    + "\(writer.render(conflict.existing)) and added pattern \(writer.render(conflict.added))",
                hint: "a field must be a list of values in every pattern merged into the rule, or a nested object in every one")
        }
        validator.validate(fields, at: [], insideOr: false)

        let combinations = PatternValidator.combinations(of: fields)
        if combinations > Self.maximumCombinations {
            validator.report(
                "events.pattern.tooManyCombinations",
                "event pattern expands to \(combinations) '$or' combinations; EventBridge allows at most \(Self.maximumCombinations)",
                hint: "use fewer '$or' alternatives, or split the pattern over several rules")
        }

        let length = PatternValidator.minimumLength(of: json)
        if length > Self.maximumLength {
            validator.report(
                "events.pattern.tooLong",
                "event pattern is \(length) characters long; EventBridge allows at most \(Self.maximumLength)",
                hint: "split the rule, or shorten long value lists with 'prefix' or 'wildcard' matchers")
        } else if length > Self.defaultMaximumLength {
            validator.report(
                "events.pattern.longerThanDefaultQuota",
                "event pattern is \(length) characters long; EventBridge allows \(Self.defaultMaximumLength) "
                    + "unless the account's quota is raised",
                hint: "request a higher 'event pattern size' quota (at most \(Self.maximumLength)), or split the rule",
                severity: .warning)
        }
        return validator.found
    }
}

/// Walks a pattern and collects what EventBridge's pattern compiler would reject.
struct PatternValidator {
    let constructPath: String
    var found: [Diagnostic] = []

    /// The matcher names EventBridge knows.
    static let matcherNames = [
        "prefix", "suffix", "equals-ignore-case", "wildcard", "anything-but", "numeric", "exists", "cidr",
    ]

    /// Names EventBridge reserves for matchers, which no field inside `$or` may use.
    static let reservedNamesInOr: Set<String> = [
        "exactly", "equals-ignore-case", "prefix", "suffix", "anything-but", "exists", "wildcard", "numeric", "cidr",
        "=", "<", "<=", ">", ">=", "regex", "not-wildcard", "not-equals-ignore-case",
        "date-after", "date-on-or-after", "date-before", "date-on-or-before", "in-date-range",
        "ip-address-in-range", "ip-address-not-in-range",
    ]

    static let matcherHint = "use the Match helpers, such as .prefix(\"a\"), .anythingBut(\"b\") or .greaterThan(1)"

    mutating func report(_ code: String, _ message: String, hint: String, severity: Diagnostic.Severity = .error) {
        found.append(Diagnostic(severity, code: code, path: constructPath, message: message, hint: hint))
    }

    // MARK: Structure

    mutating func validate(_ fields: EventPattern.Fields, at steps: [String], insideOr: Bool) {
        if fields.isEmpty, !steps.isEmpty {
            let place = PatternPath.display(steps)
            report(
                "events.pattern.emptyObject",
                "field '\(place)' is an empty object; EventBridge does not accept empty objects in event patterns",
                hint: "add a field to match, or leave '\(place)' out")
        }
        for key in fields.duplicateKeys {
            report(
                "events.pattern.duplicateKey",
                "field '\(PatternPath.display(steps + [key]))' is written more than once; only the last value is used",
                hint: "write each field once, with all its values in one list",
                severity: .warning)
        }
        for (key, match) in fields {
            let fieldSteps = steps + [key]
            if insideOr, Self.reservedNamesInOr.contains(key) {
                report(
                    "events.pattern.orReservedField",
                    "field '\(PatternPath.display(fieldSteps))' uses the name '\(key)', which EventBridge reserves inside '$or'",
                    hint: "rename the field, or move it out of the '$or'")
            }
            if key == "$or" {
                validateOr(match, at: fieldSteps)
                continue
            }
            switch match.storage {
            case let .fields(nested):
                validate(nested, at: fieldSteps, insideOr: insideOr)
            case let .list(elements):
                validateList(elements, at: fieldSteps)
            }
        }
    }

    private mutating func validateOr(_ match: Match, at steps: [String]) {
        let place = PatternPath.display(steps)
        let elements = match.listElements ?? []
        let alternatives = elements.compactMap { element -> EventPattern.Fields? in
            if case let .fields(fields) = element { return fields }
            return nil
        }
        let unresolved = elements.contains { element in
            if case let .value(json) = element { return PatternValidator.isUnresolved(json) }
            return false
        }
        if unresolved { return }
        if match.listElements == nil || alternatives.count != elements.count || alternatives.count < 2 {
            report(
                "events.pattern.orAlternatives",
                "'\(place)' must be a list of at least 2 objects, got \(JSONWriter(indent: 0).render(match.json))",
                hint: "write '\"$or\": [[\"a\": [\"x\"]], [\"b\": [\"y\"]]]', one nested object per alternative")
        }
        for (index, alternative) in alternatives.enumerated() {
            validate(alternative, at: steps + ["[\(index)]"], insideOr: true)
        }
    }

    private mutating func validateList(_ elements: [Match.Element], at steps: [String]) {
        let place = PatternPath.display(steps)
        if elements.isEmpty {
            report(
                "events.pattern.emptyValues",
                "field '\(place)' has no values; EventBridge does not accept empty arrays in event patterns",
                hint: "list at least one value or matcher, or leave the field out to match any value")
        }
        for element in elements {
            switch element {
            case let .value(json), let .matcher(json):
                validateEntry(json, at: place)
            case .fields:
                report(
                    "events.pattern.unknownMatcher",
                    "field '\(place)' has a nested object inside its list of values",
                    hint: "write a nested object as the field's value, without a list, or as an alternative under '$or'")
            case .unmergeable:
                report(
                    "events.pattern.allOfNotNumeric",
                    "'allOf' in '\(place)' combines matchers that are not numeric; only numeric matchers can be merged into a single matcher",
                    hint: "list alternatives side by side instead (any of them may match), or combine numeric matchers only")
            }
        }
    }

    // MARK: Entries

    private mutating func validateEntry(_ json: JSONValue, at place: String) {
        if Self.isUnresolved(json) { return }
        switch json {
        case .null, .bool, .string, .integer, .token:
            return
        case let .double(number):
            checkFinite(number, at: place)
        case .array:
            report(
                "events.pattern.nestedArray",
                "field '\(place)' has an array inside its list of values",
                hint: "list values and matchers directly; a value cannot be an array")
        case let .object(object):
            validateMatcher(object, at: place)
        }
    }

    private mutating func checkFinite(_ number: Double, at place: String) {
        guard !number.isFinite else { return }
        report(
            "events.pattern.numberNotFinite",
            "field '\(place)' has the number \(number), which JSON cannot hold",
            hint: "use a finite number")
    }

    private mutating func validateMatcher(_ object: JSONObject, at place: String) {
        guard let (name, argument) = object.elements.first else {
            report(
                "events.pattern.unknownMatcher",
                "field '\(place)' has an empty object inside its list of values",
                hint: Self.matcherHint)
            return
        }
        guard object.count == 1 else {
            let names = object.keys.map { "'\($0)'" }.joined(separator: ", ")
            report(
                "events.pattern.matcherKeys",
                "matcher in '\(place)' has \(object.count) keys (\(names)); a matcher has exactly one",
                hint: "put each matcher in its own object in the list")
            return
        }
        if Self.isUnresolved(argument) { return }
        switch name {
        case "prefix", "suffix":
            if case let .object(inner) = argument, inner.count == 1, let value = inner["equals-ignore-case"] {
                requireString(value, for: "'\(name)' 'equals-ignore-case'", at: place)
            } else {
                requireString(argument, for: "'\(name)'", at: place)
            }
        case "equals-ignore-case", "exactly":
            requireString(argument, for: "'\(name)'", at: place)
        case "wildcard":
            if requireString(argument, for: "'\(name)'", at: place), case let .string(text) = argument {
                checkWildcard(text, at: place)
            }
        case "exists":
            if case .bool = argument { return }
            reportArgument("'\(name)'", expecting: "true or false", got: argument, at: place)
        case "cidr":
            if requireString(argument, for: "'\(name)'", at: place), case let .string(text) = argument {
                checkCIDR(text, at: place)
            }
        case "numeric":
            guard case let .array(operands) = argument else {
                reportArgument("'\(name)'", expecting: "a list such as [\">\", 0, \"<=\", 5]", got: argument, at: place)
                return
            }
            checkNumeric(operands, at: place)
        case "anything-but":
            checkAnythingBut(argument, at: place)
        default:
            report(
                "events.pattern.unknownMatcher",
                "field '\(place)' uses '\(name)', which is not an EventBridge matcher",
                hint: "matchers are " + Self.matcherNames.map { "'\($0)'" }.joined(separator: ", ")
                    + ", spelled in lowercase; " + Self.matcherHint)
        }
    }

    /// Reports `argument` unless it is a string; returns whether it is one.
    @discardableResult
    private mutating func requireString(_ argument: JSONValue, for label: String, at place: String) -> Bool {
        if case .string = argument { return true }
        if Self.isUnresolved(argument) { return false }
        reportArgument(label, expecting: "a string", got: argument, at: place)
        return false
    }

    /// Reports a matcher argument of the wrong type; `label` is the quoted matcher name.
    private mutating func reportArgument(_ label: String, expecting expected: String, got argument: JSONValue, at place: String) {
        report(
            "events.pattern.matcherArgument",
            "\(label) in '\(place)' needs \(expected), not \(JSONWriter(indent: 0).render(argument))",
            hint: Self.matcherHint)
    }

    // MARK: numeric

    private mutating func checkNumeric(_ operands: [JSONValue], at place: String) {
        let written = JSONWriter(indent: 0).render(.array(operands))
        func malformed(_ reason: String) {
            report(
                "events.pattern.numericMalformed",
                "numeric matcher \(written) in '\(place)' is malformed: \(reason)",
                hint: "use .greaterThan(_:), .lessThan(_:), .equal(_:), or .interval(_:_:) for a range")
        }
        if operands.contains(where: Self.isUnresolved) { return }
        guard operands.count == 2 || operands.count == 4 else {
            malformed("it needs an operator and a number, or a lower bound ('>' or '>=') and an upper bound ('<' or '<=') with a number each")
            return
        }
        var numbers: [Double] = []
        for index in stride(from: 0, to: operands.count, by: 2) {
            guard case let .string(operation) = operands[index], ["=", "<", "<=", ">", ">="].contains(operation) else {
                malformed("\(JSONWriter(indent: 0).render(operands[index])) is not one of '=', '<', '<=', '>' and '>='")
                return
            }
            guard let number = Self.number(operands[index + 1]) else {
                malformed("'\(operation)' needs a number")
                return
            }
            guard number.isFinite else {
                checkFinite(number, at: place)
                return
            }
            numbers.append(number)
        }
        guard operands.count == 4 else { return }
        guard case let .string(lower) = operands[0], [">", ">="].contains(lower),
              case let .string(upper) = operands[2], ["<", "<="].contains(upper) else {
            malformed("a range is a lower bound ('>' or '>=') followed by an upper bound ('<' or '<=')")
            return
        }
        if numbers[0] >= numbers[1] {
            report(
                "events.pattern.numericRange",
                "numeric range \(written) in '\(place)' is empty: the lower bound "
                    + "\(Self.render(numbers[0])) is not below the upper bound \(Self.render(numbers[1]))",
                hint: "EventBridge needs the lower bound strictly below the upper bound; to match one number use .equal(_:)")
        }
    }

    private static func number(_ json: JSONValue) -> Double? {
        switch json {
        case let .integer(value): return Double(value)
        case let .double(value): return value
        default: return nil
        }
    }

    private static func render(_ number: Double) -> String {
        JSONWriter(indent: 0).render(.double(number))
    }

    // MARK: anything-but

    private mutating func checkAnythingBut(_ argument: JSONValue, at place: String) {
        switch argument {
        case .string:
            return
        case let .integer(value):
            checkFinite(Double(value), at: place)
        case let .double(value):
            checkFinite(value, at: place)
        case let .array(values):
            checkAnythingButList(values, at: place)
        case let .object(object):
            guard object.count == 1, let (name, inner) = object.elements.first else {
                reportArgument("'anything-but'", expecting: "one of 'prefix', 'suffix', 'wildcard' and 'equals-ignore-case'",
                               got: argument, at: place)
                return
            }
            guard ["prefix", "suffix", "wildcard", "equals-ignore-case"].contains(name) else {
                report(
                    "events.pattern.matcherArgument",
                    "'anything-but' in '\(place)' cannot take '\(name)'; it takes values, or one of 'prefix', 'suffix', 'wildcard' and 'equals-ignore-case'",
                    hint: Self.matcherHint)
                return
            }
            checkAnythingButStrings(name, inner, at: place)
        case .null, .bool:
            reportArgument("'anything-but'", expecting: "a string, a number, or a list of them", got: argument, at: place)
        case .token:
            return
        }
    }

    private mutating func checkAnythingButList(_ values: [JSONValue], at place: String) {
        if values.isEmpty {
            report(
                "events.pattern.anythingButEmpty",
                "'anything-but' in '\(place)' has an empty list",
                hint: "list at least one value to exclude")
            return
        }
        var hasString = false
        var hasNumber = false
        for value in values where !Self.isUnresolved(value) {
            switch value {
            case .string: hasString = true
            case let .integer(number): hasNumber = true; checkFinite(Double(number), at: place)
            case let .double(number): hasNumber = true; checkFinite(number, at: place)
            default:
                reportArgument("'anything-but'", expecting: "only strings or only numbers in its list", got: value, at: place)
                return
            }
        }
        if hasString && hasNumber {
            report(
                "events.pattern.anythingButMixedTypes",
                "'anything-but' in '\(place)' mixes strings and numbers",
                hint: "EventBridge accepts a list of only strings or only numbers")
        }
    }

    private mutating func checkAnythingButStrings(_ name: String, _ inner: JSONValue, at place: String) {
        let label = "'anything-but' '\(name)'"
        let values: [JSONValue]
        switch inner {
        case .string: values = [inner]
        case let .array(list):
            if list.isEmpty {
                report(
                    "events.pattern.anythingButEmpty",
                    "'anything-but' '\(name)' in '\(place)' has an empty list",
                    hint: "list at least one value to exclude")
                return
            }
            values = list
        default:
            if !Self.isUnresolved(inner) {
                reportArgument(label, expecting: "a string or a list of strings", got: inner, at: place)
            }
            return
        }
        for value in values where !Self.isUnresolved(value) {
            guard case let .string(text) = value else {
                reportArgument(label, expecting: "only strings", got: value, at: place)
                return
            }
            if text.isEmpty, name == "prefix" || name == "suffix" {
                report(
                    "events.pattern.anythingButEmptyAffix",
                    "'anything-but' '\(name)' in '\(place)' is empty; EventBridge does not accept an empty \(name) here",
                    hint: "an empty \(name) would exclude every string; give a non-empty one")
            }
            if name == "wildcard" {
                checkWildcard(text, at: place)
            }
        }
    }

    // MARK: wildcard

    private mutating func checkWildcard(_ pattern: String, at place: String) {
        var previousWasStar = false
        var index = pattern.unicodeScalars.startIndex
        let scalars = pattern.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\\" {
                let next = scalars.index(after: index)
                guard next < scalars.endIndex else {
                    reportWildcard(pattern, "ends with a backslash that escapes nothing", at: place)
                    return
                }
                guard scalars[next] == "*" || scalars[next] == "\\" else {
                    reportWildcard(pattern, "has a backslash before '\(scalars[next])'; only '*' and '\\' can be escaped", at: place)
                    return
                }
                previousWasStar = false
                index = scalars.index(after: next)
                continue
            }
            if scalar == "*" {
                if previousWasStar {
                    reportWildcard(pattern, "has consecutive '*' characters", at: place)
                    return
                }
                previousWasStar = true
            } else {
                previousWasStar = false
            }
            index = scalars.index(after: index)
        }
    }

    private mutating func reportWildcard(_ pattern: String, _ reason: String, at place: String) {
        report(
            "events.pattern.wildcard",
            "wildcard '\(pattern)' in '\(place)' \(reason)",
            hint: "one '*' matches any run of characters; write '\\\\*' for a literal star and '\\\\\\\\' for a backslash")
    }

    // MARK: cidr

    private mutating func checkCIDR(_ range: String, at place: String) {
        guard let problem = CIDRBlock.problem(range) else { return }
        let hint: String
        if case .singleAddress = problem {
            hint = "to match one address, list it as an exact value instead"
        } else {
            hint = "write an address and a prefix length, such as '10.0.0.0/8' or '2001:db8::/32'"
        }
        report(
            "events.pattern.cidr",
            "'\(range)' in '\(place)' is not a CIDR block EventBridge accepts: \(problem.reason)",
            hint: hint)
    }

    // MARK: Whole-pattern limits

    /// How many sub-patterns EventBridge expands `fields` to: each `$or` multiplies by
    /// the number its alternatives expand to together.
    static func combinations(of fields: EventPattern.Fields) -> Int {
        // Counting stops at a ceiling far above the limit, so huge patterns cannot overflow.
        let ceiling = 1_000_000_000
        var total = 1
        for (key, match) in fields {
            var factor = 1
            if key == "$or", let elements = match.listElements {
                var sum = 0
                for case let .fields(alternative) in elements {
                    sum = min(sum + combinations(of: alternative), ceiling)
                }
                factor = max(sum, 1)
            } else if let nested = match.fields {
                factor = combinations(of: nested)
            }
            total = min(total * factor, ceiling)
        }
        return total
    }

    /// The length of the compact JSON, counting each value resolved at synthesis as an
    /// empty string, so the real pattern is at least this long.
    static func minimumLength(of json: JSONValue) -> Int {
        JSONWriter(indent: 0).render(withoutUnresolved(json)).utf16.count
    }

    private static func withoutUnresolved(_ json: JSONValue) -> JSONValue {
        if isUnresolved(json) { return .string("") }
        switch json {
        case let .array(items): return .array(items.map(withoutUnresolved))
        case let .object(object): return .object(object.mapValues(withoutUnresolved))
        default: return json
        }
    }

    /// Whether `json` stands for a value only known at deployment: a token, or an
    /// intrinsic function such as `{"Ref": "AWS::AccountId"}`.
    static func isUnresolved(_ json: JSONValue) -> Bool {
        switch json {
        case .token:
            return true
        case let .object(object):
            guard object.count == 1, let key = object.elements.first?.key else { return false }
            return key == "Ref" || key.hasPrefix("Fn::")
        default:
            return false
        }
    }
}

extension PatternValidator {
    /// The checks EventBridge makes on a `cidr` matcher's block.
    enum CIDRBlock {
        enum Problem: Equatable {
            case slash, maskNotANumber, negativeMask, address(String), ipv4Mask, ipv6Mask, singleAddress(Int)

            var reason: String {
                switch self {
                case .slash: return "it needs one '/' between the address and the prefix length"
                case .maskNotANumber: return "the prefix length is not a whole number"
                case .negativeMask: return "the prefix length is negative"
                case let .address(address): return "'\(address)' is not an IPv4 or IPv6 address"
                case .ipv4Mask: return "an IPv4 prefix length must be between 0 and 31"
                case .ipv6Mask: return "an IPv6 prefix length must be between 0 and 127"
                case let .singleAddress(bits): return "a /\(bits) block holds a single address, which 'cidr' does not accept"
                }
            }
        }

        /// Why EventBridge would reject `range`, or `nil` if it accepts it.
        static func problem(_ range: String) -> Problem? {
            let parts = range.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].isEmpty else { return .slash }
            guard let mask = Int(parts[1]) else { return .maskNotANumber }
            guard mask >= 0 else { return .negativeMask }
            let address = String(parts[0])
            if isIPv4(address) {
                if mask == 32 { return .singleAddress(32) }
                return mask > 31 ? .ipv4Mask : nil
            }
            if isIPv6(address) {
                if mask == 128 { return .singleAddress(128) }
                return mask > 127 ? .ipv6Mask : nil
            }
            return .address(address)
        }

        /// Four decimal numbers from 0 to 255, leading zeros allowed.
        static func isIPv4(_ text: String) -> Bool {
            let octets = text.split(separator: ".", omittingEmptySubsequences: false)
            return octets.count == 4 && octets.allSatisfy { octet in
                !octet.isEmpty && octet.allSatisfy { $0.isASCII && $0.isNumber }
                    && (octet.drop { $0 == "0" }.count <= 3) && (Int(octet) ?? 256) <= 255
            }
        }

        /// Up to eight groups of one to four hexadecimal digits separated by colons, with at
        /// most one `::` standing for one or more groups of zeros. EventBridge does not accept
        /// the dotted IPv4 tail (`::ffff:1.2.3.4`) or zone IDs.
        static func isIPv6(_ text: String) -> Bool {
            guard text.contains(":"), text.allSatisfy({ $0 == ":" || ($0.isASCII && $0.isHexDigit) }) else { return false }
            func groups(_ part: Substring) -> [Substring]? {
                if part.isEmpty { return [] }
                let groups = part.split(separator: ":", omittingEmptySubsequences: false)
                return groups.allSatisfy { (1...4).contains($0.count) } ? groups : nil
            }
            guard let compressed = text.firstRange(of: "::") else {
                return groups(text[...])?.count == 8
            }
            let tail = text[compressed.upperBound...]
            guard !tail.contains("::"), let before = groups(text[..<compressed.lowerBound]), let after = groups(tail) else {
                return false
            }
            return before.count + after.count <= 7
        }
    }
}
