/// Renders an entry of the template's `Outputs`, optionally exported for other
/// stacks of the same account and region.
public final class CfnOutput: CfnElement {
    public let value: JSONValue
    public let outputDescription: String?
    public let exportName: JSONValue?
    public let condition: CfnCondition?

    public init(_ id: String, value: JSONValue, description: String? = nil, exportName: JSONValue? = nil, condition: CfnCondition? = nil) {
        self.value = value
        self.outputDescription = description
        self.exportName = exportName
        self.condition = condition
        super.init(id)
    }
}

/// Renders an entry of the template's `Parameters`: a value given at deployment.
public final class CfnParameter: CfnElement {
    public let parameter: Parameter

    /// - Parameter type: a CloudFormation parameter type, `String` by default.
    public init(
        _ id: String, type: String = "String", default defaultValue: JSONValue? = nil, description: String? = nil,
        allowedValues: [JSONValue] = [], allowedPattern: String? = nil, constraintDescription: String? = nil,
        minLength: Int? = nil, maxLength: Int? = nil, minValue: Double? = nil, maxValue: Double? = nil, noEcho: Bool = false
    ) {
        parameter = Parameter(
            logicalID: id, type: type, defaultValue: defaultValue, allowedPattern: allowedPattern,
            allowedValues: allowedValues, constraintDescription: constraintDescription, description: description,
            maxLength: maxLength, maxValue: maxValue, minLength: minLength, minValue: minValue, noEcho: noEcho)
        super.init(id)
    }

    /// `{"Ref": parameter}`: the value given at deployment.
    public var value: JSONValue { .token(Reference(self, .ref)) }
}

/// Renders an entry of the template's `Conditions`; resources and outputs name it
/// in `condition:`, and `if(_:_:)` chooses a value by it.
public final class CfnCondition: CfnElement {
    public let expression: JSONValue

    /// - Parameter expression: a condition function, such as `.equals(env.value, "prod")`.
    public init(_ id: String, expression: JSONValue) {
        self.expression = expression
        super.init(id)
    }

    /// `{"Fn::If": [condition, whenTrue, whenFalse]}`.
    public func `if`(_ whenTrue: JSONValue, _ whenFalse: JSONValue) -> JSONValue {
        ["Fn::If": [logicalIDToken, whenTrue, whenFalse]]
    }

    /// `{"Condition": name}`, to use this condition inside another.
    public var reference: JSONValue { ["Condition": logicalIDToken] }
}

/// Renders an entry of the template's `Mappings`.
public final class CfnMapping: CfnElement {
    public let mapping: JSONObject

    /// - Parameter mapping: top-level keys to objects of second-level keys to values.
    public init(_ id: String, mapping: JSONObject) {
        self.mapping = mapping
        super.init(id)
    }

    /// `{"Fn::FindInMap": [mapping, topKey, secondKey]}`.
    public func find(_ topKey: JSONValue, _ secondKey: JSONValue) -> JSONValue {
        ["Fn::FindInMap": [logicalIDToken, topKey, secondKey]]
    }
}
