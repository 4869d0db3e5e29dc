import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 for the same declarations (a VPC
// imported with Vpc.fromVpcAttributes, the same construct IDs).
@Suite struct EcsTaskTests {
    let vpc = Vpc.imported(id: "vpc-1234", privateSubnetIDs: ["subnet-priv1"], publicSubnetIDs: ["subnet-pub1"])

    func fargate() -> TaskDefinition {
        TaskDefinition("Fargate", compatibility: .fargate, cpu: "256", memoryMiB: "512") {
            ContainerDefinition("App", image: "nginx", memoryReservationMiB: 64)
        }
    }

    func app(_ target: (Cluster, TaskDefinition) -> RuleTarget) -> App {
        let cluster = Cluster("Cluster", vpc: vpc)
        let taskDefinition = fargate()
        return App {
            Stack("Stack") {
                cluster
                taskDefinition
                Rule("R1", schedule: .rate(.hours(1))) { target(cluster, taskDefinition) }
            }
        }
    }

    @Test func fargateTaskRunsInPrivateSubnetsWithTheTaskDefinitionsSecurityGroup() throws {
        let app = app { EcsTask(cluster: $0, taskDefinition: $1) }
        let rule = try properties("R18C979491", in: app)
        #expect(rule?["Targets"] == [[
            "Arn": ["Fn::GetAtt": ["ClusterEB0386A7", "Arn"]],
            "EcsParameters": [
                "LaunchType": "FARGATE",
                "NetworkConfiguration": ["AwsVpcConfiguration": [
                    "AssignPublicIp": "DISABLED",
                    "SecurityGroups": [["Fn::GetAtt": ["FargateSecurityGroup953082A8", "GroupId"]]],
                    "Subnets": ["subnet-priv1"],
                ]],
                "TaskCount": 1,
                "TaskDefinitionArn": ["Ref": "Fargate001516A4"],
            ],
            "Id": "Target0",
            "Input": "{}",
            "RoleArn": ["Fn::GetAtt": ["FargateEventsRole24FF27DE", "Arn"]],
        ]])
        #expect(try properties("FargateSecurityGroup953082A8", in: app) == [
            "GroupDescription": "Stack/Fargate/SecurityGroup",
            "SecurityGroupEgress": [["CidrIp": "0.0.0.0/0", "Description": "Allow all outbound traffic by default", "IpProtocol": "-1"]],
            "VpcId": "vpc-1234",
        ])
    }

    @Test func eventsRoleMayRunTagAndPassTheTaskRole() throws {
        let app = app { EcsTask(cluster: $0, taskDefinition: $1) }
        #expect(try properties("FargateEventsRoleDefaultPolicy4B593068", in: app) == [
            "PolicyDocument": [
                "Statement": [
                    [
                        "Action": "ecs:RunTask",
                        "Condition": ["ArnEquals": ["ecs:cluster": ["Fn::GetAtt": ["ClusterEB0386A7", "Arn"]]]],
                        "Effect": "Allow", "Resource": ["Ref": "Fargate001516A4"],
                    ],
                    [
                        "Action": "ecs:TagResource", "Effect": "Allow",
                        "Resource": ["Fn::Join": ["", [
                            "arn:", ["Ref": "AWS::Partition"], ":ecs:", ["Ref": "AWS::Region"], ":*:task/", ["Ref": "ClusterEB0386A7"], "/*",
                        ]]],
                    ],
                    ["Action": "iam:PassRole", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["FargateTaskRoleFBDE2FB6", "Arn"]]],
                ],
                "Version": "2012-10-17",
            ],
            "PolicyName": "FargateEventsRoleDefaultPolicy4B593068",
            "Roles": [["Ref": "FargateEventsRole24FF27DE"]],
        ])
        #expect(try properties("FargateEventsRole24FF27DE", in: app) == [
            "AssumeRolePolicyDocument": [
                "Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "events.amazonaws.com"]]],
                "Version": "2012-10-17",
            ],
        ])
    }

    @Test func overridesWithAnEventFieldBecomeAnInputTransformer() throws {
        let dlq = Queue("Dlq")
        let cluster = Cluster("Cluster", vpc: vpc)
        let taskDefinition = fargate()
        let app = App {
            Stack("Stack") {
                cluster
                taskDefinition
                dlq
                Rule("R1", schedule: .rate(.hours(1))) {
                    EcsTask(
                        cluster: cluster, taskDefinition: taskDefinition, taskCount: 3, platformVersion: .latest,
                        subnetSelection: .type(.public),
                        containerOverrides: [ContainerOverride(
                            containerName: "App", command: ["echo", "\(EventField.path("$.detail.x"))"],
                            environment: ["K": "V"], cpu: 5, memoryReservation: 50)],
                        propagateTags: true, tags: ["k": "v"], enableExecuteCommand: true,
                        deadLetterQueue: dlq, retryAttempts: 2, maxEventAgeSeconds: 7200)
                }
            }
        }
        let rule = try properties("R18C979491", in: app)
        #expect(rule?["Targets"] == [[
            "Arn": ["Fn::GetAtt": ["ClusterEB0386A7", "Arn"]],
            "DeadLetterConfig": ["Arn": ["Fn::GetAtt": ["DlqD1FAA4AD", "Arn"]]],
            "EcsParameters": [
                "EnableExecuteCommand": true,
                "LaunchType": "FARGATE",
                "NetworkConfiguration": ["AwsVpcConfiguration": [
                    "AssignPublicIp": "ENABLED",
                    "SecurityGroups": [["Fn::GetAtt": ["FargateSecurityGroup953082A8", "GroupId"]]],
                    "Subnets": ["subnet-pub1"],
                ]],
                "PlatformVersion": "LATEST",
                "PropagateTags": "TASK_DEFINITION",
                "TagList": [["Key": "k", "Value": "v"]],
                "TaskCount": 3,
                "TaskDefinitionArn": ["Ref": "Fargate001516A4"],
            ],
            "Id": "Target0",
            // The CDK writes the members in the order of its Python struct (alphabetical).
            "InputTransformer": [
                "InputPathsMap": ["detail-x": "$.detail.x"],
                "InputTemplate": "{\"containerOverrides\":[{\"name\":\"App\",\"command\":[\"echo\",<detail-x>],\"cpu\":5,\"environment\":[{\"name\":\"K\",\"value\":\"V\"}],\"memoryReservation\":50}]}",
            ],
            "RetryPolicy": ["MaximumEventAgeInSeconds": 7200, "MaximumRetryAttempts": 2],
            "RoleArn": ["Fn::GetAtt": ["FargateEventsRole24FF27DE", "Arn"]],
        ]])
    }

    @Test func memoryLimitOverrideIsWrittenAsECSNamesIt() {
        let override = ContainerOverride(containerName: "C", memoryLimit: 2)
        #expect(override.json == ["name": "C", "memory": 2])
    }

    @Test func bridgeTaskHasNoNetworkConfigurationAndNoTaskRolePass() throws {
        let cluster = Cluster("Named", vpc: vpc, clusterName: "my-cluster", containerInsights: true)
        let taskDefinition = TaskDefinition("Ec2Def", compatibility: .ec2) {
            ContainerDefinition("Web", image: "httpd", memoryLimitMiB: 512)
        }
        let app = App {
            Stack("Stack") {
                cluster
                taskDefinition
                Rule("R1", schedule: .rate(.hours(1))) { EcsTask(cluster: cluster, taskDefinition: taskDefinition) }
            }
        }
        let rule = try properties("R18C979491", in: app)
        #expect(rule?["Targets"] == [[
            "Arn": ["Fn::GetAtt": ["NamedD2F31604", "Arn"]],
            "EcsParameters": ["TaskCount": 1, "TaskDefinitionArn": ["Ref": "Ec2DefD79F9DC1"]],
            "Id": "Target0", "Input": "{}",
            "RoleArn": ["Fn::GetAtt": ["Ec2DefEventsRole16708710", "Arn"]],
        ]])
        let policy = try properties("Ec2DefEventsRoleDefaultPolicyE13748A3", in: app)
        #expect(policy?["PolicyDocument"]?["Statement"]?.arrayValue?.count == 2)
    }

    @Test func taskOverridesAndGivenSecurityGroupsRender() throws {
        let cluster = Cluster("Cluster", vpc: vpc)
        let execution = Role("Exec", assumedBy: .service("ecs-tasks.amazonaws.com"))
        let taskDefinition = TaskDefinition(
            "Both", compatibility: .ec2AndFargate, cpu: "512", memoryMiB: "1024", networkMode: .awsVpc, family: "fam",
            executionRole: execution
        ) {
            ContainerDefinition("C", image: "busybox", memoryLimitMiB: 256)
        }
        let app = App {
            Stack("Stack") {
                cluster
                execution
                taskDefinition
                Rule("R1", schedule: .rate(.hours(1))) {
                    EcsTask(
                        cluster: cluster, taskDefinition: taskDefinition, launchType: .fargate,
                        subnetSelection: .type(.public), assignPublicIp: true, securityGroups: [SecurityGroup.imported(id: "sg-1")],
                        cpu: "256", memory: "512", ephemeralStorageGiB: 30, taskRoleArn: "arn:aws:iam::123456789012:role/tr")
                }
            }
        }
        let rule = try properties("R18C979491", in: app)
        #expect(rule?["Targets"] == [[
            "Arn": ["Fn::GetAtt": ["ClusterEB0386A7", "Arn"]],
            "EcsParameters": [
                "LaunchType": "FARGATE",
                "NetworkConfiguration": ["AwsVpcConfiguration": [
                    "AssignPublicIp": "ENABLED", "SecurityGroups": ["sg-1"], "Subnets": ["subnet-pub1"],
                ]],
                "TaskCount": 1,
                "TaskDefinitionArn": ["Ref": "Both16D4C1CD"],
            ],
            "Id": "Target0",
            "Input": "{\"cpu\":\"256\",\"ephemeralStorage\":{\"sizeInGiB\":30},\"memory\":\"512\",\"taskRole\":\"arn:aws:iam::123456789012:role/tr\"}",
            "RoleArn": ["Fn::GetAtt": ["BothEventsRole8654D976", "Arn"]],
        ]])
        let statements = try properties("BothEventsRoleDefaultPolicyB8D92D13", in: app)?["PolicyDocument"]?["Statement"]
        #expect(statements?.arrayValue?.suffix(2) == [
            ["Action": "iam:PassRole", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Exec3A74FD70", "Arn"]]],
            ["Action": "iam:PassRole", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["BothTaskRole10F9D1F1", "Arn"]]],
        ])
    }

    @Test func importedClusterAndTaskDefinitionUseLiteralARNs() throws {
        let cluster = Cluster.imported(name: "imported", arn: "arn:aws:ecs:eu-west-1:123456789012:cluster/imported", vpc: vpc)
        let fargate = TaskDefinition.imported(
            "ImpTd", arn: "arn:aws:ecs:eu-west-1:123456789012:task-definition/fam", compatibility: .fargate,
            taskRoleArn: "arn:aws:iam::123456789012:role/itr")
        let bridge = TaskDefinition.imported(
            "ImpTd2", arn: "arn:aws:ecs:eu-west-1:123456789012:task-definition/fam:3", compatibility: .ec2)
        let app = App {
            Stack("Stack") {
                fargate
                bridge
                Rule("R2", schedule: .rate(.hours(1))) {
                    EcsTask(cluster: cluster, taskDefinition: fargate, subnetSelection: .subnets(["subnet-x"]))
                    EcsTask(cluster: cluster, taskDefinition: bridge)
                }
            }
        }
        #expect(try properties("ImpTdEventsRoleDefaultPolicyD1C74ADE", in: app)?["PolicyDocument"] == [
            "Statement": [
                [
                    "Action": "ecs:RunTask",
                    "Condition": ["ArnEquals": ["ecs:cluster": "arn:aws:ecs:eu-west-1:123456789012:cluster/imported"]],
                    "Effect": "Allow", "Resource": "arn:aws:ecs:eu-west-1:123456789012:task-definition/fam:*",
                ],
                [
                    "Action": "ecs:TagResource", "Effect": "Allow",
                    "Resource": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":ecs:", ["Ref": "AWS::Region"], ":*:task/imported/*"]]],
                ],
                ["Action": "iam:PassRole", "Effect": "Allow", "Resource": "arn:aws:iam::123456789012:role/itr"],
            ],
            "Version": "2012-10-17",
        ])
        let runTask = try properties("ImpTd2EventsRoleDefaultPolicyDBC95EFC", in: app)?["PolicyDocument"]?["Statement"]?.arrayValue?.first
        #expect(runTask?["Resource"] == "arn:aws:ecs:eu-west-1:123456789012:task-definition/fam:3")
        let targets = try properties("R2D8F31528", in: app)?["Targets"]
        #expect(targets == [
            [
                "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/imported",
                "EcsParameters": [
                    "LaunchType": "FARGATE",
                    "NetworkConfiguration": ["AwsVpcConfiguration": [
                        "AssignPublicIp": "DISABLED",
                        "SecurityGroups": [["Fn::GetAtt": ["ImpTdSecurityGroupE08F01AD", "GroupId"]]],
                        "Subnets": ["subnet-x"],
                    ]],
                    "TaskCount": 1,
                    "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/fam",
                ],
                "Id": "Target0", "Input": "{}",
                "RoleArn": ["Fn::GetAtt": ["ImpTdEventsRoleF205D2A7", "Arn"]],
            ],
            [
                "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/imported",
                "EcsParameters": ["TaskCount": 1, "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/fam:3"],
                "Id": "Target1", "Input": "{}",
                "RoleArn": ["Fn::GetAtt": ["ImpTd2EventsRole78954894", "Arn"]],
            ],
        ])
    }

    @Test func oneRoleAndSecurityGroupForEveryRuleRunningTheTask() throws {
        let cluster = Cluster("Cluster", vpc: vpc)
        let taskDefinition = fargate()
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                cluster
                taskDefinition
                Rule("R1", schedule: .rate(.hours(1))) { EcsTask(cluster: cluster, taskDefinition: taskDefinition) }
                Rule("R2", schedule: .rate(.hours(2))) { EcsTask(cluster: cluster, taskDefinition: taskDefinition) }
            }
        })
        let types = assembly.stacks[0].template.resources.map(\.type)
        #expect(types.filter { $0 == "AWS::IAM::Role" }.count == 2) // task role and events role
        #expect(types.filter { $0 == "AWS::EC2::SecurityGroup" }.count == 1)
        let policy = assembly.stacks[0].template.resources.first { $0.logicalID == "FargateEventsRoleDefaultPolicy4B593068" }
        #expect(policy?.properties["PolicyDocument"]?["Statement"]?.arrayValue?.count == 3)
    }
    @Test func givenRoleGetsTheStatementsInsteadOfAnEventsRole() throws {
        let cluster = Cluster("Cluster", vpc: vpc)
        let taskDefinition = fargate()
        let role = Role("Runner", assumedBy: .service("events.amazonaws.com"))
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                cluster
                taskDefinition
                role
                Rule("R1", schedule: .rate(.hours(1))) { EcsTask(cluster: cluster, taskDefinition: taskDefinition, role: role) }
            }
        })
        let resources = assembly.stacks[0].template.resources
        #expect(!resources.contains { $0.logicalID.hasPrefix("FargateEventsRole") })
        let policy = resources.first { $0.logicalID.hasPrefix("RunnerDefaultPolicy") }
        #expect(policy?.properties["PolicyDocument"]?["Statement"]?.arrayValue?.compactMap { $0["Action"] } == [
            "ecs:RunTask", "ecs:TagResource", "iam:PassRole",
        ])
        let rule = resources.first { $0.type == "AWS::Events::Rule" }
        let roleID = try #require(UniqueID.logicalID(["Runner", "Resource"]))
        #expect(rule?.properties["Targets"]?.arrayValue?.first?["RoleArn"] == .getAtt(roleID, "Arn"))
    }

    @Test func taskDefinitionInAnotherStackKeepsItsRoleAndSecurityGroupAndExportsThem() throws {
        let vpc = Vpc.imported(id: "vpc-1", privateSubnetIDs: ["s"])
        let cluster = Cluster("Cluster", vpc: vpc)
        let taskDefinition = TaskDefinition("TD", compatibility: .fargate, cpu: "256", memoryMiB: "512") {
            ContainerDefinition("C", image: "x")
        }
        let assembly = try Synthesizer.synthesize(App {
            Stack("Tasks") {
                cluster
                taskDefinition
            }
            Stack("Rules") {
                Rule("Rule", schedule: .rate(.hours(1))) { EcsTask(cluster: cluster, taskDefinition: taskDefinition) }
            }
        })
        let tasks = try #require(assembly.stack(named: "Tasks"))
        #expect(tasks.template.resources.map(\.logicalID) == [
            "ClusterEB0386A7", "TDTaskRoleC497AFFC", "TD49C78F36", "TDEventsRole973287ED", "TDEventsRoleDefaultPolicyECA8A8B5",
            "TDSecurityGroupB0E48F37",
        ])
        let rules = try #require(assembly.stack(named: "Rules"))
        #expect(rules.dependencies == ["Tasks"])
        #expect(rules.template.resources.first?.properties["Targets"] == [[
            "Arn": ["Fn::ImportValue": "Tasks:ExportsOutputFnGetAttClusterEB0386A7Arn2F2E3C3F"],
            "EcsParameters": [
                "LaunchType": "FARGATE",
                "NetworkConfiguration": ["AwsVpcConfiguration": [
                    "AssignPublicIp": "DISABLED",
                    "SecurityGroups": [["Fn::ImportValue": "Tasks:ExportsOutputFnGetAttTDSecurityGroupB0E48F37GroupIdD2FF9D45"]],
                    "Subnets": ["s"],
                ]],
                "TaskCount": 1,
                "TaskDefinitionArn": ["Fn::ImportValue": "Tasks:ExportsOutputRefTD49C78F36C1CA8850"],
            ],
            "Id": "Target0", "Input": "{}",
            "RoleArn": ["Fn::ImportValue": "Tasks:ExportsOutputFnGetAttTDEventsRole973287EDArnEFA37C8E"],
        ]])
    }
}

