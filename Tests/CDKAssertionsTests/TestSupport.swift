@testable import CDKAssertions

/// The message of the `AssertionFailure` that `body` throws, or `nil` when it succeeds.
func failureMessage(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let failure as AssertionFailure {
        return failure.message
    } catch {
        return "unexpected error: \(error)"
    }
}
