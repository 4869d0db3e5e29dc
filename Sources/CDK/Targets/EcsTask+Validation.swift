extension EcsTask {
    /// ECS starts at most this many tasks per `RunTask` call.
    /// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html
    public static let maximumTaskCount = 10

    public func validate(at path: String) -> [Diagnostic] {
        var found = options.diagnostics(at: path) + input.diagnostics(at: path)
        func error(_ code: String, _ message: String, hint: String) {
            found.append(Diagnostic(.error, code: "events.target.ecs." + code, path: path, message: message, hint: hint))
        }
        if !(1...Self.maximumTaskCount).contains(taskCount) {
            error("taskCount", "an ECS task target runs \(taskCount) tasks; ECS starts 1 to \(Self.maximumTaskCount) per run",
                  hint: "use a task count from 1 to \(Self.maximumTaskCount), or several targets")
        }
        if let ephemeralStorageGiB, !(20...200).contains(ephemeralStorageGiB) {
            error("ephemeralStorage", "ephemeral storage of \(ephemeralStorageGiB) GiB is out of range; ECS allows 20 to 200",
                  hint: "use 20 to 200 GiB")
        }
        if launchType == .fargate, !taskDefinition.compatibility.isFargateCompatible {
            error("launchType", "task definition '\(taskDefinition.id)' is not Fargate-compatible but the target launches it on Fargate",
                  hint: "make the task definition Fargate-compatible, or use the EC2 launch type")
        }
        guard taskDefinition.networkMode == .awsVpc else {
            if securityGroups != nil {
                found.append(Diagnostic(
                    .warning, code: "events.target.ecs.securityGroupsIgnored", path: path,
                    message: "security groups are ignored when network mode is not awsvpc",
                    hint: "remove 'securityGroups', or give the task definition the 'awsvpc' network mode"))
            }
            return found
        }
        if platformVersion != nil, effectiveLaunchType != .fargate {
            error("platformVersion", "a platform version applies only to tasks launched on Fargate, not with launch type '\(effectiveLaunchType.rawValue)'",
                  hint: "remove 'platformVersion', or use the Fargate launch type")
        }
        if assignPublicIp == true, selection.subnetType != .public {
            error("assignPublicIp", "assignPublicIp should be set to true only for PUBLIC subnets",
                  hint: "select public subnets with 'subnetSelection: .type(.public)', or remove 'assignPublicIp'")
        } else if publicIp, effectiveLaunchType != .fargate {
            error("assignPublicIpLaunchType", "assignPublicIp is only supported for FARGATE tasks",
                  hint: "use the Fargate launch type, or set 'assignPublicIp: false'")
        }
        if let vpc = cluster.vpc {
            if let type = selection.subnetType, vpc.subnetIDs(of: type).isEmpty {
                let available = vpc.subnetTypes.map(\.rawValue).joined(separator: ", ")
                error("noSubnets", "VPC '\(vpc.vpcID)' has no '\(type.rawValue)' subnets" + (available.isEmpty ? "" : "; it has \(available)"),
                      hint: "import the VPC with its \(type.rawValue.lowercased()) subnets, or choose another 'subnetSelection'")
            }
        } else if selection.subnetIDs == nil || securityGroups == nil {
            error("noVpc", "the cluster of an ECS task target has no VPC, which an awsvpc task needs for its \(selection.subnetIDs == nil ? "subnets" : "security group")",
                  hint: "give the cluster a 'vpc', or the target 'subnetSelection: .subnets([...])' and 'securityGroups'")
        }
        return found
    }
}
