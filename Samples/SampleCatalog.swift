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
    Sample(name: "ArchiveAndBus", summary: "a custom bus with archives, a resource policy, grants, imported buses and outputs", makeApp: archiveAndBus),
    Sample(name: "AllTargets", summary: "order events to every kind of target, with dead-letter queues, retries and input", makeApp: allTargets),
]
