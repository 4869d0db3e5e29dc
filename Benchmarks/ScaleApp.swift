import CDK

/// The scale app: `stacks` stacks of `rules` rules each. Every rule has an event
/// pattern (source, detail type and three detail fields) and two targets, the stack's
/// queue and the stack's function, which all its rules share.
///
/// The same construct tree, IDs and properties as the CDK's `scale_app.js`
/// (`node scale_app.js N M OUTDIR`), so the two assemblies can be compared: a stack
/// holds 2 × `rules` + 4 resources (a rule and a Lambda permission per rule; the
/// queue, its policy, the function and its role), so `rules` up to 248 stays within
/// CloudFormation's 500 resources per stack.
func scaleApp(stacks: Int, rules: Int) -> App {
    App {
        for i in 0..<stacks {
            scaleStack(i, rules: rules)
        }
    }
}

private func scaleStack(_ i: Int, rules: Int) -> Stack {
    let queue = Queue("Queue")
    let handler = Function(
        "Handler", runtime: "python3.12", handler: "index.handler",
        inlineCode: "def handler(event, context):\n    return event\n")
    return Stack("ScaleStack\(i)") {
        queue
        handler
        for j in 0..<rules {
            Rule("Rule\(j)", eventPattern: scalePattern(stack: i, rule: j)) {
                SqsQueue(queue)
                LambdaFunction(handler)
            }
        }
    }
}

/// Rule `rule` of stack `stack`'s pattern, its fields assigned in the order the
/// JavaScript app writes them (a field assigned later renders after the others).
private func scalePattern(stack i: Int, rule j: Int) -> EventPattern {
    var pattern = EventPattern()
    pattern.source = .exactString("com.example.app\(i)")
    pattern.detailType = .exactString("Event Type \(j)")
    pattern.detail = [
        "state": ["ACTIVE", "PENDING"],
        "priority": .greaterThan(Double(j)),
        "region-code": .prefix("r\(j % 10)"),
    ]
    return pattern
}
