import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (`targets.ApiDestination`).
@Suite struct ApiDestinationTargetTests {
    let connection = Connection("Conn", authorization: .apiKey(name: "x-api-key", value: .secretsManager("mysecret")))

    @Test func destinationIsCalledWithItsOwnRoleAndNoHttpParameters() throws {
        let destination = ApiDestination("Dest", connection: connection, endpoint: "https://example.com")
        let connection = connection
        let app = App {
            Stack("Stack") {
                connection
                destination
                Rule("Rule", schedule: .rate(.hours(1))) { ApiDestinationTarget(destination) }
            }
        }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::GetAtt":["DestApiDestinationED9D3D65","Arn"]},"Id":"Target0","RoleArn":{"Fn::GetAtt":["DestEventsRoleEB52DAA7","Arn"]}}]
            """#))
        #expect(try resourceJSON("DestEventsRoleDefaultPolicyA501519E", in: app) == cdkJSON(#"""
            {"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":"events:InvokeApiDestination","Effect":"Allow","Resource":{"Fn::GetAtt":["DestApiDestinationED9D3D65","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"DestEventsRoleDefaultPolicyA501519E","Roles":[{"Ref":"DestEventsRoleEB52DAA7"}]}}
            """#))
    }

    @Test func givenRoleHeadersInputAndDeadLetterQueueRender() throws {
        let destination = ApiDestination("Dest", connection: connection, endpoint: "https://api.example.com/*", httpMethod: .put)
        let role = Role("MyRole", assumedBy: .service("events.amazonaws.com"))
        let dlq = Queue("Dlq")
        let connection = connection
        let app = App {
            Stack("Stack", env: referenceEnvironment) {
                connection
                destination
                dlq
                role
                Rule("Rule", eventPattern: EventPattern(source: ["my.app"])) {
                    ApiDestinationTarget(destination, event: .text("hi"), eventRole: role, headerParameters: ["X-H": "v"], deadLetterQueue: dlq)
                }
            }
        }
        #expect(try targets(of: "Rule4C995B7F", in: app) == cdkJSON(#"""
            [{"Arn":{"Fn::GetAtt":["DestApiDestinationED9D3D65","Arn"]},"DeadLetterConfig":{"Arn":{"Fn::GetAtt":["DlqD1FAA4AD","Arn"]}},"HttpParameters":{"HeaderParameters":{"X-H":"v"}},"Id":"Target0","Input":"\"hi\"","RoleArn":{"Fn::GetAtt":["MyRoleF48FFE04","Arn"]}}]
            """#))
        #expect(try properties("MyRoleDefaultPolicyA36BE1DD", in: app)?["PolicyDocument"] == cdkJSON(#"""
            {"Statement":[{"Action":"events:InvokeApiDestination","Effect":"Allow","Resource":{"Fn::GetAtt":["DestApiDestinationED9D3D65","Arn"]}}],"Version":"2012-10-17"}
            """#))
        #expect(try !logicalIDs(in: app).contains { $0.hasPrefix("DestEventsRole") })
        #expect(try logicalIDs(in: app).contains("DlqPolicyF16811D6"))
    }

    @Test func pathAndQueryParametersRenderInTheOrderWritten() throws {
        let destination = ApiDestination("Dest", connection: connection, endpoint: "https://api.example.com/*")
        let connection = connection
        let app = App {
            Stack("Stack") {
                connection
                destination
                Rule("Rule", schedule: .rate(.hours(1))) {
                    ApiDestinationTarget(destination, pathParameterValues: ["$.detail.id"], queryStringParameters: ["b": "2", "a": "1"])
                }
            }
        }
        let rendered = try targets(of: "Rule4C995B7F", in: app)?[0]?["HttpParameters"]
        #expect(rendered.map { JSONWriter(indent: 0).render($0) } == #"{"PathParameterValues":["$.detail.id"],"QueryStringParameters":{"b":"2","a":"1"}}"#)
    }

    @Test func importedDestinationHoldsTheRole() throws {
        let imported = ApiDestination.imported(
            "Imported", arn: "arn:aws:events:us-east-1:111111111111:api-destination/d/uuid",
            connection: Connection.imported("Conn", arn: "arn:aws:events:us-east-1:111111111111:connection/c/uuid", secretArn: "s"))
        let app = App { Stack("Stack") { imported; Rule("Rule", schedule: .rate(.hours(1))) { ApiDestinationTarget(imported) } } }
        let roleID = try #require(UniqueID.logicalID(["Imported", "EventsRole", "Resource"]))
        #expect(try targets(of: "Rule4C995B7F", in: app) == [[
            "Arn": "arn:aws:events:us-east-1:111111111111:api-destination/d/uuid", "Id": "Target0", "RoleArn": ["Fn::GetAtt": [.string(roleID), "Arn"]],
        ]])
    }
}
