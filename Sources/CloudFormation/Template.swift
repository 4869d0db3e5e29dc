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
        var root = leadingSections
        if !resources.isEmpty { root["Resources"] = .object(JSONObject(resources.map { ($0.logicalID, $0.json) })) }
        if !outputs.isEmpty { root["Outputs"] = .object(JSONObject(outputs.map { ($0.logicalID, $0.json) })) }
        return .object(root)
    }

    /// The sections before `Resources`.
    private var leadingSections: JSONObject {
        var root = JSONObject()
        if let formatVersion { root["AWSTemplateFormatVersion"] = .string(formatVersion) }
        if let description { root["Description"] = .string(description) }
        if !metadata.isEmpty { root["Metadata"] = .object(metadata) }
        if !parameters.isEmpty { root["Parameters"] = .object(JSONObject(parameters.map { ($0.logicalID, $0.json) })) }
        if !mappings.isEmpty { root["Mappings"] = .object(mappings) }
        if !conditions.isEmpty { root["Conditions"] = .object(conditions) }
        return root
    }

    /// The JSON file of the template (``json`` as `JSONWriter` renders it, with a final
    /// line break) as UTF-8, written a resource at a time rather than built as one
    /// document first.
    public func renderJSON(indent: Int = 2) -> [UInt8] {
        var bytes: [UInt8] = []
        writeJSON(indent: indent, into: &bytes)
        return bytes
    }

    /// Appends ``renderJSON(indent:)``'s bytes to `bytes`.
    public func writeJSON(indent: Int = 2, into bytes: inout [UInt8]) {
        let writer = JSONWriter(indent: indent)
        bytes.reserveCapacity(bytes.count + 1024 * (resources.count + 1))
        var document = JSONDocumentWriter(writer: writer)
        document.open(into: &bytes)
        for (key, value) in leadingSections { document.member(key, value, into: &bytes) }
        if !resources.isEmpty {
            document.openMember("Resources", into: &bytes)
            for resource in resources { document.member(resource.logicalID, resource.json, into: &bytes) }
            document.close(into: &bytes)
        }
        if !outputs.isEmpty {
            document.openMember("Outputs", into: &bytes)
            for output in outputs { document.member(output.logicalID, output.json, into: &bytes) }
            document.close(into: &bytes)
        }
        document.close(into: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }
}

/// Writes a JSON document's outer objects member by member, each member's value
/// rendered by a `JSONWriter`: the same text as rendering the whole document at once.
public struct JSONDocumentWriter {
    public let writer: JSONWriter
    /// For each open object, whether it has a member yet.
    private var open: [Bool] = []

    public init(writer: JSONWriter) {
        self.writer = writer
    }

    /// Opens the document's outer object.
    public mutating func open(into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        open.append(false)
    }

    /// Writes the key of a member whose value is an object, and opens that object.
    public mutating func openMember(_ key: String, into bytes: inout [UInt8]) {
        startMember(key, into: &bytes)
        bytes.append(UInt8(ascii: "{"))
        open.append(false)
    }

    /// Writes a member of the innermost open object.
    public mutating func member(_ key: String, _ value: JSONValue, into bytes: inout [UInt8]) {
        startMember(key, into: &bytes)
        writer.write(value, level: open.count, into: &bytes)
    }

    /// Closes the innermost open object (`{}` if it has no member).
    public mutating func close(into bytes: inout [UInt8]) {
        guard let hasMembers = open.popLast() else { return }
        if hasMembers { writer.writeNewline(level: open.count, into: &bytes) }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func startMember(_ key: String, into bytes: inout [UInt8]) {
        guard let last = open.indices.last else { return }
        if open[last] { bytes.append(UInt8(ascii: ",")) }
        open[last] = true
        writer.writeNewline(level: open.count, into: &bytes)
        JSONWriter.writeString(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if writer.indent > 0 { bytes.append(UInt8(ascii: " ")) }
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
