import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 for the same declarations (JobQueue
// over an imported compute environment, EcsJobDefinition with EcsEc2ContainerDefinition,
// fromJobQueueArn / fromJobDefinitionArn).
@Suite struct BatchJobTests {
    static let computeEnvironment: JSONValue = "arn:aws:batch:us-east-1:123456789012:compute-environment/ce"

    @Test func defaultJobNameAndRoleUnderTheJobDefinition() throws {
        let queue = JobQueue("Queue", computeEnvironments: [(Self.computeEnvironment, 1)])
        let queue2 = JobQueue("Queue2", computeEnvironments: [(Self.computeEnvironment, 1)], priority: 10, jobQueueName: "q2", enabled: false)
        let container = JobContainer("Container", platform: .ec2, image: "busybox", cpu: 1, memoryMiB: 2048)
        let jobDefinition = JobDefinition("JobDef", container: container)
        let dlq = Queue("Dlq")
        let app = App {
            Stack("Stack") {
                queue
                queue2
                container
                jobDefinition
                dlq
                Rule("BatchRule", schedule: .rate(.hours(1))) {
                    BatchJob(queue: queue, jobDefinition: jobDefinition)
                    BatchJob(
                        queue: queue2, jobDefinition: jobDefinition, event: .object(["x": .token(EventField.path("$.detail.x"))]),
                        arraySize: 5, attempts: 2, jobName: "named", deadLetterQueue: dlq)
                }
            }
        }
        #expect(try properties("BatchRule4722D68B", in: app)?["Targets"] == [
            [
                "Arn": ["Fn::GetAtt": ["Queue4A7E3555", "JobQueueArn"]],
                "BatchParameters": ["JobDefinition": ["Ref": "JobDef97B0969F"], "JobName": "StackBatchRule4743654F"],
                "Id": "Target0",
                "RoleArn": ["Fn::GetAtt": ["JobDefEventsRoleFE7F64F8", "Arn"]],
            ],
            [
                "Arn": ["Fn::GetAtt": ["Queue26CB7866F", "JobQueueArn"]],
                "BatchParameters": [
                    "ArrayProperties": ["Size": 5], "JobDefinition": ["Ref": "JobDef97B0969F"], "JobName": "named",
                    "RetryStrategy": ["Attempts": 2],
                ],
                "DeadLetterConfig": ["Arn": ["Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]]],
                "Id": "Target1",
                "InputTransformer": ["InputPathsMap": ["detail-x": "$.detail.x"], "InputTemplate": "{\"x\":<detail-x>}"],
                "RoleArn": ["Fn::GetAtt": ["JobDefEventsRoleFE7F64F8", "Arn"]],
            ],
        ])
        #expect(try properties("JobDefEventsRoleDefaultPolicy2F14CF5B", in: app)?["PolicyDocument"] == [
            "Statement": [
                ["Action": "batch:SubmitJob", "Effect": "Allow",
                 "Resource": [["Ref": "JobDef97B0969F"], ["Fn::GetAtt": ["Queue4A7E3555", "JobQueueArn"]]]],
                ["Action": "batch:SubmitJob", "Effect": "Allow",
                 "Resource": [["Ref": "JobDef97B0969F"], ["Fn::GetAtt": ["Queue26CB7866F", "JobQueueArn"]]]],
            ],
            "Version": "2012-10-17",
        ])
    }

    @Test func importedQueueAndDefinitionUseLiteralARNs() throws {
        let queue = JobQueue.imported(arn: "arn:aws:batch:us-east-1:123456789012:job-queue/q")
        let jobDefinition = JobDefinition.imported("ImpDef", arn: "arn:aws:batch:us-east-1:123456789012:job-definition/d:1")
        let app = App {
            Stack("Stack") {
                jobDefinition
                Rule("BatchRule", schedule: .rate(.hours(1))) { BatchJob(queue: queue, jobDefinition: jobDefinition) }
            }
        }
        #expect(try properties("BatchRule4722D68B", in: app)?["Targets"] == [[
            "Arn": "arn:aws:batch:us-east-1:123456789012:job-queue/q",
            "BatchParameters": ["JobDefinition": "arn:aws:batch:us-east-1:123456789012:job-definition/d:1", "JobName": "StackBatchRule4743654F"],
            "Id": "Target0",
            "RoleArn": ["Fn::GetAtt": ["ImpDefEventsRole66F2DAEE", "Arn"]],
        ]])
        #expect(try properties("ImpDefEventsRoleDefaultPolicy07B1B45C", in: app)?["PolicyDocument"]?["Statement"] == [
            ["Action": "batch:SubmitJob", "Effect": "Allow",
             "Resource": ["arn:aws:batch:us-east-1:123456789012:job-definition/d:1", "arn:aws:batch:us-east-1:123456789012:job-queue/q"]],
        ])
    }

    @Test func defaultJobNameUsesTheStackNameAndKeeps128Characters() throws {
        let jobDefinition = JobDefinition.imported("Def", arn: "arn:aws:batch:us-east-1:123456789012:job-definition/d:1")
        let longID = String(repeating: "r", count: 150)
        let app = App {
            Stack("Stack", stackName: "prod-batch") {
                jobDefinition
                Rule(longID, schedule: .rate(.hours(1))) {
                    BatchJob(queue: JobQueue.imported(arn: "arn:aws:batch:us-east-1:123456789012:job-queue/q"), jobDefinition: jobDefinition)
                }
            }
        }
        let assembly = try Synthesizer.synthesize(app)
        let rule = assembly.stacks[0].template.resources.first { $0.type == "AWS::Events::Rule" }
        let name = rule?.properties["Targets"]?.arrayValue?.first?["BatchParameters"]?["JobName"]
        #expect(name == .string(UniqueID.uniqueResourceName(["prod-batch", longID], maxLength: 128)))
        if case let .string(text)? = name { #expect(text.count == 128 && text.hasPrefix("prodbatch")) }
    }

    func codes(_ target: (JobDefinitionReference) -> BatchJob) -> [String] {
        let jobDefinition = JobDefinition.imported("Def", arn: "arn:aws:batch:us-east-1:123456789012:job-definition/d:1")
        return diagnostics(of: App {
            Stack("Stack") {
                jobDefinition
                Rule("Rule", schedule: .rate(.hours(1))) { target(jobDefinition) }
            }
        }).map(\.code)
    }

    static let queue = JobQueue.imported(arn: "arn:aws:batch:us-east-1:123456789012:job-queue/q")

    @Test func jobNameLengthAndCharactersAreValidated() {
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, jobName: "") } == ["events.target.batch.jobName.length"])
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, jobName: String(repeating: "j", count: 129)) } == ["events.target.batch.jobName.length"])
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, jobName: "-starts-with-dash") } == ["events.target.batch.jobName.invalid"])
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, jobName: "has space") } == ["events.target.batch.jobName.invalid"])
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, jobName: String(repeating: "j", count: 128)) }.isEmpty)
    }

    @Test func arraySizeAndAttemptsAreValidated() {
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, arraySize: 1) } == ["events.target.batch.arraySize"])
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, arraySize: 10_001) } == ["events.target.batch.arraySize"])
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, arraySize: 2, attempts: 10) }.isEmpty)
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, attempts: 0) } == ["events.target.batch.attempts"])
        #expect(codes { BatchJob(queue: Self.queue, jobDefinition: $0, attempts: 11) } == ["events.target.batch.attempts"])
    }
}
