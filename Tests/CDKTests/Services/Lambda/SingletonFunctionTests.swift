import Testing
@testable import CDK

@Suite struct SingletonFunctionTests {
    func singleton(_ id: String) -> SingletonFunction {
        SingletonFunction(id, uuid: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", lambdaPurpose: "Demo", runtime: "nodejs24.x",
                          handler: "index.handler", inlineCode: "exports.handler = async () => {}")
    }

    @Test func usersAnywhereInAStackShareOneFunctionAtTheStackLevel() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") {
                singleton("First")
                Construct("Group") { singleton("Second") }
            }
            Stack("Other") { singleton("Third") }
        })
        for stack in assembly.stacks {
            let functions = stack.template.resources.filter { $0.type == "AWS::Lambda::Function" }
            // Logical ID of Stack/Demo0f1e2d3c4b5a69788796a5b4c3d2e1f0/Resource.
            #expect(functions.map(\.logicalID) == [UniqueID.logicalID(["Demo0f1e2d3c4b5a69788796a5b4c3d2e1f0", "Resource"])])
        }
    }

    @Test func sharedIDIsThePurposeAndTheUUIDWithoutDashes() {
        #expect(singleton("S").sharedID == "Demo0f1e2d3c4b5a69788796a5b4c3d2e1f0")
        #expect(SingletonFunction("S", uuid: "a-b", runtime: "r", handler: "h", inlineCode: "c").sharedID == "SingletonLambdaab")
    }

    @Test func emptyUUIDIsReported() {
        #expect(errorCodes(App {
            Stack("Stack") { SingletonFunction("S", uuid: "", runtime: "nodejs24.x", handler: "index.handler", inlineCode: "x") }
        }) == ["lambda.singletonFunction.uuid"])
    }
}
