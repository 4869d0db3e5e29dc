/// Turns AWS IoT event messages on (or off) for the account and region of its stack,
/// which CloudFormation has no resource for: a custom resource
/// (`Custom::IoTEventConfigurations`, child `Resource`) that calls
/// `UpdateEventConfigurations` when created or updated, and puts the event types back as
/// they were before it was created when it is deleted (off, for a type added by an
/// update). Its handler is inline code on a `SingletonFunction` shared by the stack
/// (purpose `IoTEventConfigurations`), whose role may describe and update event
/// configurations.
///
/// Event configurations are one setting per account and region: declare this construct
/// once per environment.
///
/// ```swift
/// IoTEventConfigurations("IoTEvents", enable: [.thing, .job, .jobExecution])
/// ```
/// https://docs.aws.amazon.com/iot/latest/developerguide/iot-events.html#iot-events-enable
public final class IoTEventConfigurations: Construct {
    public let resource: CfnResource
    public let enabledTypes: [IoTEventType]
    public let disabledTypes: [IoTEventType]
    /// The handler this construct uses, shared with every other in the stack.
    public let provider: SingletonFunction

    public init(_ id: String, enable enabledTypes: [IoTEventType], disable disabledTypes: [IoTEventType] = []) {
        self.enabledTypes = enabledTypes
        self.disabledTypes = disabledTypes
        self.provider = SingletonFunction(
            "Provider", uuid: Self.handlerUUID, lambdaPurpose: "IoTEventConfigurations", runtime: AwsApi.runtime,
            handler: "index.handler", inlineCode: Self.handlerCode, timeoutSeconds: 60)
        self.resource = CfnResource("Resource", type: "Custom::IoTEventConfigurations", deletionPolicy: .delete, updateReplacePolicy: .delete)
        super.init(id)
    }

    /// Turns on the event types that `topics` need.
    public convenience init(_ id: String, enableFor topics: [IoTTopic]) {
        var types: [IoTEventType] = []
        for case let type? in topics.map(\.eventType) where !types.contains(type) { types.append(type) }
        self.init(id, enable: types)
    }

    public override var children: [Construct] { [provider, resource] + super.children }

    /// Identifies the shared handler in its stack.
    public static let handlerUUID = "27c5cb9f-2cc4-434e-bbcb-38ada1faaf6e"

    /// The custom resource's handler: it answers CloudFormation by a `PUT` of the result
    /// to the request's pre-signed `ResponseURL`. The types' states before creation are
    /// kept in the physical resource ID (`iot-event-configurations:THING=0,JOB=1`), so a
    /// delete restores them; a delete of a resource it did not create does nothing.
    /// CloudFormation passes property values as strings (`"true"`).
    public static let handlerCode = """
        const iot = require('@aws-sdk/client-iot');
        const client = new iot.IoTClient({});
        const prefix = 'iot-event-configurations:';
        const wanted = (props) => Object.fromEntries(Object.entries(props?.EventConfigurations ?? {})
          .map(([type, c]) => [type, { Enabled: String(c.Enabled) === 'true' }]));
        const update = async (configurations) => {
          if (Object.keys(configurations).length === 0) return;
          await client.send(new iot.UpdateEventConfigurationsCommand({ eventConfigurations: configurations }));
        };
        const restore = (types, id) => {
          const before = Object.fromEntries(id.slice(prefix.length).split(',').filter(Boolean).map((e) => e.split('=')));
          return update(Object.fromEntries(types.map((type) => [type, { Enabled: before[type] === '1' }])));
        };
        exports.handler = async (event) => {
          console.log('Event: %j', { ...event, ResponseURL: '...' });
          let id = event.PhysicalResourceId;
          let status = 'SUCCESS';
          let reason = 'See CloudWatch Logs';
          try {
            const target = wanted(event.ResourceProperties);
            if (event.RequestType === 'Create') {
              const current = (await client.send(new iot.DescribeEventConfigurationsCommand({}))).eventConfigurations ?? {};
              id = prefix + Object.keys(target).map((type) => type + '=' + (current[type]?.Enabled ? 1 : 0)).join(',');
              await update(target);
            } else if (event.RequestType === 'Update') {
              await restore(Object.keys(wanted(event.OldResourceProperties)).filter((type) => !(type in target)), id);
              await update(target);
            } else if (id?.startsWith(prefix)) {
              await restore(Object.keys(target), id);
            }
          } catch (error) {
            console.log(error);
            status = 'FAILED';
            reason = String(error).slice(0, 500);
          }
          const body = JSON.stringify({
            Status: status, Reason: reason, PhysicalResourceId: id ?? event.LogicalResourceId,
            StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId,
          });
          await fetch(event.ResponseURL, { method: 'PUT', headers: { 'content-type': '' }, body });
        };
        """

    /// `{"THING": {"Enabled": true}, …}`, in the order of `IoTEventType`.
    public var eventConfigurations: JSONObject {
        var configurations = JSONObject()
        for type in IoTEventType.allCases {
            if enabledTypes.contains(type) {
                configurations[type.rawValue] = ["Enabled": true]
            } else if disabledTypes.contains(type) {
                configurations[type.rawValue] = ["Enabled": false]
            }
        }
        return configurations
    }

    public override func prepare(_ scope: ConstructScope) {
        provider.addToRolePolicy(PolicyStatement(
            actions: ["iot:DescribeEventConfigurations", "iot:UpdateEventConfigurations"], resources: ["*"]), scope: scope)
        var properties: JSONObject = ["EventConfigurations": .object(eventConfigurations)]
        if let function = provider.sharedFunction(scope) { properties["ServiceToken"] = function.functionArn }
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if enabledTypes.isEmpty, disabledTypes.isEmpty {
            found.append(scope.error("iot.eventConfigurations.empty", "IoT event configurations '\(scope.path)' change no event type",
                                     hint: "list the event types to enable, such as '.thing' or '.job'"))
        }
        for type in IoTEventType.allCases where enabledTypes.contains(type) && disabledTypes.contains(type) {
            found.append(scope.error("iot.eventConfigurations.conflict", "event type '\(type.rawValue)' is both enabled and disabled",
                                     hint: "remove it from one of the lists"))
        }
        return found
    }
}
