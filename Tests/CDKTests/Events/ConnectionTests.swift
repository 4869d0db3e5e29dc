import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (`events.Connection` and
// `events.ApiDestination` with the same props; secrets from `SecretValue.secretsManager`).
@Suite struct ConnectionTests {
    let env = referenceEnvironment

    @Test func apiKeyConnectionRefersToItsSecret() throws {
        let app = App {
            Stack("Stack") {
                Connection("Conn", authorization: .apiKey(name: "x-api-key", value: .secretsManager("mysecret")))
            }
        }
        #expect(try resourceJSON("ConnConnectionAFDA4369", in: app) == cdkJSON(#"""
            {"Type":"AWS::Events::Connection","Properties":{"AuthParameters":{"ApiKeyAuthParameters":{"ApiKeyName":"x-api-key","ApiKeyValue":"{{resolve:secretsmanager:mysecret:SecretString:::}}"}},"AuthorizationType":"API_KEY"}}
            """#))
    }

    @Test func basicConnectionWithInvocationParametersInTheOrderWritten() throws {
        let app = App {
            Stack("Stack", env: env) {
                Connection(
                    "Basic",
                    authorization: .basic(username: "user", password: .secretsManager(
                        "arn:aws:secretsmanager:us-east-1:111111111111:secret:pw-abc", jsonField: "password")),
                    connectionName: "b", description: "dd",
                    headerParameters: ["h1": .string("v1"), "h2": .secret(.unsafePlainText("s"))],
                    bodyParameters: ["b": .string("x")])
            }
        }
        #expect(try resourceJSON("BasicConnection27BF228F", in: app) == cdkJSON(#"""
            {"Type":"AWS::Events::Connection","Properties":{"AuthParameters":{"BasicAuthParameters":{"Password":"{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1:111111111111:secret:pw-abc:SecretString:password::}}","Username":"user"},"InvocationHttpParameters":{"BodyParameters":[{"IsValueSecret":false,"Key":"b","Value":"x"}],"HeaderParameters":[{"IsValueSecret":false,"Key":"h1","Value":"v1"},{"IsValueSecret":true,"Key":"h2","Value":"s"}]}},"AuthorizationType":"BASIC","Description":"dd","Name":"b"}}
            """#))
    }

    @Test func oauthConnectionAlwaysRendersItsHttpParameters() throws {
        let app = App {
            Stack("Stack", env: env) {
                Connection("OAuth", authorization: .oauth(
                    authorizationEndpoint: "https://auth.example.com/token", httpMethod: .post, clientID: "cid",
                    clientSecret: .secretsManager("client-secret"), queryStringParameters: ["scope": .string("read")]))
                Connection("Bare", authorization: .oauth(
                    authorizationEndpoint: "https://auth.example.com/token", httpMethod: .get, clientID: "cid",
                    clientSecret: .secretsManager("client-secret")))
            }
        }
        #expect(try resourceJSON("OAuthConnection55844730", in: app) == cdkJSON(#"""
            {"Type":"AWS::Events::Connection","Properties":{"AuthParameters":{"OAuthParameters":{"AuthorizationEndpoint":"https://auth.example.com/token","ClientParameters":{"ClientID":"cid","ClientSecret":"{{resolve:secretsmanager:client-secret:SecretString:::}}"},"HttpMethod":"POST","OAuthHttpParameters":{"QueryStringParameters":[{"IsValueSecret":false,"Key":"scope","Value":"read"}]}}},"AuthorizationType":"OAUTH_CLIENT_CREDENTIALS"}}
            """#))
        let bareID = try #require(UniqueID.logicalID(["Bare", "Connection"]))
        let bare = try properties(bareID, in: app)
        #expect(bare?["AuthParameters"]?["OAuthParameters"]?["OAuthHttpParameters"] == [:])
    }

    @Test func secretsRenderAsDynamicReferences() {
        #expect(SecretValue.secretsManager("s", jsonField: "k", versionStage: "AWSCURRENT").value == "{{resolve:secretsmanager:s:SecretString:k:AWSCURRENT:}}")
        #expect(SecretValue.ssmSecure("p", version: "3").value == "{{resolve:ssm-secure:p:3}}")
        #expect(SecretValue.ssmSecure("p").value == "{{resolve:ssm-secure:p}}")
        #expect(!SecretValue.secretsManager("s").isPlainText && SecretValue.unsafePlainText("s").isPlainText)
    }

    @Test func badNamesSsmSecretsAndPlainHttpEndpointsAreReported() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                Connection("Named", authorization: .apiKey(name: "k", value: .secretsManager("s")), connectionName: "bad name")
                Connection("Ssm", authorization: .basic(username: "u", password: .ssmSecure("p")))
                Connection("Http", authorization: .oauth(
                    authorizationEndpoint: "http://auth.example.com", httpMethod: .post, clientID: "c", clientSecret: .secretsManager("s")))
            }
        })
        #expect(found.map(\.code) == ["events.connection.name.invalid", "events.connection.ssmSecureSecret", "events.connection.oauth.endpoint"])
    }
}

@Suite struct ApiDestinationTests {
    @Test func destinationPostsToItsEndpointByDefault() throws {
        let connection = Connection("Conn", authorization: .apiKey(name: "x-api-key", value: .secretsManager("mysecret")))
        let app = App {
            Stack("Stack") {
                connection
                ApiDestination("Dest", connection: connection, endpoint: "https://example.com")
            }
        }
        #expect(try resourceJSON("DestApiDestinationED9D3D65", in: app) == cdkJSON(#"""
            {"Type":"AWS::Events::ApiDestination","Properties":{"ConnectionArn":{"Fn::GetAtt":["ConnConnectionAFDA4369","Arn"]},"HttpMethod":"POST","InvocationEndpoint":"https://example.com"}}
            """#))
    }

    @Test func nameDescriptionMethodAndRateRender() throws {
        let connection = Connection("OAuth", authorization: .oauth(
            authorizationEndpoint: "https://auth.example.com/token", httpMethod: .post, clientID: "cid", clientSecret: .secretsManager("client-secret")))
        let app = App {
            Stack("Stack") {
                connection
                ApiDestination(
                    "Dest", connection: connection, endpoint: "https://api.example.com/*", httpMethod: .put,
                    apiDestinationName: "dn", description: "desc", rateLimitPerSecond: 10)
            }
        }
        #expect(try resourceJSON("DestApiDestinationED9D3D65", in: app) == cdkJSON(#"""
            {"Type":"AWS::Events::ApiDestination","Properties":{"ConnectionArn":{"Fn::GetAtt":["OAuthConnection55844730","Arn"]},"Description":"desc","HttpMethod":"PUT","InvocationEndpoint":"https://api.example.com/*","InvocationRateLimitPerSecond":10,"Name":"dn"}}
            """#))
    }

    @Test func importedConnectionGivesItsArn() throws {
        let connection = Connection.imported("Conn", arn: "arn:aws:events:us-east-1:111111111111:connection/c/uuid", secretArn: "arn:aws:secretsmanager:us-east-1:111111111111:secret:c")
        let app = App { Stack("Stack") { ApiDestination("Dest", connection: connection, endpoint: "https://example.com") } }
        #expect(try properties("DestApiDestinationED9D3D65", in: app)?["ConnectionArn"] == "arn:aws:events:us-east-1:111111111111:connection/c/uuid")
    }

    @Test func plainHttpEndpointsZeroRatesAndBadNamesAreReported() {
        let connection = Connection.imported("Conn", arn: "arn:aws:events:us-east-1:111111111111:connection/c/uuid", secretArn: "s")
        let found = diagnostics(of: App {
            Stack("Stack") {
                ApiDestination("Dest", connection: connection, endpoint: "http://example.com", apiDestinationName: "a b", rateLimitPerSecond: 0)
            }
        })
        #expect(found.map(\.code) == ["events.apiDestination.endpoint", "events.apiDestination.rateLimit", "events.apiDestination.name.invalid"])
    }
}
