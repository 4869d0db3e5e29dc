/// A Fargate platform version for an ECS task.
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html
public struct FargatePlatformVersion: RawRepresentable, Equatable {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The newest version Fargate offers.
    public static let latest = FargatePlatformVersion(rawValue: "LATEST")
    public static let version1_4 = FargatePlatformVersion(rawValue: "1.4.0")
    public static let version1_3 = FargatePlatformVersion(rawValue: "1.3.0")
    public static let version1_2 = FargatePlatformVersion(rawValue: "1.2.0")
    public static let version1_1 = FargatePlatformVersion(rawValue: "1.1.0")
    public static let version1_0 = FargatePlatformVersion(rawValue: "1.0.0")
}