@Suite struct EcsTaskDiagnosticTests {
    let vpc = Vpc.imported(id: "vpc-1234", privateSubnetIDs: ["subnet-priv1"])

    func codes(_ make: (Cluster, TaskDefinition) -> EcsTask, compatibility: TaskDefinition.Compatibility = .fargate, vpc: Vpc?? = nil) -> [Diagnostic] {
        let cluster = Cluster("Cluster", vpc: vpc ?? self.vpc)
        let taskDefinition = TaskDefinition("TD", compatibility: compatibility, cpu: "256", memoryMiB: "512") {
            ContainerDefinition("C", image: "busybox")
        }
        return diagnostics(of: App {
            Stack("Stack") {
                cluster
                taskDefinition
                Rule("Rule", schedule: .rate(.hours(1))) { make(cluster, taskDefinition) }
            }
        })
    }

    @Test func taskCountOutsideOneToTenIsReported() {
        for count in [0, 11] {
            let found = codes { EcsTask(cluster: $0, taskDefinition: $1, taskCount: count) }
            #expect(found.map(\.code) == ["events.target.ecs.taskCount"])
            #expect(found.first?.path == "Stack/Rule")
        }
        #expect(codes { EcsTask(cluster: $0, taskDefinition: $1, taskCount: 10) }.isEmpty)
    }

