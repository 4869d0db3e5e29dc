import Testing
@testable import CDK

/// The errors found in `app`, or none when it synthesizes.
func diagnostics(of app: App) -> [Diagnostic] {
    do {
        _ = try Synthesizer.synthesize(app)
        return []
    } catch let error as SynthesisError {
        return error.diagnostics.filter { $0.severity == .error }
    } catch {
        Issue.record("unexpected error \(error)")
        return []
    }
}

func queue(_ id: String = "Queue") -> CfnResource {
    CfnResource(id, type: "AWS::SQS::Queue")
}

@Suite struct DiagnosticTests {
    let env = Environment.aws(account: "123456789012", region: "us-east-1")

    @Test func duplicateIDAmongSiblingsIsReported() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                queue()
                queue()
            }
        })
        #expect(found == [Diagnostic(
            .error, code: "construct.id.duplicate", path: "Stack/Queue",
            message: "there is already a construct named 'Queue' in 'Stack'",
            hint: "construct IDs must be unique among siblings; rename one of them")])
    }

    @Test func emptyIDIsReported() {
        let found = diagnostics(of: App {
            Stack("Stack") { queue("") }
        })
        #expect(found.map(\.code) == ["construct.id.empty"])
        #expect(found.first?.path == "Stack")
        #expect(found.first?.message == "a CfnResource in 'Stack' has an empty ID; only the app may have one")
    }

    @Test func slashInIDIsReported() {
        let found = diagnostics(of: App {
            Stack("Stack") { queue("a/b") }
        })
        #expect(found.map(\.code) == ["construct.id.invalidCharacter"])
        #expect(found.first?.path == "Stack/a/b")
        #expect(found.first?.message == "construct ID 'a/b' contains '/', the path separator")
    }

    @Test func constructPlacedTwiceIsReported() {
        let shared = queue()
        let found = diagnostics(of: App {
            Stack("One") { shared }
            Stack("Two") { shared }
        })
        #expect(found.map(\.code) == ["construct.placedTwice"])
        #expect(found.first?.path == "Two/Queue")
        #expect(found.first?.message == "construct 'Queue' is already placed at 'One/Queue'; a construct has one place in the tree")
    }

    @Test func referenceToUnplacedConstructIsReported() {
        let orphan = queue("Orphan")
        let found = diagnostics(of: App {
            Stack("Stack") {
                CfnResource("Topic", type: "AWS::SNS::Topic", properties: ["DisplayName": orphan.getAtt("QueueName")])
            }
        })
        #expect(found.map(\.code) == ["reference.unplaced"])
        #expect(found.first?.path == "Stack/Topic")
        #expect(found.first?.message == "'Stack/Topic' refers to 'Orphan', which is not placed in any stack")
    }

    @Test func crossEnvironmentReferenceIsReported() {
        let source = queue()
        let found = diagnostics(of: App {
            Stack("Producer", env: .aws(account: "111111111111", region: "us-east-1")) { source }
            Stack("Consumer", env: .aws(account: "222222222222", region: "us-east-1")) {
                CfnResource("Topic", type: "AWS::SNS::Topic", properties: ["DisplayName": source.ref])
            }
        })
        #expect(found.map(\.code) == ["reference.crossEnvironment"])
        #expect(found.first?.path == "Consumer/Topic")
        #expect(found.first?.message == "'Consumer/Topic' in stack 'Consumer' (aws://222222222222/us-east-1) refers to 'Producer/Queue' in stack 'Producer' (aws://111111111111/us-east-1); references between stacks work only within one account and region, or to resources known by name")
    }

    @Test func agnosticAndConcreteStacksAreDifferentEnvironments() {
        let source = queue()
        let found = diagnostics(of: App {
            Stack("Producer") { source }
            Stack("Consumer", env: env) {
                CfnResource("Topic", type: "AWS::SNS::Topic", properties: ["DisplayName": source.ref])
            }
        })
        #expect(found.map(\.code) == ["reference.crossEnvironment"])
    }

    @Test func dependencyCycleIsReportedWithItsStacks() {
        let a = queue("A")
        let b = queue("B")
        let found = diagnostics(of: App {
            Stack("One", env: env) {
                a
                CfnResource("UsesB", type: "AWS::SNS::Topic", properties: ["DisplayName": b.ref])
            }
            Stack("Two", env: env) {
                b
                CfnResource("UsesA", type: "AWS::SNS::Topic", properties: ["DisplayName": a.ref])
            }
        })
        #expect(found.map(\.code) == ["stack.dependency.cycle"])
        #expect(found.first?.path == "One")
        #expect(found.first?.message.hasPrefix("stacks 'One' -> 'Two' -> 'One' depend on each other") == true)
        #expect(found.first?.message.contains("'One/UsesB' refers to 'Two/B'") == true)
        #expect(found.first?.message.contains("'Two/UsesA' refers to 'One/A'") == true)
    }

    @Test func explicitDependencyCycleIsReported() {
        let one = Stack("One")
        let two = Stack("Two", dependsOn: [one])
        one.addDependency(two)
        let found = diagnostics(of: App {
            one
            two
        })
        #expect(found.map(\.code) == ["stack.dependency.cycle"])
        #expect(found.first?.message == "stacks 'One' -> 'Two' -> 'One' depend on each other ('One' depends on 'Two'; 'Two' depends on 'One')")
    }

    @Test func invalidStackNameIsReported() {
        let found = diagnostics(of: App {
            Stack("my_stack")
        })
        #expect(found == [Diagnostic(
            .error, code: "stack.name.invalid", path: "my_stack",
            message: "stack name 'my_stack' must start with a letter and hold only letters, digits and '-'",
            hint: "give the stack a valid stackName, or change its ID")])
    }

    @Test func validStackNameOverridesInvalidID() {
        #expect(diagnostics(of: App { Stack("my_stack", stackName: "my-stack") }).isEmpty)
    }

    @Test func tooLongStackNameIsReported() {
        let found = diagnostics(of: App {
            Stack("Stack", stackName: String(repeating: "a", count: 129))
        })
        #expect(found.map(\.code) == ["stack.name.tooLong"])
        #expect(found.first?.message == "stack name '\(String(repeating: "a", count: 129))' has 129 characters; CloudFormation allows at most 128")
    }

    @Test func duplicateStackNameInOneEnvironmentIsReported() {
        let found = diagnostics(of: App {
            Stack("One", env: env, stackName: "Shared")
            Stack("Two", env: env, stackName: "Shared")
        })
        #expect(found.map(\.code) == ["stack.name.duplicate"])
        #expect(found.first?.path == "Two")
    }

    @Test func duplicateLogicalIDInAStackIsReported() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                queue("My-Queue")
                queue("MyQueue")
            }
        })
        #expect(found.map(\.code) == ["logicalID.duplicate"])
        #expect(found.first?.message == "'Stack/MyQueue' and 'Stack/My-Queue' both have the logical ID 'MyQueue'")
    }

    @Test func invalidLogicalIDOverrideIsReported() {
        let found = diagnostics(of: App {
            Stack("Stack") { queue().overrideLogicalID("my-queue") }
        })
        #expect(found.map(\.code) == ["logicalID.invalid"])
    }

    @Test func dependencyOnAStackOutsideTheAppIsReported() {
        let outside = Stack("Outside")
        let found = diagnostics(of: App {
            Stack("Inside", dependsOn: [outside])
        })
        #expect(found.map(\.code) == ["stack.dependency.unplaced"])
        #expect(found.first?.path == "Inside")
    }

    @Test func everyProblemIsReportedTogether() {
        let shared = queue("Shared")
        let orphan = queue("Orphan")
        let found = diagnostics(of: App {
            Stack("bad_name") {
                queue("")
                queue("x/y")
                shared
            }
            Stack("Other") {
                shared
                queue("Q")
                queue("Q")
                CfnResource("Topic", type: "AWS::SNS::Topic", properties: ["DisplayName": orphan.ref])
            }
        })
        #expect(found.map(\.code) == [
            "construct.id.empty", "construct.id.invalidCharacter", "construct.placedTwice", "construct.id.duplicate",
            "reference.unplaced", "stack.name.invalid",
        ])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    /// A stack or a stage written inside a stack's builder is reported with its path.
    @Test func stacksAndStagesBelongDirectlyInTheApp() {
        let found = diagnostics(of: App {
            Stack("Outer") {
                Stack("Inner") { CfnResource("Topic", type: "AWS::SNS::Topic") }
                Stage("Prod") { Stack("Deep") { CfnResource("Topic", type: "AWS::SNS::Topic") } }
                CfnResource("Topic", type: "AWS::SNS::Topic")
            }
        })
        #expect(found.map(\.code) == ["stack.nested", "stage.nested"])
        #expect(found.map(\.path) == ["Outer/Inner", "Outer/Prod"])
    }

    @Test func diagnosticRendersCompilerStyle() {
        let diagnostic = Diagnostic(.error, code: "x.y", path: "Stack/Queue", message: "something is wrong", hint: "fix it")
        #expect(diagnostic.description == "Stack/Queue: error: something is wrong [x.y]\n  hint: fix it")
    }
}

@Suite struct WarningTests {
    @Test func emptyStackIsAWarningAndStillSynthesizes() throws {
        let assembly = try Synthesizer.synthesize(App { Stack("Empty") })
        #expect(assembly.warnings.map(\.code) == ["stack.empty"])
        #expect(assembly.warnings.first?.severity == .warning)
        #expect(assembly.warnings.first?.message == "stack 'Empty' has no resources; CloudFormation rejects a template without resources")
    }
}
