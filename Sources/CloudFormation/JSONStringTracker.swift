/// Follows JSON text one scalar at a time and tells whether the position is inside a
/// string literal (escapes included), for the code that puts values into JSON text
/// templates: a value inside a string is written without its quotes.
public struct JSONStringTracker {
    /// Whether the last scalar read leaves the text inside a string literal.
    public private(set) var inString = false
    private var escaping = false

    public init() {}

    /// Reads the next scalar of the text.
    public mutating func read(_ scalar: Unicode.Scalar) {
        if inString {
            if escaping {
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == "\"" {
                inString = false
            }
        } else if scalar == "\"" {
            inString = true
        }
    }

    /// Notes a value put in at this point: it ends any escape sequence.
    public mutating func readValue() {
        escaping = false
    }
}
