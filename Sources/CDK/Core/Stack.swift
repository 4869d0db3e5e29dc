/// A unit of deployment: renders one CloudFormation template and one stack
/// artifact in the cloud assembly.
///
/// The stack name defaults to the construct ID and must match
/// `^[A-Za-z][A-Za-z0-9-]*$` with at most 128 characters, as CloudFormation requires
/// (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html).
public final class Stack: Construct {
    /// Where the stack deploys: its own environment, completed by its stage's.
    public private(set) var environment: Environment
    /// The stage the stack is declared in, if any.
    public private(set) weak var stage: Stage?
    /// The explicit CloudFormation stack name, if one was given.
    public let explicitStackName: String?
    public let stackDescription: String?
    public let terminationProtection: Bool
    /// Tags CloudFormation applies to the stack and every resource in it that supports tags.
    public let tags: [String: String]

    public init(
        _ id: String,
        env: Environment = .agnostic,
        stackName: String? = nil,
        description: String? = nil,
        terminationProtection: Bool = false,
        tags: [String: String] = [:],
        dependsOn: [Stack] = [],
        @ConstructBuilder _ members: () -> [Construct] = { [] }
    ) {
        self.environment = env
        self.explicitStackName = stackName
        self.stackDescription = description
        self.terminationProtection = terminationProtection
        self.tags = tags
        super.init(id, children: members)
        for stack in dependsOn { addDependency(stack) }
    }

    /// The CloudFormation stack name: the explicit one, else the construct ID, after
    /// `<stage>-` in a stage (as the CDK names it).
    public var stackName: String { explicitStackName ?? (stage.map { $0.id + "-" + id } ?? id) }

    /// Puts the stack in `stage`, whose environment fills what the stack leaves unset.
    func join(_ stage: Stage) {
        self.stage = stage
        environment = Environment(
            account: environment.account ?? stage.environment.account,
            region: environment.region ?? stage.environment.region)
    }
}
