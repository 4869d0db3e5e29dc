import CloudFormation

/// A token standing for a value that a later synthesis phase would resolve.
struct StubToken: Token, Equatable {
    var name: String
    var description: String { "${Token[\(name)]}" }
}

/// `depth` arrays nested in one another around `innermost`.
func nestedArrays(depth: Int, innermost: JSONValue = .integer(1)) -> JSONValue {
    var value = innermost
    for _ in 0..<depth { value = .array([value]) }
    return value
}

/// `depth` objects nested in one another under the key `k`.
func nestedObjects(depth: Int, innermost: JSONValue = .integer(1)) -> JSONValue {
    var value = innermost
    for _ in 0..<depth { value = ["k": value] }
    return value
}
