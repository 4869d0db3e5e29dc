import Testing
@testable import CDK

@Suite struct CollationTests {
    // The order Node 20's `localeCompare` gives these strings.
    @Test func pathsSortAsLocaleCompareSortsThem() {
        let sorted = [
            "a", "A", "a b", "a_b", "a-b", "a.b", "a{b", "a/b", "a/B", "a/ba", "ab", "aB", "ab1", "ab10", "ab2",
            "Stack/x", "Stack/X/Resource", "Stack/X1", "Stack/x2", "Stack/XResource",
        ]
        #expect(sorted.reversed().sorted(by: Collation.precedes) == sorted)
        #expect(sorted.shuffled().sorted(by: Collation.precedes) == sorted)
    }

    @Test func printableASCIIFollowsICUsRootOrder() {
        let expected = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ"
        let characters = (32..<127).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        #expect(characters.sorted(by: Collation.precedes).joined() == expected)
    }
}
