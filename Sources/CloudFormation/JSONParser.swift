/// A strict RFC 8259 JSON parser that reads text into `JSONValue`s.
///
/// - Object members keep the order they are written in; for a repeated key the last
///   value wins and the key keeps its first position (`JSONObject`'s rule).
/// - A number without fraction or exponent that fits in `Int` becomes `.integer`
///   (`-0` included, as `0`); every other number becomes `.double`. A number too
///   large for a double (`1e400`) is an error rather than an infinity.
/// - Strings accept every escape of RFC 8259; a `\u` surrogate pair decodes to one
///   character, and a lone surrogate is an error (it is no Unicode character).
/// - Trailing commas, leading zeros, comments, single quotes, unescaped control
///   characters in strings and anything after the value are errors. A leading byte
///   order mark is skipped, as RFC 8259 allows.
/// - Nesting deeper than `maximumDepth` arrays and objects is an error; the parser
///   keeps its own stack, so depth never exhausts the call stack.
public enum JSONParser {
    /// How many arrays and objects may nest inside one another.
    public static let maximumDepth = 512

    /// The value that `text` holds.
    ///
    /// - Throws: `JSONParseError` at the first character that is not valid JSON.
    public static func parse(_ text: String) throws -> JSONValue {
        try parse(text, building: JSONValueBuilder.self)
    }

    /// The value that `text` holds, exactly as written: numbers keep their spelling and
    /// objects keep every member, repeated keys included (see ``RawJSON``). Numbers of
    /// any magnitude are accepted (`1e400`); what they mean is up to the reader.
    ///
    /// - Throws: `JSONParseError` at the first character that is not valid JSON.
    public static func parseRaw(_ text: String) throws -> RawJSON {
        try parse(text, building: RawJSONBuilder.self)
    }

    private static func parse<Builder: JSONTreeBuilder>(_ text: String, building: Builder.Type) throws -> Builder.Value {
        var text = text
        return try text.withUTF8 { utf8 in
            var parser = JSONByteParser<Builder>(bytes: utf8)
            return try parser.parseDocument()
        }
    }
}

/// How the parser turns what it reads into one kind of tree.
private protocol JSONTreeBuilder {
    associatedtype Value
    static func null() -> Value
    static func bool(_ value: Bool) -> Value
    static func string(_ value: String) -> Value
    /// A number: its text, and its value when it has no fraction or exponent and fits
    /// in `Int`. `nil` rejects the number (too large).
    static func number(text: String, integer: Int?) -> Value?
    static func array(_ items: [Value]) -> Value
    static func object(_ members: [(key: String, value: Value)]) -> Value
}

private enum JSONValueBuilder: JSONTreeBuilder {
    static func null() -> JSONValue { .null }
    static func bool(_ value: Bool) -> JSONValue { .bool(value) }
    static func string(_ value: String) -> JSONValue { .string(value) }
    static func number(text: String, integer: Int?) -> JSONValue? {
        if let integer { return .integer(integer) }
        guard let number = Double(text), number.isFinite else { return nil }
        return .double(number)
    }
    static func array(_ items: [JSONValue]) -> JSONValue { .array(items) }
    static func object(_ members: [(key: String, value: JSONValue)]) -> JSONValue {
        .object(JSONObject(members.lazy.map { ($0.key, $0.value) }))
    }
}

private enum RawJSONBuilder: JSONTreeBuilder {
    static func null() -> RawJSON { .null }
    static func bool(_ value: Bool) -> RawJSON { .bool(value) }
    static func string(_ value: String) -> RawJSON { .string(value) }
    static func number(text: String, integer: Int?) -> RawJSON? { .number(text) }
    static func array(_ items: [RawJSON]) -> RawJSON { .array(items) }
    static func object(_ members: [(key: String, value: RawJSON)]) -> RawJSON { .object(members) }
}

