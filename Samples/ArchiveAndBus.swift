import CDK

/// A custom event bus with two archives, a resource policy for another account, grants
/// to put events on it and on an imported bus, rules on the custom bus and on a bus
/// imported by name, and outputs (one exported); the same stack in a concrete
/// environment and environment-agnostic. Same stack and construct IDs as the CDK
/// reference app `archive_and_bus.py`.
func archiveAndBus() -> App {
    App {
        archiveAndBusStack("ArchiveAndBus", env: .aws(account: "123456789012", region: "us-east-1"))
        archiveAndBusStack("ArchiveAndBusAgnostic", env: .agnostic)
    }
}

private func archiveAndBusStack(_ id: String, env: Environment) -> Stack {
    var ownAccount = EventPattern()
    ownAccount.account = .value(StackValue.account.value)
    let bus = EventBus("bus", name: "MyCustomEventBus", description: "MyCustomEventBus") {
        Archive("MyArchive", eventPattern: ownAccount, archiveName: "MyCustomEventBusArchive",
                description: "MyCustomerEventBus Archive", retentionDays: 365)
    }
    let publisher = Function("Publisher", runtime: "python3.12", handler: "index.handler", inlineCode: "def handler(event, context):\n    return event\n")
    EventBus.imported(arn: "arn:aws:events:us-east-1:111111111111:event-bus/ImportedBus").grantPutEvents(to: publisher)
    bus.grantPutEvents(to: publisher)
    bus.addToResourcePolicy(PolicyStatement(
        sid: "AllowAccount222PutEvents", actions: ["events:PutEvents"],
        principals: [.account("222222222222")], resources: [bus.eventBusArn]))
    let consumer = Queue("BusConsumerQueue")
    return Stack(id, env: env) {
        bus
        Archive("SecondArchive", sourceEventBus: bus, eventPattern: EventPattern(source: ["my.app"]))
        publisher
        consumer
        Rule(
            "OrdersRule", eventBus: bus,
            eventPattern: EventPattern(source: ["com.mycompany.orders"], detailType: ["OrderPlaced"], detail: ["amount": .greaterThan(100)])
        ) {
            SqsQueue(consumer)
        }
        Rule("PartnerRule", eventBus: EventBus.imported(name: "partner-bus"), eventPattern: EventPattern(source: ["partner.app"])) {
            SqsQueue(consumer)
        }
        CfnOutput("BusArn", value: bus.eventBusArn)
        CfnOutput("BusName", value: bus.eventBusName, exportName: "MyCustomEventBusName")
    }
}
