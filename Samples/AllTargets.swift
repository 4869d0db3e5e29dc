import CDK

/// Every kind of rule target, with the services they deliver to: order events to SNS,
/// SQS, Lambda, a Kinesis data stream and a Firehose delivery stream; to log groups, a
/// REST API, a webhook behind an API destination and two event buses (one of another
/// account); with dead-letter queues, retry policies and input.
/// Same stack and construct IDs as the equivalent CDK app `all_targets.py`, with the
/// divergences listed in `Divergences/AllTargets.json`.
func allTargets() -> App {
    let deadLetters = Queue("DeadLetters")
    let alerts = Topic("Alerts")
    let work = Queue("Work")
    let handler = Function(
        "Handler", runtime: "python3.12", handler: "index.handler",
        inlineCode: "def handler(event, context):\n    print(event)\n")
    let stream = DataStream("OrderStream")
    let archive = DeliveryStream("OrderArchive", bucketArn: "arn:aws:s3:::all-targets-order-archive")
    let eventLog = LogGroup("EventLog", logGroupName: "/all-targets/events", retention: .days(30))
    let auditLog = LogGroup("AuditLog")
    let api = RestApi("OrdersApi") {
        ApiResource("orders") {
            ApiMethod("POST")
            ApiResource("{id}") {
                ApiMethod("PUT", function: handler)
            }
        }
    }
    let connection = Connection(
        "WebhookConnection",
        authorization: .apiKey(name: "x-api-key", value: .secretsManager("all-targets/webhook", jsonField: "apiKey")),
        headerParameters: ["x-source": .string("all-targets")])
    let webhook = ApiDestination(
        "Webhook", connection: connection, endpoint: "https://hooks.example.com/events/*", rateLimitPerSecond: 10)
    let central = EventBus("Central")
    let partnerBus = EventBus.imported(arn: "arn:aws:events:us-east-1:222222222222:event-bus/partner")
    let orderSummary: InputText = "Order \(EventField.path("$.detail.orderId")) placed in \(EventField.region)"
    return App {
        Stack("AllTargets", env: .aws(account: "111111111111", region: "us-east-1")) {
            deadLetters
            alerts
            work
            handler
            stream
            archive
            eventLog
            auditLog
            api
            connection
            webhook
            central
            Rule("OrderPlaced", eventPattern: EventPattern(source: ["com.example.orders"], detailType: ["Order Placed"])) {
                SnsTopic(alerts, message: .text(orderSummary))
                SqsQueue(work, deadLetterQueue: deadLetters, retryAttempts: 3, maxEventAgeSeconds: 3600)
                LambdaFunction(handler, event: .eventPath("$.detail"))
                KinesisStream(stream, partitionKeyPath: "$.detail.orderId")
                KinesisFirehoseStream(archive, message: .eventPath("$.detail"))
            }
            Rule("OrderChanged", eventPattern: EventPattern(source: ["com.example.orders"], detailType: ["Order Changed"])) {
                CloudWatchLogGroup(eventLog, logEvent: CloudWatchLogGroup.logEvent(message: .token(EventField.path("$.detail"))))
                ApiGateway(
                    api, method: "PUT", path: "/orders/*", headerParameters: ["x-order-source": "eventbridge"],
                    pathParameterValues: ["$.detail.orderId"], postBody: .eventPath("$.detail"),
                    deadLetterQueue: deadLetters, retryAttempts: 5)
                ApiDestinationTarget(
                    webhook, pathParameterValues: ["$.detail.orderId"], queryStringParameters: ["type": "$.detail-type"],
                    deadLetterQueue: deadLetters, maxEventAgeSeconds: 7200)
                EventBusTarget(central)
                EventBusTarget(partnerBus, deadLetterQueue: deadLetters)
            }
            Rule("Audit", schedule: .rate(.hours(1))) {
                CloudWatchLogGroup(auditLog)
            }
        }
    }
}
