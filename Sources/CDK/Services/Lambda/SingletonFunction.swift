/// A Lambda function that exists once per stack however many constructs use it, as the
/// CDK's `SingletonFunction`: each user places a `SingletonFunction` (which renders
/// nothing itself), and the first one to be prepared creates the shared `Function` as the
/// stack's child `<purpose><uuid without dashes>` (`SingletonLambda…` without a purpose),
/// so its resources get the CDK's logical IDs (`AWSb4cf1abd…ServiceRole9FFE9C50`). The
/// first user's settings win; later users share that function.
///
/// Users get the shared function with `sharedFunction(_:)` and grant its role what they
/// need with `addToRolePolicy(_:scope:)` during their own `prepare`; the statements of
/// every user are rendered together in the role's default policy, identical ones once.
public final class SingletonFunction: Construct {
    /// Identifies the function in its stack; users of one handler share one UUID.
    public let uuid: String
    /// The prefix of the shared function's construct ID, which says what it is for.
    public let lambdaPurpose: String?
    public let runtime: String
    public let handler: String
    public let inlineCode: String
    public let timeoutSeconds: Int?
    public let memorySize: Int?

    public init(
        _ id: String, uuid: String, lambdaPurpose: String? = nil, runtime: String, handler: String,
        inlineCode: String, timeoutSeconds: Int? = nil, memorySize: Int? = nil
    ) {
        self.uuid = uuid
        self.lambdaPurpose = lambdaPurpose
        self.runtime = runtime
        self.handler = handler
        self.inlineCode = inlineCode
        self.timeoutSeconds = timeoutSeconds
        self.memorySize = memorySize
        super.init(id)
    }

    /// The shared function's construct ID in its stack, as the CDK's `SingletonFunction`
    /// names it.
    public var sharedID: String {
        (lambdaPurpose ?? "SingletonLambda") + uuid.replacing("-", with: "")
    }

    /// The shared function of the stack that `scope` belongs to, created on first use.
    /// `nil` outside a stack.
    public func sharedFunction(_ scope: ConstructScope) -> Function? {
        scope.singleton(sharedID) {
            Function(sharedID, runtime: runtime, handler: handler, inlineCode: inlineCode,
                     timeoutSeconds: timeoutSeconds, memorySize: memorySize)
        }
    }

    public override func prepare(_ scope: ConstructScope) {
        _ = sharedFunction(scope)
    }

    /// Adds `statement` to the shared function's role.
    public func addToRolePolicy(_ statement: PolicyStatement, scope: ConstructScope) {
        guard let function = sharedFunction(scope) else { return }
        scope.addStatement(statement, to: function.role)
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        guard !uuid.isEmpty else {
            return [scope.error("lambda.singletonFunction.uuid", "singleton function '\(scope.path)' has an empty UUID",
                                hint: "give every handler a fixed UUID of its own")]
        }
        return []
    }
}