    @Test func publicIpOutsidePublicSubnetsIsReportedWithTheCDKsMessage() {
        let found = codes { EcsTask(cluster: $0, taskDefinition: $1, assignPublicIp: true) }
        #expect(found.map(\.message) == ["assignPublicIp should be set to true only for PUBLIC subnets"])
    }

    @Test func publicIpOnEC2IsReported() {
        let vpc = Vpc.imported(id: "vpc-1", publicSubnetIDs: ["subnet-pub"])
        let found = codes({ EcsTask(cluster: $0, taskDefinition: $1, launchType: .ec2, subnetSelection: .type(.public)) }, vpc: vpc)
        #expect(found.map(\.code) == ["events.target.ecs.assignPublicIpLaunchType"])
    }

    @Test func platformVersionOutsideFargateIsReported() {
        let found = codes({ EcsTask(cluster: $0, taskDefinition: $1, launchType: .ec2, platformVersion: .latest) }, compatibility: .ec2AndFargate)
        #expect(found.map(\.code) == ["events.target.ecs.platformVersion"])
    }

    @Test func ephemeralStorageOutOfRangeIsReported() {
        #expect(codes { EcsTask(cluster: $0, taskDefinition: $1, ephemeralStorageGiB: 19) }.map(\.code) == ["events.target.ecs.ephemeralStorage"])
        #expect(codes { EcsTask(cluster: $0, taskDefinition: $1, ephemeralStorageGiB: 201) }.map(\.code) == ["events.target.ecs.ephemeralStorage"])
        #expect(codes { EcsTask(cluster: $0, taskDefinition: $1, ephemeralStorageGiB: 200) }.isEmpty)
    }

