/// The CDK's naming algorithms: logical IDs, unique resource names, stack names, artifact
/// IDs and generated physical names.
///
/// Each function reproduces one function of aws-cdk-lib 2.275.0 character for character.
/// JavaScript measures and slices strings in UTF-16 code units and its `endsWith` compares
/// code units, so lengths and truncations here are in UTF-16 code units too, and suffix
/// tests compare exact bytes (no Unicode canonical equivalence, unlike `String.hasSuffix`).
enum UniqueID {
    /// Maximum length of a one-component logical ID kept without a hash.
    private static let maxIDLength = 255
    /// Maximum length of the human part of a hashed logical ID.
    private static let maxHumanLength = 240
    /// Length of the hash suffix.
    private static let hashLength = 8
    /// Maximum length of a generated stack name or artifact ID.
    private static let maxStackNameLength = 128

    // MARK: - Logical IDs

    /// The logical ID of a CloudFormation element, or `nil` when every component is `Default`.
    ///
    /// This is the CDK's `makeUniqueId` (`core/lib/private/uniqueid.ts`); `components` are the
    /// construct ids from below the stack down to the element (`["MyRule", "Resource"]`), or
    /// from below the app for `Names.uniqueId` (`["Stack", "MyBus"]`).
    ///
    /// - Components equal to `Default` are removed, from the hash input as well.
    /// - One component left: its ASCII letters and digits, if that is at most 255 characters.
    /// - Otherwise the human part, at most 240 characters, followed by the first 8 hex digits,
    ///   upper-cased, of the MD5 of the components joined by `/`. The human part skips a
    ///   component when the last kept one ends with it (`MyArchive/Archive`), then drops
    ///   `Resource` components, and keeps only ASCII letters and digits.
    ///
    /// The CDK also rejects components holding unresolved tokens; callers never pass tokens.
    static func logicalID(_ components: [String]) -> String? {
        // The hash input: the kept components joined by "/", with each one's byte range.
        var joined: [UInt8] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(components.count)
        for component in components where !isDefault(component) {
            if !ranges.isEmpty { joined.append(UInt8(ascii: "/")) }
            let start = joined.count
            joined.append(contentsOf: component.utf8)
            ranges.append(start..<joined.count)
        }
        guard let first = ranges.first else { return nil }

        if ranges.count == 1 {
            // Top-level elements keep their id, so CloudFormation templates can move into the
            // CDK without renaming their resources.
            var candidate: [UInt8] = []
            candidate.reserveCapacity(first.count)
            for byte in joined[first] where isASCIIAlphanumeric(byte) { candidate.append(byte) }
            if candidate.count <= maxIDLength { return String(decoding: candidate, as: UTF8.self) }
        }

        var id: [UInt8] = []
        id.reserveCapacity(min(joined.count, maxHumanLength) + hashLength)
        var lastKept: Range<Int>?
        appending: for range in ranges {
            if let last = lastKept, endsWith(joined, last, range) { continue }
            lastKept = range
            if isResource(joined[range]) { continue }
            for byte in joined[range] where isASCIIAlphanumeric(byte) {
                if id.count == maxHumanLength { break appending }
                id.append(byte)
            }
        }
        appendPathHash(of: joined, to: &id)
        return String(decoding: id, as: UTF8.self)
    }

    // MARK: - Unique resource names

