/// An event bus a rule can listen on: one of this app's `EventBus`es, an imported
/// bus, or the account's default bus.
public protocol EventBusReference {
    /// The bus's name (`Ref` of an owned bus).
    var eventBusName: JSONValue { get }
    /// The bus's ARN.
    var eventBusArn: JSONValue { get }
}

extension EventBusReference {
    /// Lets `grantee` put events on this bus: `events:PutEvents` on the bus's ARN in the
    /// grantee's policy.
    public func grantPutEvents(to grantee: Grantable) {
        grantee.addToPrincipalPolicy(PolicyStatement(actions: ["events:PutEvents"], resources: [eventBusArn]))
    }
}

extension EventBus {
    /// Lets an account or a service put events on this bus: a statement of the bus's
    /// resource policy named `sid`. (The CDK drops this grant without its
    /// `requireEventBusPolicySid` feature flag, its issue #22080.)
    public func grantPutEvents(to principal: Principal, sid: String) {
        addToResourcePolicy(PolicyStatement(sid: sid, actions: ["events:PutEvents"], principals: [principal], resources: [eventBusArn]))
    }
}

/// Renders an `AWS::Events::EventBus`: a custom bus, or a partner bus when
/// `eventSourceName` is given.
///
/// Its name defaults to a name unique in the app (`StackMyBus4CCA052A` for `MyBus` in
/// `Stack`), as in the CDK, so `Name` is always rendered.
/// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-events-eventbus.html
public final class EventBus: Construct, EventBusReference {
    public let resource: CfnResource
    public let name: String?
    public let eventSourceName: String?
    public let busDescription: String?
    /// Where EventBridge puts events it could not deliver to the bus's rules' targets.
    /// As in the CDK, no queue policy is added for it.
    public let deadLetterQueue: Queue?
    private var policyStatements: [Construct] = []

    /// - Parameter content: archives of this bus (`Archive` without a source bus), as
    ///   the CDK's `bus.archive(…)` creates them.
    public init(
        _ id: String, name: String? = nil, eventSourceName: String? = nil, description: String? = nil,
        deadLetterQueue: Queue? = nil, @ConstructBuilder content: () -> [Construct] = { [] }
    ) {
        self.deadLetterQueue = deadLetterQueue
        self.name = name
        self.eventSourceName = eventSourceName
        self.busDescription = description
        self.resource = CfnResource("Resource", type: "AWS::Events::EventBus")
        super.init(id, children: content)
    }

    public override var children: [Construct] { [resource] + super.children + policyStatements }

    /// Adds a statement to the bus's resource policy: an `AWS::EventBridge::EventBusPolicy`
    /// child `cdk-<sid>`, whose statement ID is `cdk-<sid>` (at most 64 characters), as
    /// the CDK renders it. The statement needs a `sid`.
    public func addToResourcePolicy(_ statement: PolicyStatement) {
        var statement = statement
        let statementID = String(("cdk-" + (statement.sid ?? "")).prefix(64))
        statement.sid = statementID
        policyStatements.append(EventBusPolicyStatement(statementID, bus: self, statement: statement, hasSid: !statementID.isEmpty && statementID != "cdk-"))
    }

    public var eventBusName: JSONValue { resource.ref }
    public var eventBusArn: JSONValue { resource.getAtt("Arn") }
    /// The bus's resource policy, as a JSON string.
    public var eventBusPolicy: JSONValue { resource.getAtt("Policy") }

    /// The account's default event bus, in the stack that uses it.
    public static let `default`: EventBusReference = ImportedEventBus(
        eventBusName: "default", eventBusArn: StackValue.arn(service: "events", resource: "event-bus/default"))

    /// A bus known by name, in the account and region of the stack that uses it.
    public static func imported(name: String) -> EventBusReference {
        ImportedEventBus(eventBusName: .string(name), eventBusArn: StackValue.arn(service: "events", resource: .string("event-bus/" + name)))
    }

    /// A bus known by name and ARN.
    public static func imported(name: String, arn: String) -> EventBusReference {
        ImportedEventBus(eventBusName: .string(name), eventBusArn: .string(arn))
    }

