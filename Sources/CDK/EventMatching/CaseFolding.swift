/// Case-insensitive comparison as EventBridge makes it: each character lowercased on
/// its own (simple folding), so `É` equals `é` but `STRASSE` does not equal `straße`.
enum CaseFolding {
    /// The scalars of `text`, each lowercased when its lowercase is a single scalar.
    static func folded(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map(fold)
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            let value = scalar.value
            return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let single = lower.first else { return scalar }
        return single
    }
}
