import Testing
@testable import CDK

/// The compute targets' documentation example, kept compiling and synthesizing.
@Suite struct ComputeTargetsExampleTests {
    @Test func documentedExampleSynthesizes() throws {
        let vpc = Vpc.imported(id: "vpc-0b1e7a6d2c3f4a5b6",
                               privateSubnetIDs: ["subnet-0a1b2c3d4e5f60718"],
                               publicSubnetIDs: ["subnet-0f1e2d3c4b5a69788"])
        let cluster = Cluster("Cluster", vpc: vpc)
        let task = TaskDefinition("TaskDef", compatibility: .fargate, cpu: "256", memoryMiB: "512") {
            ContainerDefinition("App", image: "amazon/amazon-ecs-sample", memoryLimitMiB: 256)
        }
        let machine = StateMachine("Machine", definition: #"{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}"#)
        let container = JobContainer("Container", platform: .fargate, image: "busybox", cpu: 0.5, memoryMiB: 1024)
        let jobs = JobDefinition("Jobs", container: container, retryAttempts: 2)
        let queue = JobQueue("Queue", computeEnvironments: [("arn:aws:batch:us-east-1:111111111111:compute-environment/spot", 1)])

        let app = App {
            Stack("Compute") {
                cluster; task; machine; container; jobs; queue
                Rule("Nightly", schedule: .cron(minute: "0", hour: "4")) {
                    EcsTask(cluster: cluster, taskDefinition: task, platformVersion: .version1_4,
                            containerOverrides: [ContainerOverride(containerName: "App", environment: ["TRIGGER": "nightly"])])
                    SfnStateMachine(machine, input: .object(["source": "nightly"]))
                    BatchJob(queue: queue, jobDefinition: jobs, arraySize: 10)
                }
            }
        }
        let assembly = try Synthesizer.synthesize(app)
        let rule = assembly.stacks[0].template.resources.first { $0.type == "AWS::Events::Rule" }
        #expect(rule?.properties["Targets"]?.arrayValue?.count == 3)
        #expect(assembly.warnings.isEmpty)
    }
}