    /// A name unique to a construct path, for resource properties with their own length and
    /// character limits (the CDK's `Names.uniqueResourceName`,
    /// `core/lib/private/unique-resource-name.ts`).
    ///
    /// `components` run from the construct's last top-level stack down to the construct,
    /// with that stack given by its stack name, not its id.
    ///
    /// - Components equal to `Default` are removed.
    /// - One component left: `prefix` followed by the component's allowed characters, if
    ///   that fits in `maxLength`.
    /// - Otherwise the human part is `prefix`, then the components after the
    ///   remove-duplicates rule of ``logicalID(_:)``, without `Resource` ones, reduced to
    ///   their allowed characters, empty ones dropped, each followed by `separator` (just
    ///   `separator` when none is left). If it is longer than `maxLength - 8`, only its first
    ///   and last `(maxLength - 8) / 2` characters are kept (an odd length loses one; for a
    ///   `maxLength` below 10 JavaScript's `slice` rules give odd results, reproduced too).
    ///   The 8-character path hash of ``logicalID(_:)`` follows.
    ///
    /// The allowed characters are ASCII letters and digits plus `allowedSpecialCharacters`,
    /// which the CDK pastes into a JavaScript regular-expression class, so it is read as one:
    /// `.-_` is the range from `.` to `_` (which includes `/`, `:`, `@` and the upper-case
    /// letters), `\d`, `\w`, `\s` and other escapes work. A reversed range (`_-.`), on which
    /// the CDK throws a `SyntaxError`, allows its three characters here, and `]`, which would
    /// end the CDK's class early, is an ordinary character.
    ///
    /// Returns `""` when every component is `Default`; the CDK throws `Unable to calculate a
    /// unique resource name for an empty set of components`.
    static func uniqueResourceName(
        _ components: [String],
        maxLength: Int = 256,
        separator: String = "",
        allowedSpecialCharacters: String = "",
        prefix: String = ""
    ) -> String {
        let kept = components.filter { !isDefault($0) }
        guard let first = kept.first else { return "" }
        let allowed = AllowedCharacters(allowedSpecialCharacters)

        if kept.count == 1 {
            var name = Array(prefix.utf16)
            allowed.appendAllowed(of: first, to: &name)
            if name.count <= maxLength { return String(decoding: name, as: UTF16.self) }
        }

        let separatorUnits = Array(separator.utf16)
        var human = Array(prefix.utf16)
        var hasParts = false
        var lastKept: String?
        for component in kept {
            if let last = lastKept, endsWith(last, component) { continue }
            lastKept = component
            if isResource(component.utf8) { continue }
            let start = human.count
            allowed.appendAllowed(of: component, to: &human)
            if human.count > start {
                human.append(contentsOf: separatorUnits)
                hasParts = true
            }
        }
        // JavaScript's `parts.join(separator).concat(separator)`.
        if !hasParts { human.append(contentsOf: separatorUnits) }

        var hash: [UInt8] = []
        appendPathHash(of: joinedUTF8(kept), to: &hash)
        let hashUnits = hash.map { UInt16($0) }

        let maxHuman = maxLength < Int.min + hashLength ? Int.min : maxLength - hashLength
        guard human.count > maxHuman else { return String(decoding: human + hashUnits, as: UTF16.self) }
        // `s.slice(0, h / 2) + s.slice(-h / 2)`, where JavaScript truncates the fraction.
        let half = maxHuman / 2
        var name = Array(jsSlice(human, from: 0, to: half))
        name += jsSlice(human, from: -half)
        name += hashUnits
        return String(decoding: name, as: UTF16.self)
    }

    // MARK: - Stacks

    /// The name the CDK generates for a stack without a `stackName` prop (`Stack.generateStackName`).
    ///
    /// `components` are the construct ids from below the enclosing Stage or App down to the
    /// stack. A single id is the name as it is (even `Default`, and without removing any
    /// character) when it has at most 128 characters; otherwise, or for a stack nested under
    /// plain constructs, it is ``uniqueResourceName(_:maxLength:separator:allowedSpecialCharacters:prefix:)``
    /// with a maximum length of 128 (App ▸ `Grp` ▸ `Inner` gives `GrpInner2ACDA281`).
    ///
    /// Stacks inside a Stage are prefixed with the stage name by the caller; this function
    /// does not handle Stages. The CDK validates the result afterwards (`^[A-Za-z][A-Za-z0-9-]*$`,
    /// at most 128 characters); so must the caller.
    static func generatedStackName(_ components: [String]) -> String {
        makeStackName(components)
    }

