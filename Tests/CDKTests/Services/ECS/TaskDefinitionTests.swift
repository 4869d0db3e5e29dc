import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (ecs.FargateTaskDefinition,
// Ec2TaskDefinition and TaskDefinition with addContainer and ContainerImage.fromRegistry).
@Suite struct TaskDefinitionTests {
    @Test func fargateTaskDefinitionRendersItsContainersAndTaskRole() throws {
        let app = App {
            Stack("Stack") {
                TaskDefinition("Fargate", compatibility: .fargate, cpu: "256", memoryMiB: "512") {
                    ContainerDefinition(
                        "App", image: "nginx", memoryReservationMiB: 64, cpu: 128, command: ["run", "it"], environment: ["B": "2", "A": "1"])
                }
            }
        }
        #expect(try properties("Fargate001516A4", in: app) == [
            "ContainerDefinitions": [[
                "Command": ["run", "it"], "Cpu": 128,
                "Environment": [["Name": "B", "Value": "2"], ["Name": "A", "Value": "1"]],
                "Essential": true, "Image": "nginx", "MemoryReservation": 64, "Name": "App",
            ]],
            "Cpu": "256", "Family": "StackFargate5FBA17A4", "Memory": "512", "NetworkMode": "awsvpc",
            "RequiresCompatibilities": ["FARGATE"],
            "TaskRoleArn": ["Fn::GetAtt": ["FargateTaskRoleFBDE2FB6", "Arn"]],
        ])
        #expect(try properties("FargateTaskRoleFBDE2FB6", in: app) == [
            "AssumeRolePolicyDocument": [
                "Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "ecs-tasks.amazonaws.com"]]],
                "Version": "2012-10-17",
            ],
        ])
    }

    @Test func ec2TaskDefinitionDefaultsToBridge() throws {
        let taskDefinition = TaskDefinition("Ec2Def", compatibility: .ec2)
        taskDefinition.addContainer(ContainerDefinition("Web", image: "httpd", memoryLimitMiB: 512))
        let app = App { Stack("Stack") { taskDefinition } }
        #expect(try properties("Ec2DefD79F9DC1", in: app) == [
            "ContainerDefinitions": [["Essential": true, "Image": "httpd", "Memory": 512, "Name": "Web"]],
            "Family": "StackEc2DefDE6FC1F5", "NetworkMode": "bridge", "RequiresCompatibilities": ["EC2"],
            "TaskRoleArn": ["Fn::GetAtt": ["Ec2DefTaskRoleB7792FE7", "Arn"]],
        ])
    }

    @Test func bothCompatibilitiesWithFamilyAndExecutionRole() throws {
        let execution = Role("Exec", assumedBy: .service("ecs-tasks.amazonaws.com"))
        let app = App {
            Stack("Stack") {
                execution
                TaskDefinition("Both", compatibility: .ec2AndFargate, cpu: "512", memoryMiB: "1024", family: "fam", executionRole: execution) {
                    ContainerDefinition("C", image: "busybox", memoryLimitMiB: 256)
                }
            }
        }
        #expect(try properties("Both16D4C1CD", in: app) == [
            "ContainerDefinitions": [["Essential": true, "Image": "busybox", "Memory": 256, "Name": "C"]],
            "Cpu": "512", "ExecutionRoleArn": ["Fn::GetAtt": ["Exec3A74FD70", "Arn"]], "Family": "fam", "Memory": "1024",
            "NetworkMode": "awsvpc", "RequiresCompatibilities": ["EC2", "FARGATE"],
            "TaskRoleArn": ["Fn::GetAtt": ["BothTaskRole10F9D1F1", "Arn"]],
        ])
    }

    func codes(_ taskDefinition: TaskDefinition) -> [String] {
        diagnostics(of: App { Stack("Stack") { taskDefinition } }).map(\.code)
    }

    @Test func taskDefinitionWithoutContainersIsReported() {
        #expect(codes(TaskDefinition("TD", compatibility: .fargate, cpu: "256", memoryMiB: "512")) == ["ecs.taskDefinition.noContainers"])
    }

    @Test func duplicateContainerNamesAreReported() {
        let taskDefinition = TaskDefinition("TD", compatibility: .fargate, cpu: "256", memoryMiB: "512") {
            ContainerDefinition("C", image: "a")
            ContainerDefinition("C", image: "b")
        }
        #expect(codes(taskDefinition) == ["ecs.taskDefinition.duplicateContainer"])
    }

    @Test func fargateNeedsCPUMemoryAndAWSVPC() {
        #expect(codes(TaskDefinition("TD", compatibility: .fargate) { ContainerDefinition("C", image: "a") }) == ["ecs.taskDefinition.fargateResources"])
        #expect(codes(TaskDefinition("TD", compatibility: .fargate, cpu: "256", memoryMiB: "512", networkMode: .bridge) {
            ContainerDefinition("C", image: "a")
        }) == ["ecs.taskDefinition.fargateNetworkMode"])
    }

    @Test func fargateSizeMustBeOneFargateOffers() {
        func size(_ cpu: String, _ memory: String) -> [String] {
            codes(TaskDefinition("TD", compatibility: .fargate, cpu: cpu, memoryMiB: memory) { ContainerDefinition("C", image: "a") })
        }
        #expect(size("256", "4096") == ["ecs.taskDefinition.fargateSize"])
        #expect(size("300", "512") == ["ecs.taskDefinition.fargateSize"])
        #expect(size("256", "2048").isEmpty)
        #expect(size("4096", "30720").isEmpty)
        #expect(size("1 vCPU", "2 GB").isEmpty)
    }

    @Test func ec2ContainerWithoutMemoryIsReported() {
        #expect(codes(TaskDefinition("TD", compatibility: .ec2) { ContainerDefinition("C", image: "a") }) == ["ecs.container.memory"])
        #expect(codes(TaskDefinition("TD", compatibility: .ec2, memoryMiB: "512") { ContainerDefinition("C", image: "a") }).isEmpty)
    }

    @Test func invalidFamilyIsReported() {
        let taskDefinition = TaskDefinition("TD", compatibility: .ec2, family: "my family") { ContainerDefinition("C", image: "a", memoryLimitMiB: 64) }
        #expect(codes(taskDefinition) == ["ecs.taskDefinition.family.invalid"])
    }
}
