import Testing

@testable import CDK

@Suite struct MD5Tests {
    /// The test suite of RFC 1321, appendix A.5.
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
        (
            "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
            "57edf4a22be3c955ac49da2e2107b67a"
        ),
    ])
    func matchesRFC1321TestSuite(input: String, expected: String) {
        #expect(MD5.hex(input) == expected)
    }

    /// Lengths around the one-block and two-block padding boundaries, and several blocks;
    /// byte `i` is `(7 * i + 3) % 256`. Expected values from Python's `hashlib`.
    @Test(arguments: [
        (55, "52c0e574e1198de5fe3f8f11440dcb1b"),
        (56, "46c9907fc908ee68b1e7b8e71286a518"),
        (57, "1c805dd236c35cab25fcb1bc73802c51"),
        (63, "a62f6d59e837867693f042f5b8f5a236"),
        (64, "7160b8fb5e9e4023d549c3971fbaeead"),
        (65, "70bd662e7aefbda85a0f7244167b7897"),
        (119, "e84905d4214f4d1ca56c2cdcc152b143"),
        (120, "e3eb5a6c8669ea01a8c185b8abc8a5dc"),
        (128, "10b2da1a82f16d99a81a7203fe9f02cb"),
        (1000, "10046f077f2082ac19676b8079f1cb1a"),
    ])
    func hashesMultiBlockInputs(length: Int, expected: String) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: 7 * $0 + 3) }
        #expect(MD5.lowercaseHex(MD5.digest(bytes)) == expected)
    }

    @Test func hashesTheUTF8BytesOfNonASCIIText() {
        #expect(MD5.hex("caf\u{E9}/\u{65E5}\u{672C}\u{8A9E}/\u{1F600}") == "74c69c5858519e94340b511472435e49")
    }

    @Test func digestIsSixteenBytesMatchingHex() {
        let digest = MD5.digest(Array("MyBus/MyArchive/Archive".utf8))
        #expect(digest.count == 16)
        #expect(MD5.lowercaseHex(digest) == "323db057bbf4f1a271945ea101a2d066")
    }

    @Test func hashesOneMillionBytes() {
        #expect(MD5.lowercaseHex(MD5.digest([UInt8](repeating: 0x61, count: 1_000_000))) == "7707d6ae4e027c70eea2a935c2296f21")
    }
}
