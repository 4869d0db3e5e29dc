extension TaskDefinition {
    /// The task sizes Fargate offers: CPU units, and the memory (MiB) allowed with them.
    /// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size
    static let fargateSizes: [(cpu: Int, memory: StrideThrough<Int>)] = [
        (256, stride(from: 512, through: 2048, by: 512)),
        (512, stride(from: 1024, through: 4096, by: 1024)),
        (1024, stride(from: 2048, through: 8192, by: 1024)),
        (2048, stride(from: 4096, through: 16_384, by: 1024)),
        (4096, stride(from: 8192, through: 30_720, by: 1024)),
        (8192, stride(from: 16_384, through: 61_440, by: 4096)),
        (16_384, stride(from: 32_768, through: 122_880, by: 8192)),
    ]

    func declarationDiagnostics(_ scope: ConstructScope) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if containers.isEmpty {
            found.append(scope.error(
                "ecs.taskDefinition.noContainers", "task definition '\(scope.path)' has no containers",
                hint: "declare a ContainerDefinition in the task definition, or call 'addContainer'"))
        }
        var names = Set<String>()
        for container in containers where !names.insert(container.name).inserted {
            found.append(scope.error(
                "ecs.taskDefinition.duplicateContainer", "task definition '\(scope.path)' has two containers named '\(container.name)'",
                hint: "give each container its own name"))
        }
        if compatibility.isFargateCompatible {
            found += fargateDiagnostics(scope)
        }
        if compatibility.isEc2Compatible, memoryMiB == nil {
            for container in containers where container.memoryLimitMiB == nil && container.memoryReservationMiB == nil {
                found.append(scope.error(
                    "ecs.container.memory",
                    "container '\(container.name)' has no memory limit or reservation, which an EC2 task without task memory needs",
                    hint: "give the container 'memoryLimitMiB' or 'memoryReservationMiB', or the task definition 'memoryMiB'"))
            }
        }
        if let family, !(1...255).contains(family.count) || !family.isAlphanumeric(allowing: "-_") {
            found.append(scope.error(
                "ecs.taskDefinition.family.invalid", "task definition family '\(family)' must be 1 to 255 letters, digits, '-' or '_'",
                hint: "remove the other characters from the family"))
        }
        return found
    }

    private func fargateDiagnostics(_ scope: ConstructScope) -> [Diagnostic] {
        if networkMode != .awsVpc {
            return [scope.error(
                "ecs.taskDefinition.fargateNetworkMode",
                "task definition '\(scope.path)' runs on Fargate but has network mode '\(networkMode.rawValue)'; Fargate needs 'awsvpc'",
                hint: "remove 'networkMode', or use '.awsVpc'")]
        }
        guard let cpu, let memoryMiB else {
            return [scope.error(
                "ecs.taskDefinition.fargateResources", "task definition '\(scope.path)' runs on Fargate but has no task CPU and memory",
                hint: "give both 'cpu' and 'memoryMiB', such as \"256\" and \"512\"")]
        }
        guard let cpuUnits = Int(cpu), let memory = Int(memoryMiB) else { return [] }
        if Self.fargateSizes.contains(where: { $0.cpu == cpuUnits && $0.memory.contains(memory) }) { return [] }
        return [scope.error(
            "ecs.taskDefinition.fargateSize",
            "Fargate offers no task with \(cpuUnits) CPU units and \(memory) MiB of memory",
            hint: "use a CPU and memory combination from the Fargate task size table, such as 256 and 512")]
    }
}
