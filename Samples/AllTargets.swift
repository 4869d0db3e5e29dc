import CDK

/// Every kind of rule target, with the services they deliver to: order events to SNS,
/// SQS, Lambda, a Kinesis data stream and a Firehose delivery stream; to log groups, a
/// REST API, a webhook behind an API destination and two event buses (one of another
/// account); with dead-letter queues, retry policies and input.
/// The stack `AllTargets` has the same construct IDs as the CDK app
/// `Divergences/all_targets.py` (synthesize it with the CDK to compare), with the
/// divergences listed in `Divergences/AllTargets.json`. The stack `AllTargetsBuilds`
/// runs the rest when an order ships: a CodeBuild build, a pipeline, an ECS task on
/// Fargate, a Step Functions execution and a Batch job, and AWS API calls on a
/// schedule.
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
        allTargetsBuilds()
    }
}

private func allTargetsBuilds() -> Stack {
    let deadLetters = Queue("DeadLetters")
    let repo = Repository("Repository", name: "all-targets-shop")
    let project = Project("Build", source: .codeCommit(repo, branchOrRef: "main"))
    let source = Artifact()
    let packageBuild = Project("PackageBuild", source: .codePipeline)
    let pipeline = Pipeline("Release") {
        PipelineStage("Source") { CodeCommitSourceAction("Checkout", repository: repo, branch: "main", output: source) }
        PipelineStage("Build") { CodeBuildAction("Build", project: packageBuild, input: source) }
    }
    let vpc = Vpc.imported(
        id: "vpc-0b1e7a6d2c3f4a5b6",
        privateSubnetIDs: ["subnet-0a1b2c3d4e5f60718"],
        publicSubnetIDs: ["subnet-0f1e2d3c4b5a69788"])
    let cluster = Cluster("Cluster", vpc: vpc)
    let task = TaskDefinition("Packer", compatibility: .fargate, cpu: "256", memoryMiB: "512") {
        ContainerDefinition("Packer", image: "amazon/amazon-ecs-sample", memoryLimitMiB: 256)
    }
    let machine = StateMachine("Fulfilment", definition: #"{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}"#)
    let container = JobContainer("Container", platform: .fargate, image: "busybox", cpu: 0.5, memoryMiB: 1024)
    let jobs = JobDefinition("Invoices", container: container, retryAttempts: 2)
    let queue = JobQueue("Queue", computeEnvironments: [("arn:aws:batch:us-east-1:111111111111:compute-environment/spot", 1)])
    let shipped = EventPattern(source: ["com.example.orders"], detailType: ["Order Shipped"])
    return Stack("AllTargetsBuilds", env: .aws(account: "111111111111", region: "us-east-1")) {
        deadLetters
        repo
        project
        packageBuild
        pipeline
        cluster
        task
        machine
        container
        jobs
        queue
        Rule("OrderShipped", eventPattern: shipped) {
            CodeBuildProject(project, event: .object(["order": .token(EventField.path("$.detail.orderId"))]), deadLetterQueue: deadLetters)
            CodePipeline(pipeline, retryAttempts: 2)
            EcsTask(
                cluster: cluster, taskDefinition: task, taskCount: 2, platformVersion: .version1_4,
                containerOverrides: [ContainerOverride(containerName: "Packer", environment: ["ORDER": "shipped"])],
                deadLetterQueue: deadLetters)
            SfnStateMachine(machine, input: .eventPath("$.detail"), maxEventAgeSeconds: 600)
            BatchJob(queue: queue, jobDefinition: jobs, arraySize: 10, attempts: 2)
        }
        Rule("NightlyCleanup", schedule: .cron(minute: "0", hour: "3")) {
            AwsApi(service: "SQS", action: "purgeQueue", parameters: ["QueueUrl": deadLetters.queueUrl])
        }
    }
}
