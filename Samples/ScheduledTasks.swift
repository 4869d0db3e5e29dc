import CDK

/// Scheduled rules (cron, rate and literal expressions) and an ECS task run nightly on
/// Fargate, as in "Creating a rule that runs on a schedule" and the CDK's "Start an ECS
/// task". Same stack and construct IDs as the CDK reference app `scheduled_tasks.py`,
/// except that the network is imported rather than built there.
func scheduledTasks() -> App {
    let vpc = Vpc.imported(
        id: "vpc-0b1e7a6d2c3f4a5b6",
        privateSubnetIDs: ["subnet-0a1b2c3d4e5f60718"],
        publicSubnetIDs: ["subnet-0f1e2d3c4b5a69788"])
    let cluster = Cluster("Cluster", vpc: vpc)
    let taskDefinition = TaskDefinition("TaskDef", compatibility: .fargate, cpu: "256", memoryMiB: "512") {
        ContainerDefinition("TheContainer", image: "amazon/amazon-ecs-sample", memoryLimitMiB: 256)
    }
    let tick = Function(
        "Tick", runtime: "nodejs22.x", handler: "index.handler",
        inlineCode: "exports.handler = async () => 'tick';")
    return App {
        Stack("ScheduledTasks") {
            cluster
            taskDefinition
            Rule("NightlyTask", schedule: .cron(minute: "0", hour: "4")) {
                EcsTask(
                    cluster: cluster, taskDefinition: taskDefinition, taskCount: 1, platformVersion: .version1_4,
                    containerOverrides: [
                        ContainerOverride(containerName: "TheContainer", environment: ["I_WAS_TRIGGERED": "From CloudWatch Events"]),
                    ])
            }
            tick
            Rule("Every5Minutes", schedule: .rate(.minutes(5))) { LambdaFunction(tick) }
            Rule("Hourly", schedule: .rate(.hours(1))) { LambdaFunction(tick) }
            Rule("Daily", schedule: .rate(.days(1))) { LambdaFunction(tick) }
            Rule("EveryMinuteExpr", schedule: .expression("rate(1 minute)")) { LambdaFunction(tick) }
            Rule("Every1MinuteRate", schedule: .rate(.minutes(1)))
            Rule("Every90Seconds", schedule: .rate(.seconds(120)))
            Rule("WeekdaysAt0815", schedule: .cron(minute: "15", hour: "8", weekDay: "MON-FRI")) { LambdaFunction(tick) }
            Rule("FirstOfMonth", schedule: .cron(minute: "0", hour: "0", day: "1", month: "*"))
            // The reference leaves every field out, which warns that the rule runs every
            // minute; the explicit minute renders the same expression without the warning.
            Rule("CronAllDefaults", schedule: .cron(minute: "*"))
            Rule("YearlyCron", schedule: .cron(minute: "30", hour: "12", day: "25", month: "12", year: "2030"))
            Rule("DisabledSchedule", enabled: false, schedule: .rate(.hours(12)))
        }
    }
}
