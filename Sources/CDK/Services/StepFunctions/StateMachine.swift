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
/// StateMachine("Notify", definition: .json([
///     "StartAt": "Call",
///     "States": ["Call": ["Type": "Task", "Resource": handler.functionArn, "End": true]],
/// ]))
/// ```
///
/// A JSON definition is written compactly, in the order written; one that refers to
/// other resources renders as an `Fn::Join`, as the CDK's `Stack.toJsonString`.
/// Validated at synthesis: the definition is a JSON object, the name is 1–80 characters
/// without whitespace or `<>{}[]?*"#%\^|~`$&,;:/`.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html
public final class StateMachine: Construct, StateMachineReference {
    /// Standard (long-running, exactly once) or express (short, at least once) workflows.
    public enum MachineType: String {
        case standard = "STANDARD"
        case express = "EXPRESS"
    }

    /// An Amazon States Language definition: JSON text, or a JSON value that may hold
    /// references (a function's ARN).
    public enum Definition: ExpressibleByStringLiteral {
        case text(String)
        case json(JSONValue)

        public init(stringLiteral value: String) {
            self = .text(value)
        }
    }

    public let resource: CfnResource
    /// The definition, in Amazon States Language.
    public let definition: Definition
    public let machineType: MachineType?
    public let stateMachineName: String?
    public let role: Role
    private let ownsRole: Bool

    public init(_ id: String, definition: Definition, type: MachineType? = nil, stateMachineName: String? = nil, role: Role? = nil) {
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
        var properties: JSONObject = ["DefinitionString": definitionString, "RoleArn": role.roleArn]
        if let stateMachineName { properties["StateMachineName"] = .string(stateMachineName) }
        if let machineType { properties["StateMachineType"] = .string(machineType.rawValue) }
        resource.properties = properties
    }

    /// `DefinitionString`: the text, or the JSON value written compactly.
    var definitionString: JSONValue {
        switch definition {
        case let .text(text):
            return .string(text)
        case let .json(value):
            guard case let .input(rendered) = RuleTargetInput.object(value).render() else { return .string("") }
            return rendered
        }
    }

    private var definitionIsObject: Bool {
        switch definition {
        case let .text(text):
            if case .object? = try? JSONParser.parse(text) { return true }
            return false
        case let .json(value):
            guard case .object = value else { return false }
            return RuleTargetInput.object(value).fields.isEmpty
        }
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !definitionIsObject {
            found.append(scope.error(
                "sfn.stateMachine.definition", "definition of state machine '\(scope.path)' is not a JSON object without event fields",
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
