/// CloudFormation's intrinsic functions and pseudo parameters, as JSON values.
///
/// See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
extension JSONValue {
    /// `{"Ref": name}`: a resource's primary identifier or a parameter's value.
    public static func ref(_ logicalID: String) -> JSONValue {
        ["Ref": .string(logicalID)]
    }

    /// `{"Fn::GetAtt": [resource, attribute]}`.
    public static func getAtt(_ logicalID: String, _ attribute: String) -> JSONValue {
        ["Fn::GetAtt": [.string(logicalID), .string(attribute)]]
    }

    /// `{"Fn::Join": [delimiter, values]}`.
    public static func join(_ delimiter: String, _ values: [JSONValue]) -> JSONValue {
        ["Fn::Join": [.string(delimiter), .array(values)]]
    }

    /// `{"Fn::Sub": template}` or, with variables, `{"Fn::Sub": [template, variables]}`.
    public static func sub(_ template: String, _ variables: JSONObject = [:]) -> JSONValue {
        variables.isEmpty ? ["Fn::Sub": .string(template)] : ["Fn::Sub": [.string(template), .object(variables)]]
    }

    /// `{"Fn::Select": [index, list]}`.
    public static func select(_ index: Int, _ list: JSONValue) -> JSONValue {
        ["Fn::Select": [.integer(index), list]]
    }

    /// `{"Fn::Split": [delimiter, source]}`.
    public static func split(_ delimiter: String, _ source: JSONValue) -> JSONValue {
        ["Fn::Split": [.string(delimiter), source]]
    }

    /// `{"Fn::ImportValue": exportName}`: a value another stack exported.
    public static func importValue(_ exportName: JSONValue) -> JSONValue {
        ["Fn::ImportValue": exportName]
    }

    /// `{"Fn::Base64": value}`.
    public static func base64(_ value: JSONValue) -> JSONValue {
        ["Fn::Base64": value]
    }

    /// `{"Fn::GetAZs": region}`; an empty region means the stack's own.
    public static func getAZs(_ region: JSONValue = "") -> JSONValue {
        ["Fn::GetAZs": region]
    }

    /// `{"Fn::If": [condition, whenTrue, whenFalse]}`.
    public static func `if`(_ condition: String, _ whenTrue: JSONValue, _ whenFalse: JSONValue) -> JSONValue {
        ["Fn::If": [.string(condition), whenTrue, whenFalse]]
    }

    /// `{"Fn::Equals": [a, b]}`.
    public static func equals(_ lhs: JSONValue, _ rhs: JSONValue) -> JSONValue {
        ["Fn::Equals": [lhs, rhs]]
    }

    /// `{"Fn::And": conditions}` (2 to 10 conditions).
    public static func and(_ conditions: [JSONValue]) -> JSONValue {
        ["Fn::And": .array(conditions)]
    }

    /// `{"Fn::Or": conditions}` (2 to 10 conditions).
    public static func or(_ conditions: [JSONValue]) -> JSONValue {
        ["Fn::Or": .array(conditions)]
    }

    /// `{"Fn::Not": [condition]}`.
    public static func not(_ condition: JSONValue) -> JSONValue {
        ["Fn::Not": [condition]]
    }

    /// `{"Condition": name}`: a named condition used inside another condition.
    public static func condition(_ name: String) -> JSONValue {
        ["Condition": .string(name)]
    }

    /// `{"Fn::FindInMap": [map, topKey, secondKey]}`.
    public static func findInMap(_ map: String, _ topKey: JSONValue, _ secondKey: JSONValue) -> JSONValue {
        ["Fn::FindInMap": [.string(map), topKey, secondKey]]
    }

    /// `{"Ref": "AWS::…"}` for a pseudo parameter.
    public static func pseudo(_ parameter: PseudoParameter) -> JSONValue {
        .ref(parameter.rawValue)
    }
}

/// The parameters CloudFormation defines in every stack.
public enum PseudoParameter: String, CaseIterable {
    case accountId = "AWS::AccountId"
    case notificationARNs = "AWS::NotificationARNs"
    case noValue = "AWS::NoValue"
    case partition = "AWS::Partition"
    case region = "AWS::Region"
    case stackId = "AWS::StackId"
    case stackName = "AWS::StackName"
    case urlSuffix = "AWS::URLSuffix"
}

extension JSONValue {
    /// The logical IDs this value refers to with `Ref` or `Fn::GetAtt` (pseudo parameters
    /// excluded): the resources CloudFormation creates before the one holding it.
    public var referencedLogicalIDs: Set<String> {
        var found: Set<String> = []
        var pending: [JSONValue] = [self]
        while let value = pending.popLast() {
            switch value {
            case let .array(items):
                pending.append(contentsOf: items)
            case let .object(object):
                if object.count == 1, case let .string(name)? = object["Ref"], !name.hasPrefix("AWS::") {
                    found.insert(name)
                } else if object.count == 1, case let .array(arguments)? = object["Fn::GetAtt"], case let .string(name)? = arguments.first {
                    found.insert(name)
                } else {
                    for (_, member) in object { pending.append(member) }
                }
            default:
                break
            }
        }
        return found
    }
}
