/// How the typed event sources build their patterns: an AWS service's `source`, the
/// detail types asked for, and the detail filters given, in a fixed order; a filter
/// left `nil` matches any value and is not rendered.
extension EventPattern {
    init(service source: String, detailTypes: [String], detail filters: [(key: String, filter: Match?)]) {
        var detail = Fields()
        for (key, filter) in filters {
            if let filter { detail[key] = filter }
        }
        self.init(
            source: [.exactString(source)],
            detailType: detailTypes.isEmpty ? nil : Match(detailTypes.map(Match.exactString)),
            detail: detail.isEmpty ? nil : detail)
    }
}

extension Match {
    /// A list of exact strings from typed values (`[.failed, .canceled]` → `["FAILED", "CANCELED"]`),
    /// `nil` when no filter is given.
    static func anyOf<Value: RawRepresentable>(_ values: [Value]?) -> Match? where Value.RawValue == String {
        values.map { Match($0.map { .exactString($0.rawValue) }) }
    }
}
