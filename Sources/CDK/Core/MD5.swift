/// The MD5 message digest ([RFC 1321](https://www.rfc-editor.org/rfc/rfc1321)).
///
/// The CDK suffixes logical IDs, unique resource names and generated stack names with
/// the first 8 hex digits of the MD5 of a construct path (`core/lib/private/md5.ts`).
/// Foundation on Linux has no digest API we may use, so this is a small implementation
/// over bytes. It is not for security: only for reproducing the CDK's names.
enum MD5 {
    /// The 16-byte digest of `bytes`.
    static func digest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { digest($0) }
    }

    /// The 16-byte digest of the bytes in `buffer`.
    static func digest(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var state: (UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476)
        MessageBlocks.forEach(in: buffer, lengthOrder: .littleEndian) { compress(&state, $0) }

        var result = [UInt8](repeating: 0, count: 16)
        for (i, word) in [state.0, state.1, state.2, state.3].enumerated() {
            for j in 0..<4 {
                result[i * 4 + j] = UInt8(truncatingIfNeeded: word >> (8 * UInt32(j)))
            }
        }
        return result
    }

    /// The lowercase hex MD5 of the UTF-8 bytes of `string` (what Node's
    /// `createHash('md5').update(string).digest('hex')` returns).
    static func hex(_ string: String) -> String {
        var string = string
        let bytes = string.withUTF8 { Self.digest(UnsafeRawBufferPointer($0)) }
        return lowercaseHex(bytes)
    }

    /// Lowercase hex digits of `bytes`.
    static func lowercaseHex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(hexDigit(byte >> 4))
            out.append(hexDigit(byte & 0x0f))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ASCII lowercase hex digit for a value below 16.
    @inline(__always)
    static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x57 + nibble
    }

    // MARK: - Compression

    /// Per-step left-rotation amounts, four per round.
    private static let shifts: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]

    /// `floor(abs(sin(i + 1)) * 2^32)`.
    private static let constants: [UInt32] = [
        0xd76a_a478, 0xe8c7_b756, 0x2420_70db, 0xc1bd_ceee, 0xf57c_0faf, 0x4787_c62a, 0xa830_4613, 0xfd46_9501,
        0x6980_98d8, 0x8b44_f7af, 0xffff_5bb1, 0x895c_d7be, 0x6b90_1122, 0xfd98_7193, 0xa679_438e, 0x49b4_0821,
        0xf61e_2562, 0xc040_b340, 0x265e_5a51, 0xe9b6_c7aa, 0xd62f_105d, 0x0244_1453, 0xd8a1_e681, 0xe7d3_fbc8,
        0x21e1_cde6, 0xc337_07d6, 0xf4d5_0d87, 0x455a_14ed, 0xa9e3_e905, 0xfcef_a3f8, 0x676f_02d9, 0x8d2a_4c8a,
        0xfffa_3942, 0x8771_f681, 0x6d9d_6122, 0xfde5_380c, 0xa4be_ea44, 0x4bde_cfa9, 0xf6bb_4b60, 0xbebf_bc70,
        0x289b_7ec6, 0xeaa1_27fa, 0xd4ef_3085, 0x0488_1d05, 0xd9d4_d039, 0xe6db_99e5, 0x1fa2_7cf8, 0xc4ac_5665,
        0xf429_2244, 0x432a_ff97, 0xab94_23a7, 0xfc93_a039, 0x655b_59c3, 0x8f0c_cc92, 0xffef_f47d, 0x8584_5dd1,
        0x6fa8_7e4f, 0xfe2c_e6e0, 0xa301_4314, 0x4e08_11a1, 0xf753_7e82, 0xbd3a_f235, 0x2ad7_d2bb, 0xeb86_d391,
    ]

    /// Processes one 64-byte block.
    private static func compress(_ state: inout (UInt32, UInt32, UInt32, UInt32), _ block: UnsafeRawBufferPointer) {
        let k = constants
        let s = shifts
        var a = state.0, b = state.1, c = state.2, d = state.3
        @inline(__always) func word(_ g: Int) -> UInt32 {
            UInt32(littleEndian: block.loadUnaligned(fromByteOffset: g * 4, as: UInt32.self))
        }
        @inline(__always) func step(_ f: UInt32, _ i: Int, _ g: Int, _ shift: UInt32) {
            let sum = a &+ f &+ k[i] &+ word(g)
            a = d
            d = c
            c = b
            b = b &+ ((sum << shift) | (sum >> (32 - shift)))
        }
        for i in 0..<16 { step((b & c) | (~b & d), i, i, s[i & 3]) }
        for i in 16..<32 { step((d & b) | (~d & c), i, (5 * i + 1) & 15, s[4 + (i & 3)]) }
        for i in 32..<48 { step(b ^ c ^ d, i, (3 * i + 5) & 15, s[8 + (i & 3)]) }
        for i in 48..<64 { step(c ^ (b | ~d), i, (7 * i) & 15, s[12 + (i & 3)]) }
        state.0 &+= a
        state.1 &+= b
        state.2 &+= c
        state.3 &+= d
    }
}
