/// A value of the stack that uses it: its account, region or partition, literal where
/// the stack's environment is concrete and a pseudo parameter (`AWS::AccountId`…)
/// where it is not, as the CDK resolves `Stack.of(this).account`.
public enum StackValue: Token, Equatable {
    case account
    case region
    /// Always `{"Ref": "AWS::Partition"}`, as the CDK renders it without the
    /// `@aws-cdk/core:enablePartitionLiterals` feature flag.
    case partition
    case urlSuffix

    public var description: String {
        switch self {
        case .account: return "${Stack.account}"
        case .region: return "${Stack.region}"
        case .partition: return "${Stack.partition}"
        case .urlSuffix: return "${Stack.urlSuffix}"
        }
    }

    /// The value as JSON, resolved at synthesis in the stack that uses it.
    public var value: JSONValue { .token(self) }

    func resolved(in environment: Environment) -> JSONValue {
        switch self {
        case .account: return environment.account.map(JSONValue.string) ?? .pseudo(.accountId)
        case .region: return environment.region.map(JSONValue.string) ?? .pseudo(.region)
        case .partition: return .pseudo(.partition)
        case .urlSuffix: return .pseudo(.urlSuffix)
        }
    }

    /// `arn:<partition>:<service>:<region>:<account>:<resource>` in the stack that uses it,
    /// as the CDK's `Stack.formatArn` builds it.
    public static func arn(service: String, resource: JSONValue, region: JSONValue = StackValue.region.value,
                           account: JSONValue = StackValue.account.value) -> JSONValue {
        .join("", ["arn:", StackValue.partition.value, .string(":" + service + ":"), region, ":", account, ":", resource])
    }
}
