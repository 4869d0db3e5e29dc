import Foundation

/// A failed template or snapshot assertion, with a message that says what differs
/// and where.
///
/// The assertions throw it, so a test fails with the message in Swift Testing
/// (`try template.hasResource…`) and in XCTest alike.
public struct AssertionFailure: Error, CustomStringConvertible {
    /// The whole message; lines after the first give the details.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension AssertionFailure: LocalizedError {
    public var errorDescription: String? { message }
}
