// Temporary until the real implementations land.
enum UniqueID {
    static func logicalID(_ components: [String]) -> String? {
        let c = components.filter { $0 != "Default" }
        if c.isEmpty { return nil }
        return c.joined().filter { $0.isLetter || $0.isNumber } + (c.count > 1 ? "HASHHASH" : "")
    }
    static func artifactID(_ components: [String]) -> String { components.joined() }
}
