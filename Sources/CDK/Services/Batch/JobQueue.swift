/// An AWS Batch job queue a rule can submit jobs to: one of this app's `JobQueue`s, or
/// one imported by ARN.
public protocol JobQueueReference {
    var jobQueueArn: JSONValue { get }
}

/// Renders an `AWS::Batch::JobQueue` over compute environments known by ARN, as the
/// CDK's `JobQueue` (priority 1 and `ENABLED` by default).
///
/// ```swift
/// JobQueue("Queue", computeEnvironments: [(arn: "arn:aws:batch:us-east-1:111111111111:compute-environment/spot", order: 1)])
/// ```
///
/// Validated at synthesis: 1 to 3 compute environments with distinct orders, a priority
/// from 0 to 1000, and the name's characters.
/// https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateJobQueue.html
public final class JobQueue: Construct, JobQueueReference {
    public let resource: CfnResource
    /// The compute environments, tried in ascending `order`.
    public let computeEnvironments: [(arn: JSONValue, order: Int)]
    /// Queues with a higher priority are scheduled first.
    public let priority: Int
    public let jobQueueName: String?
    public let enabled: Bool

    public init(
        _ id: String, computeEnvironments: [(arn: JSONValue, order: Int)], priority: Int = 1,
        jobQueueName: String? = nil, enabled: Bool = true
    ) {
        self.computeEnvironments = computeEnvironments
        self.priority = priority
        self.jobQueueName = jobQueueName
        self.enabled = enabled
        self.resource = CfnResource("Resource", type: "AWS::Batch::JobQueue")
        super.init(id)
    }

    public override var children: [Construct] { [resource] + super.children }

    public var jobQueueArn: JSONValue { resource.getAtt("JobQueueArn") }

    /// A queue known by ARN.
    public static func imported(arn: String) -> JobQueueReference {
        ImportedJobQueue(jobQueueArn: .string(arn))
    }

    public override func prepare(_ scope: ConstructScope) {
        var properties: JSONObject = [
            "ComputeEnvironmentOrder": .array(computeEnvironments.map { ["ComputeEnvironment": $0.arn, "Order": .integer($0.order)] }),
        ]
        if let jobQueueName { properties["JobQueueName"] = .string(jobQueueName) }
        properties["Priority"] = .integer(priority)
        properties["State"] = enabled ? "ENABLED" : "DISABLED"
        resource.properties = properties
    }

    public override func validate(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !(1...3).contains(computeEnvironments.count) {
            found.append(scope.error(
                "batch.jobQueue.computeEnvironments",
                "job queue '\(scope.path)' has \(computeEnvironments.count) compute environments; AWS Batch allows 1 to 3",
                hint: "give the queue one to three compute environments"))
        }
        if Set(computeEnvironments.map(\.order)).count != computeEnvironments.count {
            found.append(scope.error(
                "batch.jobQueue.order", "job queue '\(scope.path)' has two compute environments with the same order",
                hint: "give each compute environment its own order"))
        }
        if !(0...1000).contains(priority) {
            found.append(scope.error(
                "batch.jobQueue.priority", "job queue priority of \(priority) is out of range; AWS Batch allows 0 to 1000",
                hint: "use a priority from 0 to 1000"))
        }
        if let jobQueueName, !(1...128).contains(jobQueueName.count) || !jobQueueName.isAlphanumeric(allowing: "-_") {
            found.append(scope.error(
                "batch.jobQueue.name.invalid", "job queue name '\(jobQueueName)' must be 1 to 128 letters, digits, '-' or '_'",
                hint: "remove the other characters from the name"))
        }
        return found
    }
}

struct ImportedJobQueue: JobQueueReference {
    let jobQueueArn: JSONValue
}
