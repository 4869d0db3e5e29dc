import CloudFormation
import Foundation

extension Matcher {
    /// Matches `actual` (`nil` for a missing key) against this pattern.
    ///
    /// - Parameter partialObjects: whether literal objects match partially here; an
    ///   explicit matcher sets it for the literals inside it, as in the CDK.
    func test(_ actual: JSONValue?, partialObjects: Bool) -> MatchResult {
        switch kind {
        case let .scalar(expected):
            return testScalar(expected, actual)
        case let .object(members, mode):
            let partial: Bool
            switch mode {
            case .literal: partial = partialObjects
            case .like: partial = true
            case .equals: partial = false
            }
            return testObject(members, partial: partial, actual)
        case let .array(elements, mode):
            switch mode {
            case .literal: return testWholeArray(elements, partialObjects: partialObjects, actual)
            case .equals: return testWholeArray(elements, partialObjects: false, actual)
            case .with: return testSubsequence(elements, actual)
            }
        case let .exact(inner):
            return inner.test(actual, partialObjects: false)
        case .absent:
            var result = MatchResult()
            if let actual { result.fail("expected no value, got \(abridged(actual))") }
            return result
        case .anyValue:
            var result = MatchResult()
            if actual == nil || actual == .null { result.fail("expected a value, got \(actual.map { abridged($0) } ?? "nothing")") }
            return result
        case let .regularExpression(pattern):
            return testRegularExpression(pattern, actual)
        case let .not(inner):
            var result = MatchResult()
            if inner.test(actual, partialObjects: false).isSuccess {
                result.fail("expected a value not matching \(abridged(inner)), got \(actual.map { abridged($0) } ?? "nothing")")
            }
            return result
        case let .serializedJSON(inner):
            return testSerializedJSON(inner, actual)
        }
    }

    private func testScalar(_ expected: JSONValue, _ actual: JSONValue?) -> MatchResult {
        var result = MatchResult()
        guard let actual else {
            result.fail("expected \(abridged(expected)), got nothing")
            return result
        }
        if actual != expected {
            result.fail("expected \(abridged(expected)), got \(abridged(actual))")
        }
        return result
    }

    private func testObject(_ members: [(key: String, value: Matcher)], partial: Bool, _ actual: JSONValue?) -> MatchResult {
        var result = MatchResult()
        guard case let .object(object)? = actual else {
            result.fail("expected an object, got \(actual.map { abridged($0) } ?? "nothing")")
            return result
        }
        for (key, pattern) in members {
            let value = object[key]
            if value == nil, !pattern.isAbsent {
                result.fail("missing key; expected \(abridged(pattern))", at: [key])
                continue
            }
            result.compose(key, pattern.test(value, partialObjects: partial))
        }
        if !partial {
            for (key, value) in object where !members.contains(where: { $0.key == key }) {
                result.fail("unexpected key, with value \(abridged(value))", at: [key])
            }
        }
        return result
    }

    /// The same number of elements, each matching the pattern at its index.
    private func testWholeArray(_ elements: [Matcher], partialObjects: Bool, _ actual: JSONValue?) -> MatchResult {
        var result = MatchResult()
        guard case let .array(items)? = actual else {
            result.fail("expected an array, got \(actual.map { abridged($0) } ?? "nothing")")
            return result
        }
        for (index, item) in items.enumerated() {
            if index < elements.count {
                result.compose(String(index), elements[index].test(item, partialObjects: partialObjects))
            } else {
                result.fail("unexpected element \(abridged(item)) (expected \(elements.count) elements, got \(items.count))", at: [String(index)])
            }
        }
        for index in items.count..<max(items.count, elements.count) {
            result.fail("missing element; expected \(abridged(elements[index])) (expected \(elements.count) elements, got \(items.count))", at: [String(index)])
        }
        return result
    }

    /// Elements matching the patterns in order, others allowed between them: each
    /// pattern takes the first element after the previous one's that it matches.
    private func testSubsequence(_ elements: [Matcher], _ actual: JSONValue?) -> MatchResult {
        var result = MatchResult()
        guard case let .array(items)? = actual else {
            result.fail("expected an array, got \(actual.map { abridged($0) } ?? "nothing")")
            return result
        }
        for (index, element) in elements.enumerated() where element.isAbsent || element.isAnyValue {
            result.fail("arrayWith cannot hold \(element) (pattern element \(index)): it matches no element or every element")
        }
        guard result.isSuccess else { return result }

        var matchedAt: [Int] = []
        var itemIndex = 0
        var triedForNext: [(index: Int, result: MatchResult)] = []
        while matchedAt.count < elements.count, itemIndex < items.count {
            let attempt = elements[matchedAt.count].test(items[itemIndex], partialObjects: false)
            if attempt.isSuccess {
                matchedAt.append(itemIndex)
                triedForNext = []
            } else {
                triedForNext.append((itemIndex, attempt))
            }
            itemIndex += 1
        }
        let failing = matchedAt.count
        guard failing < elements.count else { return result }

        for (patternIndex, index) in matchedAt.enumerated() {
            result.fail("arrayWith element \(patternIndex) matched here", at: [String(index)], cost: 0)
        }
        // The least different element is the likeliest intended one; the first on a tie.
        if let closest = triedForNext.min(by: { $0.result.cost < $1.result.cost }) {
            result.fail("closest element to arrayWith element \(failing), \(abridged(elements[failing]))", at: [String(closest.index)], cost: 0)
            result.compose(String(closest.index), closest.result)
        } else {
            let after = matchedAt.last.map { " after element \($0)" } ?? ""
            result.fail("no element\(after) to match arrayWith element \(failing), \(abridged(elements[failing]))")
        }
        return result
    }

    private func testRegularExpression(_ pattern: String, _ actual: JSONValue?) -> MatchResult {
        var result = MatchResult()
        guard case let .string(string)? = actual else {
            result.fail("expected a string matching /\(pattern)/, got \(actual.map { abridged($0) } ?? "nothing")")
            return result
        }
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]) else {
            result.fail("invalid regular expression /\(pattern)/")
            return result
        }
        let range = NSRange(string.startIndex..<string.endIndex, in: string)
        if expression.firstMatch(in: string, options: [], range: range) == nil {
            result.fail("expected a string matching /\(pattern)/, got \(abridged(actual ?? .null))")
        }
        return result
    }

    private func testSerializedJSON(_ inner: Matcher, _ actual: JSONValue?) -> MatchResult {
        var result = MatchResult()
        guard case let .string(string)? = actual else {
            result.fail("expected a string of JSON, got \(actual.map { abridged($0) } ?? "nothing")")
            return result
        }
        let parsed: JSONValue
        do {
            parsed = try JSONParser.parse(string)
        } catch {
            result.fail("expected a string of JSON, got \(abridged(.string(string))) (\(error))")
            return result
        }
        let innerResult = inner.test(parsed, partialObjects: false)
        if !innerResult.isSuccess {
            // The paths below continue inside the decoded JSON.
            result.fail("the JSON in this string does not match; paths below continue inside it", cost: 0)
            result.merge(innerResult)
        }
        return result
    }

    var isAbsent: Bool {
        if case .absent = kind { return true }
        return false
    }

    var isAnyValue: Bool {
        if case .anyValue = kind { return true }
        return false
    }
}
