import CloudFormation

/// Walks a pattern's JSON and collects what EventBridge's pattern compiler would reject:
/// the one validator behind a rule's pattern at synthesis and a raw JSON pattern given
/// to the matcher.
///
/// Values resolved at deployment (`RawJSON.unresolved`) are not checked.
/// See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
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

    // MARK: Whole pattern

    /// Checks a whole pattern: an object with at least one field, its fields, the `$or`
    /// combinations and the length.
    mutating func validatePattern(_ pattern: RawJSON) {
        guard case let .object(members) = pattern else {
            if case .unresolved = pattern { return }
            report(
                "events.pattern.notObject",
                "event pattern must be a JSON object, not \(Self.render(pattern))",
                hint: "write the pattern as an object of fields, such as {\"source\": [\"aws.ec2\"]}")
            return
        }
        if members.isEmpty {
            report(
                "events.pattern.empty", "event pattern has no fields",
                hint: "match at least one field, such as 'source' or 'detail-type'")
            return
        }
        validateFields(pattern, at: [], insideOr: false)
        validateLimits(pattern)
    }

    /// Checks the `$or` combinations and the length of a pattern.
    mutating func validateLimits(_ pattern: RawJSON) {
        let combinations = Self.combinations(of: pattern)
        if combinations > EventPattern.maximumCombinations {
            report(
                "events.pattern.tooManyCombinations",
                "event pattern expands to \(combinations) '$or' combinations; EventBridge allows at most \(EventPattern.maximumCombinations)",
                hint: "use fewer '$or' alternatives, or split the pattern over several rules")
        }

        let length = Self.minimumLength(of: pattern)
        if length > EventPattern.maximumLength {
            report(
                "events.pattern.tooLong",
                "event pattern is \(length) characters long; EventBridge allows at most \(EventPattern.maximumLength)",
                hint: "split the rule, or shorten long value lists with 'prefix' or 'wildcard' matchers")
        } else if length > EventPattern.defaultMaximumLength {
            report(
                "events.pattern.longerThanDefaultQuota",
                "event pattern is \(length) characters long; EventBridge allows \(EventPattern.defaultMaximumLength) "
                    + "unless the account's quota is raised",
                hint: "request a higher 'event pattern size' quota (at most \(EventPattern.maximumLength)), or split the rule",
                severity: .warning)
        }
    }

    // MARK: Structure

    /// Checks the fields of a pattern object at `steps`.
    mutating func validateFields(_ object: RawJSON, at steps: [String], insideOr: Bool) {
        guard case let .object(written) = object, let members = object.lastWinsMembers else { return }
        if members.isEmpty, !steps.isEmpty {
            let place = PatternPlace(steps)
            report(
                "events.pattern.emptyObject",
                "field '\(place)' is an empty object; EventBridge does not accept empty objects in event patterns",
                hint: "add a field to match, or leave '\(place)' out")
        }
        // Fewer members than written means a key is repeated.
        var repeated: [String] = []
        if members.count < written.count {
            var seen = Set<String>()
            for member in written where !seen.insert(member.key).inserted && !repeated.contains(member.key) {
                repeated.append(member.key)
            }
        }
        for key in repeated {
            report(
                "events.pattern.duplicateKey",
                "field '\(PatternPath.display(steps + [key]))' is written more than once; only the last value is used",
                hint: "write each field once, with all its values in one list",
                severity: .warning)
        }
        for (key, value) in members {
            let fieldSteps = steps + [key]
            if insideOr, Self.reservedNamesInOr.contains(key) {
                report(
                    "events.pattern.orReservedField",
                    "field '\(PatternPath.display(fieldSteps))' uses the name '\(key)', which EventBridge reserves inside '$or'",
                    hint: "rename the field, or move it out of the '$or'")
            }
            if key == "$or" {
                validateOr(value, at: fieldSteps)
                continue
            }
            switch value {
            case .object:
                validateFields(value, at: fieldSteps, insideOr: insideOr)
            case let .array(elements):
                validateList(elements, at: fieldSteps)
            case .unresolved:
                continue
            case .null, .bool, .number, .string:
                let place = PatternPlace(fieldSteps)
                report(
                    "events.pattern.fieldNotList",
                    "field '\(place)' must be a list of values or a nested object, not \(Self.render(value))",
                    hint: "put the value in a list: \"\(key)\": [\(Self.render(value))]")
            }
        }
    }

    private mutating func validateOr(_ value: RawJSON, at steps: [String]) {
        let place = PatternPlace(steps)
        if case .unresolved = value { return }
        var elements: [RawJSON] = []
        var isList = false
        if case let .array(items) = value {
            elements = items
            isList = true
        }
        if elements.contains(where: { if case .unresolved = $0 { return true } else { return false } }) { return }
        let alternatives = elements.filter { if case .object = $0 { return true } else { return false } }
        if !isList || alternatives.count != elements.count || alternatives.count < 2 {
            report(
                "events.pattern.orAlternatives",
                "'\(place)' must be a list of at least 2 objects, got \(Self.render(value))",
                hint: "write '\"$or\": [[\"a\": [\"x\"]], [\"b\": [\"y\"]]]', one nested object per alternative")
        }
        for (index, alternative) in alternatives.enumerated() {
            validateFields(alternative, at: steps + ["[\(index)]"], insideOr: true)
        }
    }

    private mutating func validateList(_ elements: [RawJSON], at steps: [String]) {
        let place = PatternPlace(steps)
        if elements.isEmpty {
            report(
                "events.pattern.emptyValues",
                "field '\(place)' has no values; EventBridge does not accept empty arrays in event patterns",
                hint: "list at least one value or matcher, or leave the field out to match any value")
        }
        for element in elements {
            validateEntry(element, at: place)
        }
    }

    // MARK: Entries

    private mutating func validateEntry(_ json: RawJSON, at place: PatternPlace) {
        switch json {
        case .null, .bool, .string, .unresolved:
            return
        case let .number(text):
            checkNumber(text, at: place)
        case .array:
            report(
                "events.pattern.nestedArray",
                "field '\(place)' has an array inside its list of values",
                hint: "list values and matchers directly; a value cannot be an array")
        case let .object(members):
            validateMatcher(members, at: place)
        }
    }

    /// Reports a number EventBridge cannot read as a double: beyond its range, or so
    /// small that it would read as zero. Returns the number when it is usable.
    @discardableResult
    private mutating func checkNumber(_ text: String, at place: PatternPlace) -> Double? {
        guard let number = Double(text), number.isFinite else {
            report(
                "events.pattern.numberNotFinite",
                "field '\(place)' has the number \(text), which is outside the range of a double",
                hint: "use a finite number between -1.7976931348623157e308 and 1.7976931348623157e308")
            return nil
        }
        if number == 0, NumberSpelling.hasNonZeroDigit(text) {
            report(
                "events.pattern.numberUnderflow",
                "field '\(place)' has the number \(text), which is too small for a double and would read as 0",
                hint: "use 0, or a number of at least 4.9e-324 in magnitude")
            return nil
        }
        return number
    }

    private mutating func validateMatcher(_ members: [(key: String, value: RawJSON)], at place: PatternPlace) {
        guard let first = members.first else {
            report(
                "events.pattern.unknownMatcher",
                "field '\(place)' has an empty object inside its list of values",
                hint: Self.matcherHint)
            return
        }
        guard members.count == 1 else {
            let names = members.map { "'\($0.key)'" }.joined(separator: ", ")
            report(
                "events.pattern.matcherKeys",
                "matcher in '\(place)' has \(members.count) keys (\(names)); a matcher has exactly one",
                hint: "put each matcher in its own object in the list")
            return
        }
        let (name, argument) = first
        if case .unresolved = argument { return }
        switch name {
        case "prefix", "suffix":
            if case let .object(inner) = argument, inner.count == 1, inner[0].key == "equals-ignore-case" {
                requireString(inner[0].value, for: "'\(name)' 'equals-ignore-case'", at: place)
            } else if case let .object(inner) = argument, inner.count > 1, inner.contains(where: { $0.key == "equals-ignore-case" }) {
                report(
                    "events.pattern.matcherKeys",
                    "'\(name)' in '\(place)' has \(inner.count) keys; '\(name)' takes a string or {\"equals-ignore-case\": string}",
                    hint: "put each matcher in its own object in the list")
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
            if Self.isContainer(argument) {
                report(
                    "events.pattern.unknownMatcher",
                    "field '\(place)' has a nested object inside its list of values",
                    hint: "write a nested object as the field's value, without a list, or as an alternative under '$or'")
                return
            }
            report(
                "events.pattern.unknownMatcher",
                "field '\(place)' uses '\(name)', which is not an EventBridge matcher",
                hint: "matchers are " + Self.matcherNames.map { "'\($0)'" }.joined(separator: ", ")
                    + ", spelled in lowercase; " + Self.matcherHint)
        }
    }

    private static func isContainer(_ json: RawJSON) -> Bool {
        switch json {
        case .array, .object: return true
        default: return false
        }
    }

    /// Reports `argument` unless it is a string; returns whether it is one.
    @discardableResult
    private mutating func requireString(_ argument: RawJSON, for label: String, at place: PatternPlace) -> Bool {
        if case .string = argument { return true }
        if case .unresolved = argument { return false }
        reportArgument(label, expecting: "a string", got: argument, at: place)
        return false
    }

    /// Reports a matcher argument of the wrong type; `label` is the quoted matcher name.
    private mutating func reportArgument(_ label: String, expecting expected: String, got argument: RawJSON, at place: PatternPlace) {
        report(
            "events.pattern.matcherArgument",
            "\(label) in '\(place)' needs \(expected), not \(Self.render(argument))",
            hint: Self.matcherHint)
    }

    static func render(_ json: RawJSON) -> String {
        json.description
    }

    // MARK: numeric

    private mutating func checkNumeric(_ operands: [RawJSON], at place: PatternPlace) {
        let written = Self.render(.array(operands))
        func malformed(_ reason: String) {
            report(
                "events.pattern.numericMalformed",
                "numeric matcher \(written) in '\(place)' is malformed: \(reason)",
                hint: "use .greaterThan(_:), .lessThan(_:), .equal(_:), or .interval(_:_:) for a range")
        }
        if operands.contains(where: { if case .unresolved = $0 { return true } else { return false } }) { return }
        guard operands.count == 2 || operands.count == 4 else {
            malformed("it needs an operator and a number, or a lower bound ('>' or '>=') and an upper bound ('<' or '<=') with a number each")
            return
        }
        var numbers: [Double] = []
        for index in stride(from: 0, to: operands.count, by: 2) {
            guard case let .string(operation) = operands[index], ["=", "<", "<=", ">", ">="].contains(operation) else {
                malformed("\(Self.render(operands[index])) is not one of '=', '<', '<=', '>' and '>='")
                return
            }
            guard case let .number(text) = operands[index + 1] else {
                malformed("'\(operation)' needs a number")
                return
            }
            guard let number = checkNumber(text, at: place) else { return }
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

    private static func render(_ number: Double) -> String {
        JSONWriter(indent: 0).render(.double(number))
    }

    // MARK: anything-but

    private mutating func checkAnythingBut(_ argument: RawJSON, at place: PatternPlace) {
        switch argument {
        case .string, .unresolved:
            return
        case let .number(text):
            checkNumber(text, at: place)
        case let .array(values):
            checkAnythingButList(values, at: place)
        case let .object(members):
            guard members.count == 1, let (name, inner) = members.first else {
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
        }
    }

    private mutating func checkAnythingButList(_ values: [RawJSON], at place: PatternPlace) {
        if values.isEmpty {
            report(
                "events.pattern.anythingButEmpty",
                "'anything-but' in '\(place)' has an empty list",
                hint: "list at least one value to exclude")
            return
        }
        var hasString = false
        var hasNumber = false
        for value in values {
            switch value {
            case .unresolved: continue
            case .string: hasString = true
            case let .number(text): hasNumber = true; checkNumber(text, at: place)
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

    private mutating func checkAnythingButStrings(_ name: String, _ inner: RawJSON, at place: PatternPlace) {
        let label = "'anything-but' '\(name)'"
        let values: [RawJSON]
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
        case .unresolved:
            return
        default:
            reportArgument(label, expecting: "a string or a list of strings", got: inner, at: place)
            return
        }
        for value in values {
            if case .unresolved = value { continue }
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

    private mutating func checkWildcard(_ pattern: String, at place: PatternPlace) {
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

    private mutating func reportWildcard(_ pattern: String, _ reason: String, at place: PatternPlace) {
        report(
            "events.pattern.wildcard",
            "wildcard '\(pattern)' in '\(place)' \(reason)",
            hint: "one '*' matches any run of characters; write '\\\\*' for a literal star and '\\\\\\\\' for a backslash")
    }

    // MARK: cidr

    private mutating func checkCIDR(_ range: String, at place: PatternPlace) {
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

    /// How many sub-patterns EventBridge expands a pattern object to: each `$or`
    /// multiplies by the number its alternatives expand to together.
    static func combinations(of pattern: RawJSON) -> Int {
        // Counting stops at a ceiling far above the limit, so huge patterns cannot overflow.
        let ceiling = 1_000_000_000
        var total = 1
        for (key, value) in pattern.lastWinsMembers ?? [] {
            var factor = 1
            if key == "$or", case let .array(alternatives) = value {
                var sum = 0
                for alternative in alternatives {
                    if case .object = alternative { sum = min(sum + combinations(of: alternative), ceiling) }
                }
                factor = max(sum, 1)
            } else if case .object = value {
                factor = combinations(of: value)
            }
            total = min(total * factor, ceiling)
        }
        return total
    }

    /// The length of the compact JSON, counting each value resolved at synthesis as an
    /// empty string, so the real pattern is at least this long.
    static func minimumLength(of json: RawJSON) -> Int {
        json.compactLength { _ in 2 }
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

/// Where in a pattern a finding is, shown as `detail.state` or `$or[0].source`: kept as
/// steps and spelled out only in a message, since most fields have nothing to report.
struct PatternPlace: CustomStringConvertible {
    let steps: [String]

    init(_ steps: [String]) {
        self.steps = steps
    }

    var description: String { PatternPath.display(steps) }
}
