/// Renders JSON values as deterministic text, byte for byte what JavaScript's
/// `JSON.stringify(value, null, indent)` prints (the AWS CDK's writer).
///
/// - Objects keep their stored key order; arrays their element order.
/// - `indent` spaces per nesting level (at most 10, as `JSON.stringify` caps it), a
///   space after each colon; `0` (or a negative indent) gives the compact form without
///   any spaces or newlines: `{"a":[1,2]}`.
/// - Empty objects and arrays print as `{}` and `[]`.
/// - Strings escape `"`, `\` and the control characters U+0000–U+001F (`\b`, `\f`,
///   `\n`, `\r`, `\t`, otherwise `\u00xx` in lowercase hex). `/` and every other
///   character, including U+2028, U+2029 and emoji, are written as UTF-8.
/// - Integers print exactly; doubles in the shortest form that reads back as the same
///   double, in JavaScript's notation (`1.5`, `1` for 1.0, `0` for -0.0, `1e+21`, `1e-7`).
///   As in JavaScript, a whole double of 2^53 or more prints as its integer digits, which
///   this package's parser and JavaScript read back as the same double.
///   Non-finite doubles (NaN and the infinities) have no JSON form and print as `null`,
///   as `JSON.stringify` does.
/// - A `token` (which synthesis should have resolved before rendering) prints as a
///   string holding its `description`.
/// - The output has no trailing newline.
///
/// The writer keeps its own stack, so deeply nested values do not exhaust the call stack.
public struct JSONWriter {
    /// Spaces per nesting level, at most 10; zero or less renders compactly.
    public var indent: Int

    public init(indent: Int = 2) { self.indent = indent }

    /// The text of `value`.
    public func render(_ value: JSONValue) -> String {
        String(decoding: renderUTF8(value), as: UTF8.self)
    }

    /// The text of `value` as UTF-8 bytes, with `suffix` after it: what a file holds,
    /// without the copy a `String` costs.
    public func renderUTF8(_ value: JSONValue, suffix: String = "") -> [UInt8] {
        var output = JSONOutput(indent: min(max(0, indent), 10), baseLevel: 0, capacity: 4096)
        output.write(value)
        var suffix = suffix
        suffix.withUTF8 { output.buffer.append($0) }
        return output.buffer.takeArray()
    }

    /// Appends the text of `value` to `bytes`, nested `level` levels deep (its lines
    /// indented for that depth): a caller that writes the enclosing document itself
    /// streams its members through this.
    public func write(_ value: JSONValue, level: Int = 0, into bytes: inout [UInt8]) {
        if case let .string(string) = value {
            JSONWriter.writeString(string, into: &bytes)
            return
        }
        var output = JSONOutput(indent: min(max(0, indent), 10), baseLevel: level, capacity: 512)
        output.write(value)
        output.buffer.move(appendingTo: &bytes)
    }

    /// Appends `string` as a JSON string literal to `bytes`.
    public static func writeString(_ string: String, into bytes: inout [UInt8]) {
        var string = string
        string.withUTF8 { utf8 in
            if !utf8.contains(where: JSONOutput.needsEscape) {
                bytes.append(UInt8(ascii: "\""))
                bytes.append(contentsOf: utf8)
                bytes.append(UInt8(ascii: "\""))
            } else {
                var buffer = ByteBuffer(capacity: utf8.count * 2 + 2)
                JSONOutput.writeString(utf8, into: &buffer)
                buffer.move(appendingTo: &bytes)
            }
        }
    }

    /// Appends a line break and the indentation of `level` (nothing when compact).
    public func writeNewline(level: Int, into bytes: inout [UInt8]) {
        let indent = min(max(0, indent), 10)
        guard indent > 0 else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }
}

/// A container being written: its elements or members and the next one to write.
private struct JSONFrame {
    var array: [JSONValue] = []
    var object = JSONObject()
    var isObject: Bool
    var index = 0

    var count: Int { isObject ? object.count : array.count }
}

private struct JSONOutput {
    let indent: Int
    /// The depth of the value being written within its document.
    let baseLevel: Int
    var buffer: ByteBuffer
    var stack: [JSONFrame] = []

    init(indent: Int, baseLevel: Int, capacity: Int) {
        self.indent = indent
        self.baseLevel = baseLevel
        buffer = ByteBuffer(capacity: capacity)
    }

    mutating func write(_ root: JSONValue) {
        begin(root)
        // The frame is read in place rather than copied: a copy would retain and release
        // its array or object on every member.
        while let top = stack.indices.last {
            let index = stack[top].index
            let isObject = stack[top].isObject
            if index == stack[top].count {
                stack.removeLast()
                newline()
                buffer.append(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
                continue
            }
            stack[top].index += 1
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            newline()
            if isObject {
                let (key, value) = stack[top].object.entries[index]
                writeString(key)
                buffer.append(UInt8(ascii: ":"))
                if indent > 0 { buffer.append(UInt8(ascii: " ")) }
                begin(value)
            } else {
                begin(stack[top].array[index])
            }
        }
    }

    /// Writes a scalar or an empty container whole, or opens a non-empty container.
    private mutating func begin(_ value: JSONValue) {
        switch value {
        case .null: buffer.append("null")
        case let .bool(flag): buffer.append(flag ? "true" : "false")
        case let .integer(number): buffer.appendInteger(number)
        case let .double(number):
            if let text = JSONNumberFormat.javaScript(number) { writeText(text) } else { buffer.append("null") }
        case let .string(string): writeString(string)
        case let .token(token): writeString(token.description)
        case let .array(items):
            if items.isEmpty {
                buffer.append("[]")
            } else {
                buffer.append(UInt8(ascii: "["))
                stack.append(JSONFrame(array: items, isObject: false))
            }
        case let .object(object):
            if object.isEmpty {
                buffer.append("{}")
            } else {
                buffer.append(UInt8(ascii: "{"))
                stack.append(JSONFrame(object: object, isObject: true))
            }
        }
    }

    /// A line break and the indentation of the current depth (nothing when compact).
    private mutating func newline() {
        guard indent > 0 else { return }
        buffer.append(UInt8(ascii: "\n"))
        buffer.appendSpaces(indent * (baseLevel + stack.count))
    }

    private mutating func writeText(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append($0) }
    }

