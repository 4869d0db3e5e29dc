/// A Step Functions state machine a rule can start: one of this app's `StateMachine`s,
/// or one imported by ARN. It is a construct because the role EventBridge assumes to
/// start it is placed under it, as in the CDK.
public protocol StateMachineReference: Construct {
    var stateMachineArn: JSONValue { get }
}

/// Renders an `AWS::StepFunctions::StateMachine` from an Amazon States Language
/// definition, and its role (child `Role`, assumed by `states.amazonaws.com` from state
/// machines of the stack's account and region) unless one is given, as the CDK's
/// `StateMachine` with `DefinitionBody.fromString`. Removal policy `Delete`.
///
/// ```swift
/// StateMachine("Machine", definition: #"{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}"#)
/// ```
///
/// Validated at synthesis: the definition is a JSON object, the name is 1–80 characters
/// without whitespace or `<>{}[]?*"#%\^|~`$&,;:/`.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html
public final class StateMachine: Construct, StateMachineReference {
    /// Standard (long-running, exactly once) or express (short, at least once) workflows.
    public enum MachineType: String {
        case standard = "STANDARD"
        case express = "EXPRESS"
    }

    public let resource: CfnResource
    /// The definition, in Amazon States Language (JSON).
    public let definition: String
    public let machineType: MachineType?
    public let stateMachineName: String?
    public let role: Role
    private let ownsRole: Bool

    public init(_ id: String, definition: String, type: MachineType? = nil, stateMachineName: String? = nil, role: Role? = nil) {
        self.definition = definition
        self.machineType = type
        self.stateMachineName = stateMachineName
        self.ownsRole = role == nil
        self.role = role ?? Role("Role", assumedBy: .service("states.amazonaws.com", conditions: [
            "ArnLike": ["aws:SourceArn": StackValue.arn(service: "states", resource: "stateMachine:*")],
            "StringEquals": ["aws:SourceAccount": StackValue.account.value],
        ]))
        self.resource = CfnResource("Resource", type: "AWS::StepFunctions::StateMachine", deletionPolicy: .delete, updateReplacePolicy: .delete)
        super.init(id)
        resource.addDependency(self.role)
    }

    public override var children: [Construct] { (ownsRole ? [role] : []) + [resource] + super.children }

    /// The state machine's ARN (its `Ref`).
    public var stateMachineArn: JSONValue { resource.ref }
    public var stateMachineNameValue: JSONValue { resource.getAtt("Name") }

    /// A state machine known by ARN, as the CDK's `StateMachine.fromStateMachineArn`.
    /// Place it in a stack: the role EventBridge assumes to start it is created under it.
    public static func imported(_ id: String, arn: String) -> ImportedStateMachine {
        ImportedStateMachine(id, stateMachineArn: .string(arn))
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties: JSONObject = ["DefinitionString": .string(definition), "RoleArn": role.roleArn]
        if let stateMachineName { properties["StateMachineName"] = .string(stateMachineName) }
        if let machineType { properties["StateMachineType"] = .string(machineType.rawValue) }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if case .object? = try? JSONParser.parse(definition) {} else {
            found.append(scope.error(
                "sfn.stateMachine.definition", "definition of state machine '\(scope.path)' is not a JSON object",
                hint: "write the definition in Amazon States Language, such as {\"StartAt\": …, \"States\": {…}}"))
        }
        if let stateMachineName {
            let forbidden = Set(" \t\n\r<>{}[]?*\"#%\\^|~`$&,;:/")
            if !(1...80).contains(stateMachineName.count) || stateMachineName.contains(where: forbidden.contains) {
                found.append(scope.error(
                    "sfn.stateMachine.name.invalid",
                    "state machine name '\(stateMachineName)' must be 1 to 80 characters without whitespace or any of <>{}[]?*\"#%\\^|~`$&,;:/",
                    hint: "use letters, digits, '-' and '_'"))
            }
        }
        return found
    }
}
