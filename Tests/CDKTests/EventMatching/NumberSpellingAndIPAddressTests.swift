import Testing
@testable import CDK

@Suite struct NumberSpellingTests {
    @Test func aDoubleHoldsTheNumbersItReadsBackAs() {
        #expect(NumberSpelling.exactDouble("300") == 300)
        #expect(NumberSpelling.exactDouble("3.0e2") == 300)
        #expect(NumberSpelling.exactDouble("301.8") == 301.8)
        #expect(NumberSpelling.exactDouble("-0") == 0)
        #expect(NumberSpelling.exactDouble("1e-7") == 1e-7)
        #expect(NumberSpelling.exactDouble("9007199254740992") == 9_007_199_254_740_992)
    }

    @Test func aDoubleDoesNotHoldNumbersItWouldChange() {
        #expect(NumberSpelling.exactDouble("12345678901234567890") == nil)
        #expect(NumberSpelling.exactDouble("9007199254740993") == nil)
        #expect(NumberSpelling.exactDouble("1e400") == nil)
        #expect(NumberSpelling.exactDouble("1e-400") == nil)
    }

    @Test func nonZeroDigitsAreFoundBeforeTheExponentOnly() {
        #expect(NumberSpelling.hasNonZeroDigit("1E-325"))
        #expect(!NumberSpelling.hasNonZeroDigit("0.000e5"))
    }
}

@Suite struct IPAddressTests {
    @Test func everySpellingOfAnAddressHasOneHexForm() {
        #expect(IPAddress.hex("10.0.0.1") == "0A000001")
        #expect(IPAddress.hex("10.0.0.01") == "0A000001")
        #expect(IPAddress.hex("2001:db8::1") == IPAddress.hex("2001:0DB8:0:0:0:0:0:1"))
        #expect(IPAddress.hex("::ffff:1.2.3.4") == "00000000000000000000FFFF01020304")
        #expect(IPAddress.hex("::") == String(repeating: "0", count: 32))
    }

    @Test func whatIsNotAnAddressHasNoHexForm() {
        for text in ["10.0.0.256", "10.0.0", "10.0.0.1:443", "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7:8:9", ""] {
            #expect(IPAddress.hex(text) == nil, "\(text)")
        }
    }

    @Test func blocksSpanTheirHostBits() {
        #expect(IPAddress.range("10.0.0.5/24")?.low == "0A000000")
        #expect(IPAddress.range("10.0.0.5/24")?.high == "0A0000FF")
        #expect(IPAddress.range("10.0.0.0/9")?.high == "0A7FFFFF")
        #expect(IPAddress.range("2001:db8::/32")?.high == "20010DB8FFFFFFFFFFFFFFFFFFFFFFFF")
        #expect(IPAddress.range("10.0.0.0") == nil)
    }
}
