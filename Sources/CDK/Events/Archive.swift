/// Renders an `AWS::Events::Archive`: the events of a bus that match a pattern, kept
/// for replay.
///
/// Declared inside an `EventBus`'s builder it archives that bus (the CDK's
/// `bus.archive(…)`), with the CDK's default description; elsewhere it names its
/// `sourceEventBus`. `RetentionDays` (0: forever) and `KmsKeyIdentifier` are always
/// rendered, as the CDK renders them.
/// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateArchive.html
public final class Archive: Construct {
    public let resource: CfnResource
    public let sourceEventBus: EventBusReference?
    public let eventPattern: EventPattern
    public let archiveName: String?
    public let archiveDescription: String?
    public let retentionDays: Int

    public init(
        _ id: String, sourceEventBus: EventBusReference? = nil, eventPattern: EventPattern,
        archiveName: String? = nil, description: String? = nil, retentionDays: Int = 0
    ) {
        self.sourceEventBus = sourceEventBus
        self.eventPattern = eventPattern
        self.archiveName = archiveName
        self.archiveDescription = description
        self.retentionDays = retentionDays
        // The CDK names the L1 `Archive`, which its logical ID drops after `…Archive` IDs.
        self.resource = CfnResource("Archive", type: "AWS::Events::Archive")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var archiveArn: JSONValue { resource.getAtt("Arn") }
    public var archiveNameValue: JSONValue { resource.ref }

    /// The bus archived: the given one, else the bus this archive is declared in.
    private func bus(in scope: ConstructScope) -> EventBusReference? {
        sourceEventBus ?? (scope.parent as? EventBus)
    }

    public override func prepare(_ scope: ConstructScope) {
        guard let bus = bus(in: scope) else { return }
        var properties = JSONObject()
        if let archiveName { properties["ArchiveName"] = .string(archiveName) }
        if let archiveDescription {
            properties["Description"] = .string(archiveDescription)
        } else if sourceEventBus == nil {
            properties["Description"] = .join("", ["Event Archive for ", bus.eventBusName, " Event Bus"])
        }
        properties["EventPattern"] = eventPattern.json
        properties["KmsKeyIdentifier"] = ""
        properties["RetentionDays"] = .integer(retentionDays)
        properties["SourceArn"] = bus.eventBusArn
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if bus(in: scope) == nil {
            found.append(scope.error("events.archive.noSourceBus", "archive '\(scope.path)' has no event bus to archive",
                  hint: "declare the archive inside an EventBus, or give it a 'sourceEventBus'"))
        }
        if let archiveName, !(1...48).contains(archiveName.count)
            || !archiveName.isAlphanumeric(allowing: ".-_") {
            found.append(scope.error("events.archive.name.invalid", "archive name '\(archiveName)' must be 1 to 48 letters, digits, '.', '-' or '_'",
                  hint: "shorten the name or remove the other characters"))
        }
        if retentionDays < 0 {
            found.append(scope.error("events.archive.retention.negative", "archive retention of \(retentionDays) days is negative",
                  hint: "use 0 to keep events forever, or a positive number of days"))
        }
        if let archiveDescription, archiveDescription.count > 512 {
            found.append(scope.error("events.archive.description.tooLong", "archive description has \(archiveDescription.count) characters; EventBridge allows at most 512",
                  hint: "shorten the description"))
        }
        if !eventPattern.isEmpty { found += eventPattern.diagnostics(at: scope.path) }
        return found
    }
}
