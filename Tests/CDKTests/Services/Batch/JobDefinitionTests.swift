import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (batch.EcsJobDefinition with
// EcsEc2ContainerDefinition and EcsFargateContainerDefinition created in the stack).
@Suite struct JobDefinitionTests {
    @Test func ec2ContainerJobDefinitionAndItsExecutionRole() throws {
        let container = JobContainer("Container", platform: .ec2, image: "busybox", cpu: 1, memoryMiB: 2048)
        let app = App {
            Stack("Stack") {
                container
                JobDefinition("JobDef", container: container)
            }
        }
        #expect(try properties("JobDef97B0969F", in: app) == [
            "ContainerProperties": [
                "Environment": [], "ExecutionRoleArn": ["Fn::GetAtt": ["ContainerExecutionRole65F36CD2", "Arn"]],
                "Image": "busybox", "ReadonlyRootFilesystem": false,
                "ResourceRequirements": [["Type": "MEMORY", "Value": "2048"], ["Type": "VCPU", "Value": "1"]],
            ],
            "PlatformCapabilities": ["EC2"], "RetryStrategy": [:], "Timeout": [:], "Type": "container",
        ])
        #expect(try properties("ContainerExecutionRoleDefaultPolicy13E3B4C3", in: app) == [
            "PolicyDocument": [
                "Statement": [[
                    "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Effect": "Allow",
                    "Resource": ["Fn::Join": ["", [
                        "arn:", ["Ref": "AWS::Partition"], ":logs:", ["Ref": "AWS::Region"], ":", ["Ref": "AWS::AccountId"], ":log-group:/aws/batch/job:*",
                    ]]],
                ]],
                "Version": "2012-10-17",
            ],
            "PolicyName": "ContainerExecutionRoleDefaultPolicy13E3B4C3",
            "Roles": [["Ref": "ContainerExecutionRole65F36CD2"]],
        ])
    }

    @Test func fargateContainerJobDefinitionWithNameAndRetries() throws {
        let container = JobContainer(
            "FContainer", platform: .fargate, image: "busybox", cpu: 0.5, memoryMiB: 1024, command: ["echo", "hi"], environment: ["A": "b"])
        let app = App {
            Stack("Stack") {
                container
                JobDefinition("JobDef2", container: container, jobDefinitionName: "jd2", retryAttempts: 3)
            }
        }
        #expect(try properties("JobDef213150708", in: app) == [
            "ContainerProperties": [
                "Command": ["echo", "hi"], "Environment": [["Name": "A", "Value": "b"]],
                "ExecutionRoleArn": ["Fn::GetAtt": ["FContainerExecutionRoleDC4B067F", "Arn"]],
                "FargatePlatformConfiguration": [:], "Image": "busybox", "NetworkConfiguration": ["AssignPublicIp": "DISABLED"],
                "ReadonlyRootFilesystem": false,
                "ResourceRequirements": [["Type": "MEMORY", "Value": "1024"], ["Type": "VCPU", "Value": "0.5"]],
                "RuntimePlatform": [:],
            ],
            "JobDefinitionName": "jd2", "PlatformCapabilities": ["FARGATE"], "RetryStrategy": ["Attempts": 3], "Timeout": [:], "Type": "container",
        ])
    }

    func codes(_ container: JobContainer, retryAttempts: Int? = nil, name: String? = nil) -> [String] {
        diagnostics(of: App {
            Stack("Stack") {
                container
                JobDefinition("Def", container: container, jobDefinitionName: name, retryAttempts: retryAttempts)
            }
        }).map(\.code)
    }

    @Test func vCPUsAndMemoryAreValidated() {
        #expect(codes(JobContainer("C", platform: .fargate, image: "a", cpu: 3, memoryMiB: 1024)) == ["batch.container.cpu"])
        #expect(codes(JobContainer("C", platform: .ec2, image: "a", cpu: 0.5, memoryMiB: 1024)) == ["batch.container.cpu"])
        #expect(codes(JobContainer("C", platform: .ec2, image: "a", cpu: 2, memoryMiB: 2)) == ["batch.container.memory"])
    }

    @Test func retryAttemptsAndNameAreValidated() {
        let container = JobContainer("C", platform: .ec2, image: "a", cpu: 1, memoryMiB: 512)
        #expect(codes(container, retryAttempts: 11) == ["batch.jobDefinition.retryAttempts"])
        #expect(codes(container, retryAttempts: 0) == ["batch.jobDefinition.retryAttempts"])
        #expect(codes(container, name: "bad name") == ["batch.jobDefinition.name.invalid"])
    }
}
