import CDK

/// A sample app: one scenario, synthesized by `swift run synth` and checked in
/// under `Templates/<name>/`.
public struct Sample {
    public let name: String
    public let summary: String
    public let makeApp: () -> App
}

/// Every sample, in the order `synth samples` lists them.
public let samples: [Sample] = [
    Sample(name: "HelloStacks", summary: "two stacks of one environment wired by an export and an import", makeApp: helloStacks),
    Sample(name: "GreengrassNotifications", summary: "two rules on Greengrass events publishing to one SNS topic", makeApp: greengrassNotifications),
    Sample(name: "CodePipelineFailures", summary: "failed pipeline actions to SNS with event-field messages, state changes to Lambda", makeApp: codePipelineFailures),
    Sample(name: "ProtonEvents", summary: "Proton failures to an SQS queue with a dead-letter queue and retries", makeApp: protonEvents),
    Sample(name: "CodeCommitToCodeBuild", summary: "commits to a CodeCommit repository start a CodeBuild build and notify an SNS topic", makeApp: codeCommitToCodeBuild),
    Sample(name: "CrossAccount", summary: "the CDK documentation's example: a commit in one account starts a build in another account and region", makeApp: crossAccount),
    Sample(name: "CrossAccountSameRegion", summary: "a commit in one account starts a build in another account of the same region", makeApp: crossAccountSameRegion),
    Sample(name: "CrossRegionSameAccount", summary: "a commit in one region starts a build in another region of the same account", makeApp: crossRegionSameAccount),
    Sample(name: "CrossAccountStage", summary: "a rule in one account invoking a Lambda function in another, in two stages", makeApp: crossAccountStage),
    Sample(name: "ArchiveAndBus", summary: "a custom bus with archives, a resource policy, grants, imported buses and outputs", makeApp: archiveAndBus),
    Sample(name: "ScheduledTasks", summary: "cron, rate and expression schedules; a nightly Fargate task with overrides on an imported network", makeApp: scheduledTasks),
    Sample(name: "IoTEventMessages", summary: "AWS IoT thing and job events turned on, a device policy, and a topic rule to an SQS queue", makeApp: iotEventMessages),
    Sample(name: "AllTargets", summary: "order events to every kind of target, with dead-letter queues, retries and input", makeApp: allTargets),
]