    private mutating func writeString(_ string: String) {
        var string = string
        string.withUTF8 { Self.writeString($0, into: &buffer) }
    }

    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Appends the UTF-8 text `utf8` as a JSON string literal.
    static func writeString(_ utf8: UnsafeBufferPointer<UInt8>, into buffer: inout ByteBuffer) {
        buffer.reserve(utf8.count + 2)
        buffer.append(UInt8(ascii: "\""))
        var start = 0
        for offset in 0..<utf8.count {
            let byte = utf8[offset]
            guard needsEscape(byte) else { continue }
            buffer.append(UnsafeBufferPointer(rebasing: utf8[start..<offset]))
            start = offset + 1
            buffer.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
            case 0x08: buffer.append(UInt8(ascii: "b"))
            case 0x0C: buffer.append(UInt8(ascii: "f"))
            case 0x0A: buffer.append(UInt8(ascii: "n"))
            case 0x0D: buffer.append(UInt8(ascii: "r"))
            case 0x09: buffer.append(UInt8(ascii: "t"))
            default:
                buffer.append("u00")
                buffer.append(hexDigit(byte >> 4))
                buffer.append(hexDigit(byte & 0xF))
            }
        }
        buffer.append(UnsafeBufferPointer(rebasing: utf8[start...]))
        buffer.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}

/// Bytes being written, in memory of their own: appending a few bytes is a capacity
/// check and a copy, which the writer does for every key, value and line break. The
/// owner moves the bytes out (``takeArray()``, ``move(appendingTo:)``), which frees them.
private struct ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// Makes room for `extra` more bytes.
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func appendSpaces(_ spaces: Int) {
        guard spaces > 0 else { return }
        reserve(spaces)
        (base + count).update(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    /// The decimal digits of `number`, without the `String` that `description` makes.
    mutating func appendInteger(_ number: Int) {
        if number == 0 { append(UInt8(ascii: "0")); return }
        var magnitude = number.magnitude
        var digits = 0
        var probe = magnitude
        while probe > 0 { digits += 1; probe /= 10 }
        if number < 0 { append(UInt8(ascii: "-")) }
        reserve(digits)
        var position = count + digits
        while magnitude > 0 {
            position -= 1
            base[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        }
        count += digits
    }

    /// The bytes as an array; the buffer is freed and must not be used again.
    mutating func takeArray() -> [UInt8] {
        var array: [UInt8] = []
        move(appendingTo: &array)
        return array
    }

    /// Appends the bytes to `array`; the buffer is freed and must not be used again.
    mutating func move(appendingTo array: inout [UInt8]) {
        array.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        base.deallocate()
        count = 0
        capacity = 0
    }
}

/// Number formatting shared by the JSON and YAML writers.
enum JSONNumberFormat {
    /// `number` as JavaScript's `Number.prototype.toString` prints it (the shortest
    /// digits that round-trip, plain decimal notation from 1e-7 up to 1e21, exponent
    /// notation outside), or `nil` for NaN and the infinities.
    static func javaScript(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        if number == 0 { return "0" }
        // A whole number below 2^53 is exactly an integer, which JavaScript prints as one.
        if number.magnitude < 9_007_199_254_740_992, number.rounded(.towardZero) == number {
            return String(Int64(number))
        }
        // Swift's description already gives the shortest round-tripping digits;
        // only the notation differs from JavaScript's.
        let (digits, pointPosition) = decimalDigits(of: number.magnitude)
        let sign = number < 0 ? "-" : ""
        let k = digits.count
        let n = pointPosition
        if k <= n && n <= 21 {
            return sign + digits + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            let split = digits.index(digits.startIndex, offsetBy: n)
            let whole = String(digits[..<split])
            let fraction = String(digits[split...])
            return sign + whole + "." + fraction
        }
        if -6 < n && n <= 0 {
            return sign + "0." + String(repeating: "0", count: -n) + digits
        }
        let exponent = n - 1
        let exponentText = (exponent < 0 ? "e-" : "e+") + String(exponent.magnitude)
        if k == 1 { return sign + digits + exponentText }
        let first = String(digits.prefix(1))
        let rest = String(digits.dropFirst())
        return sign + first + "." + rest + exponentText
    }

    /// The significant digits of a positive finite `number` (no leading or trailing
    /// zeros) and where the decimal point goes: value = 0.digits × 10^pointPosition.
    private static func decimalDigits(of number: Double) -> (digits: String, pointPosition: Int) {
        let text = number.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var integerPart = mantissa
        var fractionPart = Substring("")
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fractionPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = Array(integerPart + fractionPart)
        var pointPosition = integerPart.count + exponent
        let leadingZeros = digits.prefix { $0 == "0" }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.last == "0" { digits.removeLast() }
        return (String(digits), pointPosition)
    }
}
