/// Submits an AWS Batch job for each of a rule's events, with the role EventBridge
/// assumes: the job definition's `EventsRole`, shared by every rule that submits it,
/// allowed `batch:SubmitJob` on the job definition and the queue, as the CDK's
/// `BatchJob` target.
///
/// ```swift
/// Rule("Nightly", schedule: .cron(minute: "0", hour: "2")) {
///     BatchJob(queue: queue, jobDefinition: jobDefinition, arraySize: 10, attempts: 2)
/// }
/// ```
///
/// `BatchParameters.JobName` defaults to a name built from the rule's path and its
/// stack's name (at most 128 characters), as the CDK names it. Validated at synthesis:
/// a job name of 1 to 128 letters, digits, `-` or `_` starting with a letter or digit,
/// an array size from 2 to 10,000, and 1 to 10 attempts.
/// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_BatchParameters.html
public struct BatchJob: RuleTarget {
    public let queue: JobQueueReference
    public let jobDefinition: JobDefinitionReference
    /// What the job receives as its parameters instead of the whole event.
    public let event: RuleTargetInput?
    /// The size of an array job; a single job when `nil`.
    public let arraySize: Int?
    /// How many times a failed job is tried.
    public let attempts: Int?
    public let jobName: String?
    public let options: TargetOptions

    public init(
        queue: JobQueueReference, jobDefinition: JobDefinitionReference, event: RuleTargetInput? = nil,
        arraySize: Int? = nil, attempts: Int? = nil, jobName: String? = nil,
        deadLetterQueue: Queue? = nil, retryAttempts: Int? = nil, maxEventAgeSeconds: Int? = nil
    ) {
        self.queue = queue
        self.jobDefinition = jobDefinition
        self.event = event
        self.arraySize = arraySize
        self.attempts = attempts
        self.jobName = jobName
        self.options = TargetOptions(deadLetterQueue: deadLetterQueue, retryAttempts: retryAttempts, maxEventAgeSeconds: maxEventAgeSeconds)
    }

    public var targetResource: Construct? { queue as? Construct }

    public func bind(to rule: Rule, id: String, scope: ConstructScope) -> RuleTargetConfig {
        let role = scope.eventsRole(under: jobDefinition, targetKind: "Batch job")
        if let role {
            scope.addStatement(PolicyStatement(actions: ["batch:SubmitJob"], resources: [jobDefinition.jobDefinitionArn, queue.jobQueueArn]), to: role)
        }
        var parameters: JSONObject = [:]
        if let arraySize { parameters["ArrayProperties"] = ["Size": .integer(arraySize)] }
        parameters["JobDefinition"] = jobDefinition.jobDefinitionArn
        parameters["JobName"] = .string(jobName ?? scope.uniqueResourceName(maxLength: 128))
        if let attempts { parameters["RetryStrategy"] = ["Attempts": .integer(attempts)] }
        return RuleTargetConfig(
            arn: queue.jobQueueArn, roleArn: role?.roleArn, input: event, options: options,
            parameters: ["BatchParameters": .object(parameters)])
    }

    public func validate(at path: String) -> [Diagnostic] {
        var found = options.diagnostics(at: path) + (event?.diagnostics(at: path) ?? [])
        func error(_ code: String, _ message: String, hint: String) {
            found.append(Diagnostic(.error, code: "events.target.batch." + code, path: path, message: message, hint: hint))
        }
        if let jobName {
            if !(1...128).contains(jobName.count) {
                error("jobName.length", "job name '\(jobName)' has \(jobName.count) characters; AWS Batch allows 1 to 128",
                      hint: "shorten the job name")
            } else if !jobName.isAlphanumeric(allowing: "-_") || !(jobName.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false) {
                error("jobName.invalid", "job name '\(jobName)' must start with a letter or digit and contain only letters, digits, '-' and '_'",
                      hint: "remove the other characters from the job name")
            }
        }
        if let arraySize, !(2...10_000).contains(arraySize) {
            error("arraySize", "array size of \(arraySize) is out of range; AWS Batch allows 2 to 10000",
                  hint: "use an array size from 2 to 10000, or none for a single job")
        }
        if let attempts, !(1...10).contains(attempts) {
            error("attempts", "\(attempts) attempts are out of range; AWS Batch allows 1 to 10",
                  hint: "use 1 to 10 attempts")
        }
        return found
    }
}
