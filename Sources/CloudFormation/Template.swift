/// A CloudFormation template: the model that synthesis produces for one stack and
/// the writers render.
///
/// Sections render in CloudFormation's conventional order; empty sections are left out.
public struct Template: Equatable {
    public var formatVersion: String?
    public var description: String?
    public var metadata = JSONObject()
    public var parameters: [Parameter] = []
    public var mappings = JSONObject()
    public var conditions = JSONObject()
    public var resources: [Resource] = []
    public var outputs: [Output] = []

    public init(formatVersion: String? = nil, description: String? = nil) {
        self.formatVersion = formatVersion
        self.description = description
    }

    /// The template as a JSON document.
    public var json: JSONValue {
        var root = JSONObject()
        if let formatVersion { root["AWSTemplateFormatVersion"] = .string(formatVersion) }
        if let description { root["Description"] = .string(description) }
        if !metadata.isEmpty { root["Metadata"] = .object(metadata) }
        if !parameters.isEmpty { root["Parameters"] = .object(JSONObject(parameters.map { ($0.logicalID, $0.json) })) }
        if !mappings.isEmpty { root["Mappings"] = .object(mappings) }
        if !conditions.isEmpty { root["Conditions"] = .object(conditions) }
        if !resources.isEmpty { root["Resources"] = .object(JSONObject(resources.map { ($0.logicalID, $0.json) })) }
        if !outputs.isEmpty { root["Outputs"] = .object(JSONObject(outputs.map { ($0.logicalID, $0.json) })) }
        return .object(root)
    }
}

/// One entry of a template's `Resources` section.
public struct Resource: Equatable {
    public var logicalID: String
    public var type: String
    public var properties: JSONObject
    public var dependsOn: [String]
    public var condition: String?
    public var deletionPolicy: String?
    public var updateReplacePolicy: String?
    public var metadata: JSONObject

    public init(
        logicalID: String, type: String, properties: JSONObject = [:], dependsOn: [String] = [],
        condition: String? = nil, deletionPolicy: String? = nil, updateReplacePolicy: String? = nil,
        metadata: JSONObject = [:]
    ) {
        self.logicalID = logicalID
        self.type = type
        self.properties = properties
        self.dependsOn = dependsOn
        self.condition = condition
        self.deletionPolicy = deletionPolicy
        self.updateReplacePolicy = updateReplacePolicy
        self.metadata = metadata
    }

    /// `Type`, `Properties` (keys in alphabetical order, as the CDK writes them),
    /// then the resource attributes in the CDK's order.
    public var json: JSONValue {
        var object: JSONObject = ["Type": .string(type)]
        if !properties.isEmpty { object["Properties"] = .object(properties.sortedByKey()) }
        if !dependsOn.isEmpty { object["DependsOn"] = .array(dependsOn.map(JSONValue.string)) }
        if let updateReplacePolicy { object["UpdateReplacePolicy"] = .string(updateReplacePolicy) }
        if let deletionPolicy { object["DeletionPolicy"] = .string(deletionPolicy) }
        if !metadata.isEmpty { object["Metadata"] = .object(metadata) }
        if let condition { object["Condition"] = .string(condition) }
        return .object(object)
    }
}

/// One entry of a template's `Outputs` section.
public struct Output: Equatable {
    public var logicalID: String
    public var value: JSONValue
    public var description: String?
    public var exportName: JSONValue?
    public var condition: String?

    public init(logicalID: String, value: JSONValue, description: String? = nil, exportName: JSONValue? = nil, condition: String? = nil) {
        self.logicalID = logicalID
        self.value = value
        self.description = description
        self.exportName = exportName
        self.condition = condition
    }

    public var json: JSONValue {
        var object = JSONObject()
        if let description { object["Description"] = .string(description) }
        object["Value"] = value
        if let exportName { object["Export"] = ["Name": exportName] }
        if let condition { object["Condition"] = .string(condition) }
        return .object(object)
    }
}

/// One entry of a template's `Parameters` section.
public struct Parameter: Equatable {
    public var logicalID: String
    public var type: String
    public var defaultValue: JSONValue?
    public var allowedPattern: String?
    public var allowedValues: [JSONValue]
    public var constraintDescription: String?
    public var description: String?
    public var maxLength: Int?
    public var maxValue: Double?
    public var minLength: Int?
    public var minValue: Double?
    public var noEcho: Bool

    public init(
        logicalID: String, type: String = "String", defaultValue: JSONValue? = nil, allowedPattern: String? = nil,
        allowedValues: [JSONValue] = [], constraintDescription: String? = nil, description: String? = nil,
        maxLength: Int? = nil, maxValue: Double? = nil, minLength: Int? = nil, minValue: Double? = nil, noEcho: Bool = false
    ) {
        self.logicalID = logicalID
        self.type = type
        self.defaultValue = defaultValue
        self.allowedPattern = allowedPattern
        self.allowedValues = allowedValues
        self.constraintDescription = constraintDescription
        self.description = description
        self.maxLength = maxLength
        self.maxValue = maxValue
        self.minLength = minLength
        self.minValue = minValue
        self.noEcho = noEcho
    }

    /// Members in the CDK's order: `Type`, `Default`, then the constraints alphabetically.
    public var json: JSONValue {
        var object: JSONObject = ["Type": .string(type)]
        if let defaultValue { object["Default"] = defaultValue }
        if let allowedPattern { object["AllowedPattern"] = .string(allowedPattern) }
        if !allowedValues.isEmpty { object["AllowedValues"] = .array(allowedValues) }
        if let constraintDescription { object["ConstraintDescription"] = .string(constraintDescription) }
        if let description { object["Description"] = .string(description) }
        if let maxLength { object["MaxLength"] = .integer(maxLength) }
        if let maxValue { object["MaxValue"] = Self.number(maxValue) }
        if let minLength { object["MinLength"] = .integer(minLength) }
        if let minValue { object["MinValue"] = Self.number(minValue) }
        if noEcho { object["NoEcho"] = true }
        return .object(object)
    }

    private static func number(_ value: Double) -> JSONValue {
        // Converting through Int instead of calling `rounded()` keeps libm out of the
        // link: on Linux a program that does not import Foundation would fail to link.
        abs(value) < 9e15 && Double(Int(value)) == value ? .integer(Int(value)) : .double(value)
    }
}
