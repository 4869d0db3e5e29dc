/// The order in which the CDK sorts construct paths (`localeCompare`, ICU's root
/// collation, which Node uses), for the ASCII characters construct IDs are made of:
/// white space and punctuation first, then digits, then letters without regard to case;
/// between strings equal so far, lower case before upper case.
enum Collation {
    /// ICU's root order of the printable ASCII characters; a letter's two cases share a rank.
    private static let order = Array(" _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz".unicodeScalars)
    private static let ranks: [UInt32: Int] = {
        var ranks: [UInt32: Int] = [:]
        for (rank, scalar) in order.enumerated() { ranks[scalar.value] = rank }
        return ranks
    }()

    /// Whether `lhs` sorts before `rhs`, as `lhs.localeCompare(rhs) < 0`.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.unicodeScalars), right = Array(rhs.unicodeScalars)
        for (a, b) in zip(left, right) where primary(a) != primary(b) {
            return primary(a) < primary(b)
        }
        if left.count != right.count { return left.count < right.count }
        for (a, b) in zip(left, right) where a != b {
            let aIsLower = a.properties.isLowercase, bIsLower = b.properties.isLowercase
            if aIsLower != bIsLower { return aIsLower }
            return a.value < b.value
        }
        return false
    }

    /// The primary weight: the rank in ICU's order, other characters after it by code point.
    private static func primary(_ scalar: Unicode.Scalar) -> Int {
        let folded = scalar.value >= 65 && scalar.value <= 90 ? scalar.value + 32 : scalar.value
        return ranks[folded] ?? order.count + Int(scalar.value)
    }
}
