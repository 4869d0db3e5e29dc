/// A secret a template refers to without holding it: a CloudFormation dynamic reference
/// resolved at deployment, or a parameter's value.
///
/// `{{resolve:secretsmanager:<id>:SecretString:<json key>:<stage>:<version>}}` and
/// `{{resolve:ssm-secure:<name>:<version>}}`, as the CDK's `SecretValue` renders them.
/// Only `unsafePlainText` puts the secret itself in the template.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
public struct SecretValue {
    /// What the template holds in the secret's place.
    public let value: JSONValue
    /// Whether the template holds the secret itself.
    public let isPlainText: Bool
    /// Whether it is an SSM SecureString reference, which CloudFormation resolves only in
    /// some resource types.
    let isSSMSecure: Bool

    init(value: JSONValue, isPlainText: Bool, isSSMSecure: Bool = false) {
        self.value = value
        self.isPlainText = isPlainText
        self.isSSMSecure = isSSMSecure
    }

    /// A Secrets Manager secret, by name or ARN; `jsonField` picks one key of a JSON secret.
    public static func secretsManager(_ secretID: String, jsonField: String? = nil, versionStage: String? = nil, versionID: String? = nil) -> SecretValue {
        let parts = [secretID, "SecretString", jsonField ?? "", versionStage ?? "", versionID ?? ""]
        return SecretValue(value: .string("{{resolve:secretsmanager:" + parts.joined(separator: ":") + "}}"), isPlainText: false)
    }

    /// An SSM SecureString parameter, at `version` or the latest.
    public static func ssmSecure(_ parameterName: String, version: String? = nil) -> SecretValue {
        let reference = version.map { parameterName + ":" + $0 } ?? parameterName
        return SecretValue(value: .string("{{resolve:ssm-secure:" + reference + "}}"), isPlainText: false, isSSMSecure: true)
    }

    /// The value of a template parameter (declare it with `noEcho`).
    public static func parameter(_ parameter: CfnParameter) -> SecretValue {
        SecretValue(value: parameter.value, isPlainText: false)
    }

    /// The secret itself, written into the template: anyone who can read the template
    /// can read it.
    public static func unsafePlainText(_ secret: String) -> SecretValue {
        SecretValue(value: .string(secret), isPlainText: true)
    }
}
