import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (batch.JobQueue over a compute
// environment imported with fromFargateComputeEnvironmentArn).
@Suite struct JobQueueTests {
    static let computeEnvironment: JSONValue = "arn:aws:batch:us-east-1:123456789012:compute-environment/ce"

    @Test func queueDefaultsToPriorityOneEnabled() throws {
        let app = App {
            Stack("Stack") {
                JobQueue("Queue", computeEnvironments: [(Self.computeEnvironment, 1)])
                JobQueue("Queue2", computeEnvironments: [(Self.computeEnvironment, 1)], priority: 10, jobQueueName: "q2", enabled: false)
            }
        }
        #expect(try properties("Queue4A7E3555", in: app) == [
            "ComputeEnvironmentOrder": [["ComputeEnvironment": Self.computeEnvironment, "Order": 1]], "Priority": 1, "State": "ENABLED",
        ])
        #expect(try properties("Queue26CB7866F", in: app) == [
            "ComputeEnvironmentOrder": [["ComputeEnvironment": Self.computeEnvironment, "Order": 1]],
            "JobQueueName": "q2", "Priority": 10, "State": "DISABLED",
        ])
    }

    func codes(_ queue: JobQueue) -> [String] {
        diagnostics(of: App { Stack("Stack") { queue } }).map(\.code)
    }

    @Test func computeEnvironmentsPriorityAndNameAreValidated() {
        let environment = Self.computeEnvironment
        #expect(codes(JobQueue("Q", computeEnvironments: [])) == ["batch.jobQueue.computeEnvironments"])
        #expect(codes(JobQueue("Q", computeEnvironments: [(environment, 1), (environment, 2), (environment, 3), (environment, 4)]))
            == ["batch.jobQueue.computeEnvironments"])
        #expect(codes(JobQueue("Q", computeEnvironments: [(environment, 1), (environment, 1)])) == ["batch.jobQueue.order"])
        #expect(codes(JobQueue("Q", computeEnvironments: [(environment, 1)], priority: 1001)) == ["batch.jobQueue.priority"])
        #expect(codes(JobQueue("Q", computeEnvironments: [(environment, 1)], jobQueueName: "a b")) == ["batch.jobQueue.name.invalid"])
    }
}