/// Why a text is not valid JSON, and where: `line` and `column` count from 1, the
/// column in Unicode characters (scalars) from the start of the line.
public struct JSONParseError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 3, column 7: expected ',' or '}' after an object member`.
    public var description: String { "line \(line), column \(column): \(message)" }
}

/// An array or object whose members are still being read.
private struct ParseFrame<Value> {
    var isObject: Bool
    var array: [Value] = []
    var members: [(key: String, value: Value)] = []
    var key = ""
}

private struct JSONByteParser<Builder: JSONTreeBuilder> {
    typealias Value = Builder.Value
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var stack: [ParseFrame<Value>] = []
    /// Scratch space for strings with escapes.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func parseDocument() throws -> Value {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
        let value = try parseValue()
        skipWhitespace()
        if position < bytes.count { throw error("unexpected \(describeCurrent()) after the JSON value") }
        return value
    }

    /// Reads one value; containers are read iteratively with `stack`.
    private mutating func parseValue() throws -> Value {
        while true {
            // Read the next value, or open a container and go on to its first member.
            skipWhitespace()
            var value: Value
            guard position < bytes.count else { throw error("unexpected end of input, expected a value") }
            switch bytes[position] {
            case UInt8(ascii: "["):
                try open(isObject: false)
                skipWhitespace()
                if peek() == UInt8(ascii: "]") {
                    position += 1
                    value = Builder.array(stack.removeLast().array)
                } else {
                    continue
                }
            case UInt8(ascii: "{"):
                try open(isObject: true)
                skipWhitespace()
                if peek() == UInt8(ascii: "}") {
                    position += 1
                    value = Builder.object(stack.removeLast().members)
                } else {
                    stack[stack.count - 1].key = try parseKey()
                    continue
                }
            default:
                value = try parseScalar()
            }

            // Add the value to the enclosing containers, closing those that end here.
            while true {
                guard !stack.isEmpty else { return value }
                let top = stack.count - 1
                skipWhitespace()
                let next = peek()
                if stack[top].isObject {
                    stack[top].members.append((stack[top].key, value))
                    if next == UInt8(ascii: ",") {
                        position += 1
                        skipWhitespace()
                        stack[top].key = try parseKey()
                        break
                    }
                    guard next == UInt8(ascii: "}") else { throw error("expected ',' or '}' after an object member, found \(describeCurrent())") }
                    position += 1
                    value = Builder.object(stack.removeLast().members)
                } else {
                    stack[top].array.append(value)
                    if next == UInt8(ascii: ",") {
                        position += 1
                        skipWhitespace()
                        if peek() == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
                        break
                    }
                    guard next == UInt8(ascii: "]") else { throw error("expected ',' or ']' after an array element, found \(describeCurrent())") }
                    position += 1
                    value = Builder.array(stack.removeLast().array)
                }
            }
        }
    }

    private mutating func open(isObject: Bool) throws {
        guard stack.count < JSONParser.maximumDepth else {
            throw error("arrays and objects nest deeper than \(JSONParser.maximumDepth) levels")
        }
        position += 1
        stack.append(ParseFrame(isObject: isObject))
    }

    /// A member name and its colon; the position is at the opening quote.
    private mutating func parseKey() throws -> String {
        guard peek() == UInt8(ascii: "\"") else {
            if peek() == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
            throw error("expected a string as object key, found \(describeCurrent())")
        }
        let key = try parseString()
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after object key, found \(describeCurrent())") }
        position += 1
        return key
    }

    private mutating func parseScalar() throws -> Value {
        switch bytes[position] {
        case UInt8(ascii: "\""): return Builder.string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return Builder.bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return Builder.bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return Builder.null()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "]"): throw error("unexpected ']', expected a value")
        case UInt8(ascii: "}"): throw error("unexpected '}', expected a value")
        case UInt8(ascii: "/"): throw error("comments are not allowed in JSON")
        default:
            if isIdentifierByte(at: position) { throw error("unexpected '\(currentWord())', expected a value") }
            throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    /// The letters, digits and underscores from the position on, for messages.
    private func currentWord() -> String {
        var end = position
        while end < bytes.count && isIdentifierByte(at: end) { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<max(end, position + 1)]), as: UTF8.self)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws {
        let count = literal.utf8CodeUnitCount
        let matches = bytes.count - position >= count
            && (0..<count).allSatisfy { bytes[position + $0] == literal.utf8Start[$0] }
        guard matches, !isIdentifierByte(at: position + count) else {
            throw error("unexpected '\(currentWord())', expected a value")
        }
        position += count
    }

    private func isIdentifierByte(at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    private mutating func parseNumber() throws -> Value {
        let start = position
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        guard let first = peek(), isDigit(first) else { throw error("expected a digit after '-'") }
        // Accumulate toward the sign so that Int.min fits.
        var integer = 0
        var fitsInteger = true
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = peek(), isDigit(next) { throw error("numbers must not have leading zeros") }
        } else {
            while let byte = peek(), isDigit(byte) {
                if fitsInteger {
                    let digit = Int(byte - UInt8(ascii: "0"))
                    let (shifted, overflow1) = integer.multipliedReportingOverflow(by: 10)
                    let (sum, overflow2) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
                    if overflow1 || overflow2 { fitsInteger = false } else { integer = sum }
                }
                position += 1
            }
        }
        var isInteger = true
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard let byte = peek(), isDigit(byte) else { throw error("expected a digit after the decimal point") }
            while let byte = peek(), isDigit(byte) { position += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let byte = peek(), isDigit(byte) else { throw error("expected a digit in the exponent") }
            while let byte = peek(), isDigit(byte) { position += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let number = Builder.number(text: text, integer: isInteger && fitsInteger ? integer : nil) else {
            position = start
            throw error("number '\(text)' is too large for a double")
        }
        return number
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// A string literal; the position is at the opening quote.
    private mutating func parseString() throws -> String {
        position += 1
        let start = position
        // Fast path: no escapes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return string
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("unescaped control character U+\(hex4(UInt32(byte))) in string") }
            position += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte < 0x20 { throw error("unescaped control character U+\(hex4(UInt32(byte))) in string") }
            if byte != UInt8(ascii: "\\") {
                scratch.append(byte)
                position += 1
                continue
            }
            let escapeStart = position
            position += 1
            guard let escape = peek() else { break }
            position += 1
            switch escape {
            case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    let low: UInt32?
                    if position + 1 < bytes.count && bytes[position] == UInt8(ascii: "\\") && bytes[position + 1] == UInt8(ascii: "u") {
                        position += 2
                        low = try parseHex4()
                    } else {
                        low = nil
                    }
                    guard let low, (0xDC00...0xDFFF).contains(low) else {
                        position = escapeStart
                        throw error("lone high surrogate \\u\(hex4(scalar)) in string")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    position = escapeStart
                    throw error("lone low surrogate \\u\(hex4(scalar)) in string")
                }
                guard let unicodeScalar = Unicode.Scalar(scalar) else {
                    position = escapeStart
                    throw error("invalid Unicode scalar in string")
                }
                scratch.append(contentsOf: Character(unicodeScalar).utf8)
            default:
                position = escapeStart
                throw error("invalid escape '\\\(String(decoding: [escape], as: UTF8.self))' in string")
            }
        }
        throw error("unterminated string")
    }

    private mutating func parseHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek() else { throw error("expected four hex digits after '\\u'") }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("expected four hex digits after '\\u'")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }

    /// The character at the position, quoted, for messages.
    private func describeCurrent() -> String {
        guard position < bytes.count else { return "end of input" }
        var end = position + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
        if let scalar = character.unicodeScalars.first, scalar.value < 0x20 {
            return "control character U+\(hex4(scalar.value))"
        }
        return "'\(character)'"
    }

    /// An error at the current position.
    private func error(_ message: String) -> JSONParseError {
        let offset = min(position, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Count scalars, not bytes: continuation bytes do not start one.
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return JSONParseError(line: line, column: column, message: message)
    }
}