    /// The cloud-assembly artifact ID of a stack (`Stack.artifactId`): the stack name the
    /// ids from below the App would generate (see ``generatedStackName(_:)``), with each UTF-16
    /// code unit outside `[A-Za-z0-9_.-]` replaced by `_`.
    ///
    /// A top-level stack's artifact ID is its id (`my stack` becomes `my_stack`), even when
    /// its `stackName` differs; Stage `Prod` ▸ `Svc` gives `ProdSvc66695059`.
    static func artifactID(_ components: [String]) -> String {
        var units = Array(makeStackName(components).utf16)
        for i in units.indices {
            let unit = units[i]
            let keep = unit < 0x80 && (isASCIIAlphanumeric(UInt8(unit)) || unit == 0x5F || unit == 0x2E || unit == 0x2D)
            if !keep { units[i] = 0x5F }
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The CDK's `makeStackName` in `core/lib/stack.ts`.
    private static func makeStackName(_ components: [String]) -> String {
        if components.count == 1, components[0].utf16.count <= maxStackNameLength {
            return components[0]
        }
        return uniqueResourceName(components, maxLength: maxStackNameLength)
    }

    // MARK: - Physical names

    /// The physical name the CDK generates for a resource named `PhysicalName.GENERATE_IF_NEEDED`
    /// when another environment uses it (`core/lib/private/physical-name-generator.ts`).
    ///
    /// The first 25 characters of `stackName`, the last 24 of `nodeUniqueID` (the resource's
    /// ``logicalID(_:)`` from below the App) and the first 12 hex digits of the SHA-256 of the
    /// untruncated `stackName + nodeUniqueID + region + account`, all lower-cased. For
    /// example `TargetStack`, `TargetStackFn4E778308`, `us-west-2`, `234567890123` gives
    /// `targetstacktargetstackfn4e7783085c4607e3e867`.
    ///
    /// The CDK requires a concrete region and account (`Cannot generate a physical name for
    /// <path>, because the region is un-resolved or missing`); the caller checks that.
    static func physicalName(stackName: String, nodeUniqueID: String, region: String, account: String) -> String {
        var input = Array(stackName.utf8)
        input.append(contentsOf: nodeUniqueID.utf8)
        input.append(contentsOf: region.utf8)
        input.append(contentsOf: account.utf8)
        let digest = SHA256.digest(input)

        let idUnits = Array(nodeUniqueID.utf16)
        var units = Array(stackName.utf16.prefix(25))
        units += idUnits[max(idUnits.count - 24, 0)...]
        var name = String(decoding: units, as: UTF16.self)
        name += MD5.lowercaseHex(digest.prefix(6))
        return name.lowercased()
    }

    // MARK: - Helpers

    /// Whether `component` is exactly `Default` (byte for byte, as JavaScript's `===`).
    @inline(__always)
    private static func isDefault(_ component: String) -> Bool {
        component.utf8.elementsEqual("Default".utf8)
    }

    /// Whether `bytes` are exactly `Resource`.
    @inline(__always)
    private static func isResource<Bytes: Sequence>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        bytes.elementsEqual("Resource".utf8)
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether the bytes in `candidate` end with those in `suffix`. For well-formed strings a
    /// UTF-8 suffix is a UTF-16 suffix, so this is JavaScript's `endsWith`.
    private static func endsWith(_ buffer: [UInt8], _ candidate: Range<Int>, _ suffix: Range<Int>) -> Bool {
        guard suffix.count <= candidate.count else { return false }
        return buffer[(candidate.upperBound - suffix.count)..<candidate.upperBound].elementsEqual(buffer[suffix])
    }

    /// JavaScript's `string.endsWith(suffix)`.
    private static func endsWith(_ string: String, _ suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard count <= string.utf8.count else { return false }
        return string.utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    /// The components joined by `/`, as UTF-8.
    private static func joinedUTF8(_ components: [String]) -> [UInt8] {
        var joined: [UInt8] = []
        for (i, component) in components.enumerated() {
            if i > 0 { joined.append(UInt8(ascii: "/")) }
            joined.append(contentsOf: component.utf8)
        }
        return joined
    }

    /// Appends the first 8 hex digits of the MD5 of `path`, upper-cased.
    private static func appendPathHash(of path: [UInt8], to output: inout [UInt8]) {
        let digest = MD5.digest(path)
        for byte in digest.prefix(hashLength / 2) {
            output.append(upperHexDigit(byte >> 4))
            output.append(upperHexDigit(byte & 0x0f))
        }
    }

    @inline(__always)
    private static func upperHexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x37 + nibble
    }

    /// JavaScript's `units.slice(from, to)`: negative positions count from the end.
    private static func jsSlice(_ units: [UInt16], from start: Int, to end: Int? = nil) -> ArraySlice<UInt16> {
        let count = units.count
        func clamp(_ position: Int) -> Int { position < 0 ? max(count + position, 0) : min(position, count) }
        let lower = clamp(start)
        let upper = end.map(clamp) ?? count
        return lower < upper ? units[lower..<upper] : []
    }
}

// MARK: - Allowed characters

/// The UTF-16 code units the CDK's `[A-Za-z0-9<allowedSpecialCharacters>]` matches, reading
/// `allowedSpecialCharacters` as the body of a JavaScript regular-expression class without
/// the `u` flag (ranges, escapes, Annex B rules).
private struct AllowedCharacters {
    private var ranges: [ClosedRange<UInt16>] = []
    /// Class escapes: `d`, `D`, `w`, `W`, `s` or `S`.
    private var classEscapes: [UInt16] = []

    init(_ source: String) {
        guard !source.isEmpty else { return }
        let units = Array(source.utf16)
        var i = 0
        while i < units.count {
            let atom = Self.atom(units, &i)
            // `a-b` is a range, unless the `-` is last.
            if i + 1 < units.count, units[i] == 0x2D {
                var next = i + 1
                let end = Self.atom(units, &next)
                if case .unit(let low) = atom, case .unit(let high) = end, low <= high {
                    ranges.append(low...high)
                } else {
                    // Annex B keeps a class escape and the `-` as members; a reversed range,
                    // which JavaScript rejects, allows its three characters.
                    add(atom)
                    ranges.append(0x2D...0x2D)
                    add(end)
                }
                i = next
            } else {
                add(atom)
            }
        }
    }

    /// Appends the code units of `string` that the class matches.
    func appendAllowed(of string: String, to output: inout [UInt16]) {
        for unit in string.utf16 where contains(unit) { output.append(unit) }
    }

    private func contains(_ unit: UInt16) -> Bool {
        if unit < 0x80, Self.isAlphanumeric(unit) { return true }
        for range in ranges where range.contains(unit) { return true }
        for escape in classEscapes where Self.matches(escape, unit) { return true }
        return false
    }

    private enum Atom {
        case unit(UInt16)
        case classEscape(UInt16)
    }

    private mutating func add(_ atom: Atom) {
        switch atom {
        case .unit(let unit): ranges.append(unit...unit)
        case .classEscape(let letter): classEscapes.append(letter)
        }
    }

    /// Reads one class atom at `i`, advancing past it.
    private static func atom(_ units: [UInt16], _ i: inout Int) -> Atom {
        let unit = units[i]
        i += 1
        guard unit == 0x5C, i < units.count else { return .unit(unit) }  // a lone trailing `\` is itself
        let letter = units[i]
        i += 1
        switch letter {
        case 0x64, 0x44, 0x77, 0x57, 0x73, 0x53: return .classEscape(letter)  // d D w W s S
        case 0x62: return .unit(0x08)  // \b is backspace inside a class
        case 0x66: return .unit(0x0C)
        case 0x6E: return .unit(0x0A)
        case 0x72: return .unit(0x0D)
        case 0x74: return .unit(0x09)
        case 0x76: return .unit(0x0B)
        case 0x63:  // \cX; Annex B also takes a digit or `_` inside a class
            if i < units.count, units[i] < 0x80, isAlphanumeric(units[i]) || units[i] == 0x5F {
                i += 1
                return .unit(units[i - 1] % 32)
            }
            i -= 1  // Annex B: any other `\c` is a literal backslash followed by `c`
            return .unit(0x5C)
        case 0x78: return hexEscape(units, &i, digits: 2) ?? .unit(letter)
        case 0x75: return hexEscape(units, &i, digits: 4) ?? .unit(letter)
        case 0x30...0x37:  // legacy octal escape: up to three digits, at most 0o377
            var value = letter - 0x30
            let maxDigits = letter <= 0x33 ? 3 : 2
            var digits = 1
            while digits < maxDigits, i < units.count, (0x30...0x37).contains(units[i]) {
                value = value * 8 + (units[i] - 0x30)
                i += 1
                digits += 1
            }
            return .unit(value)
        default: return .unit(letter)  // identity escape
        }
    }

    private static func hexEscape(_ units: [UInt16], _ i: inout Int, digits: Int) -> Atom? {
        guard i + digits <= units.count else { return nil }
        var value: UInt16 = 0
        for unit in units[i..<(i + digits)] {
            guard let digit = hexValue(unit) else { return nil }
            value = value * 16 + digit
        }
        i += digits
        return .unit(value)
    }

    private static func hexValue(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x30...0x39: return unit - 0x30
        case 0x41...0x46: return unit - 0x37
        case 0x61...0x66: return unit - 0x57
        default: return nil
        }
    }

    private static func isLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
    }

    private static func isAlphanumeric(_ unit: UInt16) -> Bool {
        isLetter(unit) || (unit >= 0x30 && unit <= 0x39)
    }

    private static func matches(_ escape: UInt16, _ unit: UInt16) -> Bool {
        switch escape {
        case 0x64: return unit >= 0x30 && unit <= 0x39
        case 0x44: return !(unit >= 0x30 && unit <= 0x39)
        case 0x77: return isAlphanumeric(unit) || unit == 0x5F
        case 0x57: return !(isAlphanumeric(unit) || unit == 0x5F)
        case 0x73: return isWhitespace(unit)
        default: return !isWhitespace(unit)  // \S
        }
    }

    /// JavaScript's `\s`: WhiteSpace and LineTerminator.
    private static func isWhitespace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