    /// A bus known by ARN; its name is what follows `event-bus/`.
    public static func imported(arn: String) -> EventBusReference {
        let name = arn.firstRange(of: ":event-bus/").map { String(arn[$0.upperBound...]) } ?? arn
        return ImportedEventBus(eventBusName: .string(name), eventBusArn: .string(arn))
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties = JSONObject()
        if let deadLetterQueue { properties["DeadLetterConfig"] = ["Arn": deadLetterQueue.queueArn] }
        if let busDescription { properties["Description"] = .string(busDescription) }
        if let eventSourceName {
            properties["EventSourceName"] = .string(eventSourceName)
            properties["Name"] = .string(eventSourceName)
        } else {
            properties["Name"] = .string(name ?? scope.uniqueID)
        }
        resource.properties = properties
    }

    /// The CDK's checks, in its order, and CloudFormation's description limit.
    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if name != nil, eventSourceName != nil {
            found.append(scope.error("events.bus.nameAndSource", "event bus '\(scope.path)' has both a name and an event source name",
                  hint: "a partner event bus is named after its event source: give only 'eventSourceName'"))
        }
        if let name {
            if name == "default" {
                found.append(scope.error("events.bus.name.default", "event bus name must not be 'default'", hint: "choose another name; the default bus already exists"))
            } else if name.contains("/") {
                found.append(scope.error("events.bus.name.slash", "event bus name '\(name)' must not contain '/'", hint: "remove the '/' from the name"))
            } else if !(1...256).contains(name.count) || !name.isAlphanumeric(allowing: ".-_/") {
                found.append(scope.error("events.bus.name.invalid", "event bus name '\(name)' must be 1 to 256 letters, digits, '.', '-' or '_'",
                      hint: "remove the other characters from the name"))
            }
        }
        if let source = eventSourceName, !Self.isPartnerSourceName(source) {
            found.append(scope.error("events.bus.eventSourceName.invalid",
                  "event source name '\(source)' must look like 'aws.partner/<partner>/<source>' with at most 256 characters",
                  hint: "use the name of the partner event source shown in the EventBridge console"))
        }
        if let busDescription, busDescription.count > 512 {
            found.append(scope.error("events.bus.description.tooLong", "event bus description has \(busDescription.count) characters; EventBridge allows at most 512",
                  hint: "shorten the description"))
        }
        return found
    }

    /// `^aws\.partner(/[.\-_A-Za-z0-9]+){2,}$`, at most 256 characters.
    static func isPartnerSourceName(_ name: String) -> Bool {
        guard name.count <= 256, name.hasPrefix("aws.partner/") else { return false }
        let parts = name.dropFirst("aws.partner/".count).split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            !part.isEmpty && part.isAlphanumeric(allowing: ".-_")
        }
    }
}

/// One statement of an event bus's resource policy.
final class EventBusPolicyStatement: Construct {
    let resource: CfnResource
    let hasSid: Bool

    init(_ id: String, bus: EventBus, statement: PolicyStatement, hasSid: Bool) {
        self.hasSid = hasSid
        resource = CfnResource("Resource", type: "AWS::Events::EventBusPolicy", properties: [
            "EventBusName": bus.eventBusName,
            "Statement": statement.json,
            "StatementId": .string(id),
        ])
        super.init(id)
    }

    override var children: [Construct] { [resource] }

    override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        hasSid ? [] : [scope.error(
            "events.bus.policy.noSid", "event bus policy statements must have a sid",
            hint: "give the statement a 'sid'; it names the statement in the bus's policy")]
    }
}

/// A bus that is not declared in this app.
struct ImportedEventBus: EventBusReference {
    let eventBusName: JSONValue
    let eventBusArn: JSONValue
}

extension EventBus: CrossEnvironmentNamed {
    public var physicalNameProperty: String { "Name" }

    public func crossEnvironmentValue(of attribute: Reference.Attribute, name: String, account: String, region: String) -> JSONValue? {
        switch attribute {
        case .ref, .getAtt("Name"): return .string(name)
        case .getAtt("Arn"): return arn(service: "events", region: region, account: account, resource: "event-bus/" + name)
        default: return nil
        }
    }
}
