/// What a JSON number's spelling says about its value, as EventBridge reads numbers:
/// by value when the double holds the number written, by spelling otherwise.
enum NumberSpelling {
    /// Whether the digits before any exponent include one other than zero (`1E-325` does,
    /// `0.0e5` does not).
    static func hasNonZeroDigit(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return false }
            if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") { return true }
        }
        return false
    }

    /// The double `text` stands for when that double reads back as the same decimal
    /// value (`300`, `3.0e2`, `301.8`, `-0`), `nil` when the double would change the
    /// number (`12345678901234567890`, `1e400`, `1e-400`).
    static func exactDouble(_ text: String) -> Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        guard let written = decimal(text), let stored = decimal(value.description) else { return nil }
        return written == stored ? value : nil
    }

    /// A decimal number in a canonical form: significant digits without leading or
    /// trailing zeros and the power of ten of the last one; zero has no digits and no sign.
    struct Decimal: Equatable {
        var negative: Bool
        var digits: [UInt8]
        var exponent: Int
    }

    /// `text` (JSON's number syntax, or Swift's `1.5e+19`) in canonical form.
    static func decimal(_ text: String) -> Decimal? {
        var negative = false
        var digits: [UInt8] = []
        var fractionDigits = 0
        var exponent = 0
        var inFraction = false
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        } else if bytes.first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        while let byte = bytes.first {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let value = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)) else { return nil }
                exponent = value
                break
            } else {
                return nil
            }
            bytes = bytes.dropFirst()
        }
        while digits.first == 0 { digits.removeFirst() }
        exponent -= fractionDigits
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty { return Decimal(negative: false, digits: [], exponent: 0) }
        return Decimal(negative: negative, digits: digits, exponent: exponent)
    }
}
