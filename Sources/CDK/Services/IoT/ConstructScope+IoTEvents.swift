extension ConstructScope {
    /// Warnings for the event topics of `topics` whose event type no
    /// `IoTEventConfigurations` of this construct's stack enables: AWS IoT would publish
    /// nothing on them. None when the stack declares no `IoTEventConfigurations` (the
    /// account's settings are then managed elsewhere).
    func disabledEventTypeWarnings(_ topics: [IoTTopic]) -> [Diagnostic] {
        guard let stack = stackNode else { return [] }
        let configurations = stack.subtree.compactMap { $0.construct as? IoTEventConfigurations }
        guard !configurations.isEmpty else { return [] }
        let enabled = configurations.flatMap(\.enabledTypes)
        var found: [Diagnostic] = []
        var reported: [IoTEventType] = []
        for topic in topics {
            guard let type = topic.eventType, !enabled.contains(type), !reported.contains(type) else { continue }
            reported.append(type)
            found.append(Diagnostic(
                .warning, code: "iot.topic.eventTypeDisabled", path: path,
                message: "topic '\(topic.name)' carries '\(type.rawValue)' events, which no IoT event configurations of stack '\(stack.path)' enable",
                hint: "add '.\(type)' to the types an IoTEventConfigurations of the stack enables"))
        }
        return found
    }
}
