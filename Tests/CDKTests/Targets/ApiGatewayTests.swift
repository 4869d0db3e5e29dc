import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (`targets.ApiGateway`).
@Suite struct ApiGatewayTests {
    @Test func defaultTargetCallsEveryMethodOfTheRootInTheDeploymentStage() throws {
        let api = RestApi("Api") { ApiMethod("GET") }
        let dlq = Queue("Dlq")
        let app = App {
            Stack("Stack") {
                api
                dlq
                Rule("Rule", schedule: .rate(.hours(1))) { ApiGateway(api, deadLetterQueue: dlq) }
            }
        }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":execute-api:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":",{"Ref":"ApiF70053CD"},"/",{"Ref":"ApiDeploymentStageprod3EB9684E"},"/*/"]]},"DeadLetterConfig":{"Arn":{"Fn::GetAtt":["DlqD1FAA4AD","Arn"]}},"HttpParameters":{},"Id":"Target0","RoleArn":{"Fn::GetAtt":["ApiEventsRole28B420FE","Arn"]}}]
            """#))
        #expect(try resourceJSON("ApiEventsRoleDefaultPolicy85E157BE", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["execute-api:Invoke","execute-api:ManageConnections"],"Effect":"Allow","Resource":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":execute-api:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":",{"Ref":"ApiF70053CD"},"/",{"Ref":"ApiDeploymentStageprod3EB9684E"},"/*/"]]}}],"Version":"2012-10-17"},"PolicyName":"ApiEventsRoleDefaultPolicy85E157BE","Roles":[{"Ref":"ApiEventsRole28B420FE"}]}}
            """#))
        #expect(try properties("DlqPolicyF16811D6", in: app)?["PolicyDocument"]?["Statement"]?[0]?["Sid"] == "AllowEventRuleStackRuleF6E31DD0")
    }

    @Test func methodPathStageParametersAndBodyRender() throws {
        let api = RestApi("Api", restApiName: "my-api", description: "d") {
            ApiResource("orders") { ApiMethod("POST"); ApiResource("{id}") { ApiMethod("GET") } }
        }
        let app = App {
            Stack("Stack", env: referenceEnvironment) {
                api
                Rule("Rule", eventPattern: EventPattern(source: ["my.app"])) {
                    ApiGateway(
                        api, method: "GET", path: "/orders/*", stage: "prod", headerParameters: ["X-H": "v"],
                        pathParameterValues: ["$.detail.id"], queryStringParameters: ["q": "$.detail.q"],
                        postBody: .object(["a": 1]), retryAttempts: 2, maxEventAgeSeconds: 7200)
                }
            }
        }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":execute-api:us-east-1:111111111111:",{"Ref":"ApiF70053CD"},"/prod/GET/orders/*"]]},"HttpParameters":{"HeaderParameters":{"X-H":"v"},"PathParameterValues":["$.detail.id"],"QueryStringParameters":{"q":"$.detail.q"}},"Id":"Target0","Input":"{\"a\":1}","RetryPolicy":{"MaximumEventAgeInSeconds":7200,"MaximumRetryAttempts":2},"RoleArn":{"Fn::GetAtt":["ApiEventsRole28B420FE","Arn"]}}]
            """#))
    }

    @Test func anyMethodIsAWildcardInTheArn() throws {
        let api = RestApi("Api", cloudWatchRole: false) { ApiMethod("ANY") }
        let app = App {
            Stack("Stack") { api; Rule("R1", schedule: .rate(.hours(1))) { ApiGateway(api, method: "ANY", stage: "beta") } }
        }
        #expect(try targets(of: "R18C979491", in: app)?[0]?["Arn"] == cdkJSON(#"""
            {"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":execute-api:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":",{"Ref":"ApiF70053CD"},"/beta/*/"]]}
            """#))
    }

    @Test func importedApiNeedsAStage() throws {
        let imported = RestApi.imported("Imported", restApiID: "abc123")
        let found = diagnostics(of: App { Stack("Stack") { imported; Rule("Rule", schedule: .rate(.hours(1))) { ApiGateway(imported) } } })
        #expect(found.map(\.code) == ["events.target.apiGateway.stage"])
        let app = App { Stack("Stack") { imported; Rule("Rule", schedule: .rate(.hours(1))) { ApiGateway(imported, stage: "live") } } }
        let roleID = try #require(UniqueID.logicalID(["Imported", "EventsRole", "Resource"]))
        #expect(try targets(of: "Rule4C995B7F", in: app)?[0]?["RoleArn"] == ["Fn::GetAtt": [.string(roleID), "Arn"]])
        #expect(roleID.hasPrefix("ImportedEventsRole"))
    }

    @Test func wildcardCountMustMatchThePathValues() {
        let api = RestApi("Api") { ApiMethod("GET") }
        let found = diagnostics(of: App {
            Stack("Stack") { api; Rule("Rule", schedule: .rate(.hours(1))) { ApiGateway(api, path: "/orders/*/items/*", pathParameterValues: ["$.detail.id"]) } }
        })
        #expect(found == [Diagnostic(
            .error, code: "events.target.apiGateway.pathWildcards", path: "Stack/Rule",
            message: "path '/orders/*/items/*' has 2 wildcards but 1 path parameter value is given",
            hint: "give one value in 'pathParameterValues' for each '*' of the path")])
    }

    @Test func unknownMethodsAndRelativePathsAreReported() {
        let api = RestApi("Api") { ApiMethod("GET") }
        let found = diagnostics(of: App {
            Stack("Stack") { api; Rule("Rule", schedule: .rate(.hours(1))) { ApiGateway(api, method: "FETCH", path: "orders", retryAttempts: 200) } }
        })
        #expect(found.map(\.code) == ["events.target.retryAttempts", "events.target.apiGateway.path", "events.target.apiGateway.method"])
    }

    @Test func lowerCaseMethodIsAWarning() throws {
        let api = RestApi("Api") { ApiMethod("GET") }
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") { api; Rule("Rule", schedule: .rate(.hours(1))) { ApiGateway(api, method: "get") } }
        })
        #expect(assembly.warnings.map(\.code) == ["events.target.apiGateway.methodCase"])
    }
}
