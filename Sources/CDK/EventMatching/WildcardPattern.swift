/// A `wildcard` matcher's pattern: `*` matches any run of characters (none included,
/// `/` included), `\*` is a literal star and `\\` a literal backslash; every other
/// character stands for itself. The validator has rejected other escapes and `**`.
struct WildcardPattern {
    enum Piece: Equatable {
        case literal(Unicode.Scalar)
        case star
    }

    let pieces: [Piece]

    init(_ text: String) {
        var pieces: [Piece] = []
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                pieces.append(.literal(scalar))
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                pieces.append(scalar == "*" ? .star : .literal(scalar))
            }
        }
        self.pieces = pieces
    }

    /// Whether the whole of `text` matches; linear backtracking to the last star.
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var p = 0
        var s = 0
        var starPiece = -1
        var starText = 0
        while s < scalars.count {
            if p < pieces.count, case let .literal(scalar) = pieces[p], scalar == scalars[s] {
                p += 1
                s += 1
            } else if p < pieces.count, pieces[p] == .star {
                starPiece = p
                starText = s
                p += 1
            } else if starPiece >= 0 {
                p = starPiece + 1
                starText += 1
                s = starText
            } else {
                return false
            }
        }
        while p < pieces.count, pieces[p] == .star { p += 1 }
        return p == pieces.count
    }
}