    @Test func missingSubnetKindIsReported() {
        let found = codes { EcsTask(cluster: $0, taskDefinition: $1, subnetSelection: .type(.public)) }
        #expect(found.map(\.message) == ["VPC 'vpc-1234' has no 'Public' subnets; it has Private"])
    }

    @Test func awsvpcTaskOnAClusterWithoutVPCNeedsSubnetsAndSecurityGroups() {
        let noVpc: Vpc?? = .some(nil)
        #expect(codes({ EcsTask(cluster: $0, taskDefinition: $1) }, vpc: noVpc).map(\.code) == ["events.target.ecs.noVpc"])
        #expect(codes({
            EcsTask(cluster: $0, taskDefinition: $1, subnetSelection: .subnets(["subnet-1"]), securityGroups: [SecurityGroup.imported(id: "sg-1")])
        }, vpc: noVpc).isEmpty)
    }

    @Test func fargateLaunchOfAnEC2OnlyTaskIsReported() {
        let found = codes({ EcsTask(cluster: $0, taskDefinition: $1, launchType: .fargate) }, compatibility: .ec2)
        #expect(found.map(\.code) == ["events.target.ecs.launchType"])
    }

    @Test func securityGroupsOfABridgeTaskAreAWarning() throws {
        let cluster = Cluster("Cluster", vpc: vpc)
        let taskDefinition = TaskDefinition("TD", compatibility: .ec2) { ContainerDefinition("C", image: "busybox", memoryLimitMiB: 64) }
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                cluster
                taskDefinition
                Rule("Rule", schedule: .rate(.hours(1))) {
                    EcsTask(cluster: cluster, taskDefinition: taskDefinition, securityGroups: [SecurityGroup.imported(id: "sg-1")])
                }
            }
        })
        #expect(assembly.warnings.map(\.code) == ["events.target.ecs.securityGroupsIgnored"])
    }

    @Test func unplacedTaskDefinitionIsReportedWithoutACrash() {
        let cluster = Cluster.imported(name: "c", vpc: vpc)
        let taskDefinition = TaskDefinition("TD", compatibility: .fargate, cpu: "256", memoryMiB: "512") { ContainerDefinition("C", image: "x") }
        let found = diagnostics(of: App {
            Stack("Stack") { Rule("Rule", schedule: .rate(.hours(1))) { EcsTask(cluster: cluster, taskDefinition: taskDefinition) } }
        })
        #expect(found.map(\.code).contains("events.target.unplaced"))
        #expect(found.map(\.code).contains("reference.unplaced"))
    }

    @Test func unplacedImportedTaskDefinitionIsReported() {
        let imported = TaskDefinition.imported("Imported", arn: "arn:aws:ecs:us-east-1:123456789012:task-definition/x:1", compatibility: .ec2)
        let cluster = Cluster.imported(name: "c")
        let found = diagnostics(of: App {
            Stack("Stack") { Rule("Rule", schedule: .rate(.hours(1))) { EcsTask(cluster: cluster, taskDefinition: imported) } }
        })
        #expect(found.map(\.code) == ["events.target.unplaced"])
    }
}
