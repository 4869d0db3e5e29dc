/// Renders JSON values as block-style YAML that YAML 1.1 and 1.2 parsers (PyYAML,
/// which cfn-lint uses; the `yaml` package the AWS CDK uses) read back as the very
/// same JSON value.
///
/// - Two-space indentation; sequences under a key are indented too; arrays of
///   objects use the compact `- Key: value` form, nested arrays `- - value`.
/// - Intrinsic functions stay in their long form, as ordinary keys (`Fn::GetAtt:`);
///   no `!Ref` tags.
/// - Empty objects and arrays print as `{}` and `[]`.
/// - Strings, keys included, are plain scalars only when that is obviously safe: an
///   ASCII letter, `_`, `$` or `/` first, then ASCII letters, digits, spaces and
///   ``_-./:@()+=,${};?~^*``, never a word YAML 1.1 reads as a boolean or null (`yes`,
///   `off`, `null`, `y`, …), no `: `, no trailing space or colon. Every
///   other string is double-quoted on one line, with escapes for `"`, `\`, control
///   characters, line separators and the characters YAML forbids in a stream;
///   other non-ASCII characters are written as UTF-8.
/// - Keys that take more than 1,000 bytes to write, too long for YAML's implicit
///   keys, are written as explicit `? key` entries.
/// - Numbers print as the JSON writer prints them, except that exponent notation
///   always has a fraction (`1.0e+21`), which YAML 1.1 needs to read a float.
///   Non-finite doubles print as `null`, as in JSON. A `token` prints as a string
///   holding its `description`.
/// - The output has no trailing newline.
///
/// The writer keeps its own stack, so deeply nested values do not exhaust the call stack.
public struct YAMLWriter {
    public init() {}

    /// The YAML text of `value`.
    public func render(_ value: JSONValue) -> String {
        var output = YAMLOutput()
        output.write(value)
        return String(decoding: output.bytes, as: UTF8.self)
    }
}

/// A block collection being written, with the column its entries start at.
private struct YAMLFrame {
    var array: [JSONValue] = []
    var object = JSONObject()
    var isObject: Bool
    var column: Int
    /// Whether the first entry continues the current line (after `- `, or at the
    /// start of the document) instead of starting a new one.
    var firstInline: Bool
    var index = 0

    var count: Int { isObject ? object.count : array.count }
}

private struct YAMLOutput {
    var bytes: [UInt8] = []
    var stack: [YAMLFrame] = []

    /// Longest key, in bytes as written (quotes and escapes included), written as an
    /// implicit `key: value`; YAML caps implicit keys at 1,024 characters.
    static let maximumImplicitKeyLength = 1000

    init() { bytes.reserveCapacity(4096) }

    mutating func write(_ root: JSONValue) {
        switch root {
        case let .array(items) where !items.isEmpty:
            stack.append(YAMLFrame(array: items, isObject: false, column: 0, firstInline: true))
        case let .object(object) where !object.isEmpty:
            stack.append(YAMLFrame(object: object, isObject: true, column: 0, firstInline: true))
        default:
            writeScalar(root)
        }
        while !stack.isEmpty {
            let top = stack.count - 1
            let frame = stack[top]
            if frame.index == frame.count {
                stack.removeLast()
                continue
            }
            stack[top].index += 1
            if frame.index > 0 || !frame.firstInline { newline(column: frame.column) }
            if frame.isObject {
                let (key, value) = frame.object.elements[frame.index]
                let keyStart = bytes.count
                writeString(key)
                if bytes.count - keyStart > Self.maximumImplicitKeyLength {
                    bytes.insert(contentsOf: "? ".utf8, at: keyStart)
                    newline(column: frame.column)
                }
                append(":")
                writeMappingValue(value, column: frame.column)
            } else {
                append("- ")
                writeSequenceItem(frame.array[frame.index], column: frame.column)
            }
        }
    }

