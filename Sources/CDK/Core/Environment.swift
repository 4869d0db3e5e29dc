/// Where a stack deploys: a concrete account and region, or either left for
/// deployment time (environment-agnostic).
public struct Environment: Hashable, CustomStringConvertible {
    public var account: String?
    public var region: String?

    public init(account: String? = nil, region: String? = nil) {
        self.account = account
        self.region = region
    }

    /// A concrete account and region (either may be left out).
    public static func aws(account: String? = nil, region: String? = nil) -> Environment {
        Environment(account: account, region: region)
    }

    /// Account and region resolved at deployment (`AWS::AccountId`, `AWS::Region`).
    public static let agnostic = Environment()

    /// Whether both account and region are known at synthesis.
    public var isConcrete: Bool { account != nil && region != nil }

    /// `aws://ACCOUNT/REGION`, with `unknown-account`/`unknown-region` for what is not known.
    public var description: String {
        "aws://\(account ?? "unknown-account")/\(region ?? "unknown-region")"
    }
}