    /// After `key:`: a scalar on the same line, a collection on the lines below.
    private mutating func writeMappingValue(_ value: JSONValue, column: Int) {
        switch value {
        case let .array(items) where !items.isEmpty:
            stack.append(YAMLFrame(array: items, isObject: false, column: column + 2, firstInline: false))
        case let .object(object) where !object.isEmpty:
            stack.append(YAMLFrame(object: object, isObject: true, column: column + 2, firstInline: false))
        default:
            append(" ")
            writeScalar(value)
        }
    }

    /// After `- `: anything starts on the same line.
    private mutating func writeSequenceItem(_ value: JSONValue, column: Int) {
        switch value {
        case let .array(items) where !items.isEmpty:
            stack.append(YAMLFrame(array: items, isObject: false, column: column + 2, firstInline: true))
        case let .object(object) where !object.isEmpty:
            stack.append(YAMLFrame(object: object, isObject: true, column: column + 2, firstInline: true))
        default:
            writeScalar(value)
        }
    }

    /// A scalar or an empty collection.
    private mutating func writeScalar(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case let .bool(flag): append(flag ? "true" : "false")
        case let .integer(number): append(String(number))
        case let .double(number): append(Self.yamlNumber(number))
        case let .string(string): writeString(string)
        case let .token(token): writeString(token.description)
        case .array: append("[]")
        case .object: append("{}")
        }
    }

    /// JavaScript's notation, with a fraction added to a bare exponent form
    /// (`1e+21` → `1.0e+21`) since YAML 1.1 reads only that as a float.
    private static func yamlNumber(_ number: Double) -> String {
        guard let text = JSONNumberFormat.javaScript(number) else { return "null" }
        guard let e = text.firstIndex(of: "e"), !text[..<e].contains(".") else { return text }
        return text[..<e] + ".0" + text[e...]
    }

    private mutating func newline(column: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: column))
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func writeString(_ string: String) {
        if Self.isSafePlain(string) {
            append(string)
        } else {
            writeDoubleQuoted(string)
        }
    }

    /// Words that some YAML 1.1 or 1.2 schema reads as a boolean or null, in any case.
    private static let reservedWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf"]

    /// Whether `string` reads back as this same string when written without quotes.
    static func isSafePlain(_ string: String) -> Bool {
        let utf8 = string.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        guard isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: "$") || first == UInt8(ascii: "/") else { return false }
        guard last != UInt8(ascii: " ") && last != UInt8(ascii: ":") else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            guard isLetter(byte) || isPlainPunctuation(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { return false }
            if previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ") { return false }
            previous = byte
        }
        if utf8.count <= 5 && reservedWords.contains(string.lowercased()) { return false }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// Punctuation with no meaning inside a block plain scalar after its first
    /// character (`:` only before a space, handled separately). `#`, quotes, `\`,
    /// `[`, `]`, `|`, `>`, `&`, `!`, `%` and `` ` `` are left out to stay obviously safe;
    /// `*` is in, since ARNs and IAM actions are full of it.
    private static func isPlainPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "+"),
             UInt8(ascii: "="), UInt8(ascii: ","), UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "*"):
            return true
        default:
            return false
        }
    }

    /// A double-quoted scalar on one line. Escapes what YAML would fold or reject:
    /// C0 controls, DEL, C1 controls, U+2028/U+2029 (YAML 1.1 line breaks), the BOM,
    /// U+FFFE and U+FFFF.
    private mutating func writeDoubleQuoted(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x00: append("\\0")
            case 0x07: append("\\a")
            case 0x08: append("\\b")
            case 0x09: append("\\t")
            case 0x0A: append("\\n")
            case 0x0B: append("\\v")
            case 0x0C: append("\\f")
            case 0x0D: append("\\r")
            case 0x1B: append("\\e")
            case 0x01...0x1F, 0x7F...0x9F:
                append("\\x")
                appendHex(value, digits: 2)
            case 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                append("\\u")
                appendHex(value, digits: 4)
            case 0x20...0x7E:
                bytes.append(UInt8(truncatingIfNeeded: value))
            default:
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendHex(_ value: UInt32, digits: Int) {
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            let nibble = UInt8(truncatingIfNeeded: (value >> UInt32(shift)) & 0xF)
            bytes.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10)
        }
    }
}
