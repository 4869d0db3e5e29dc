import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0: `apigateway.RestApi` with
// `root.addMethod('GET')`, and with resources `orders` (POST) and `orders/{id}` (GET).
@Suite struct RestApiTests {
    let simple = App { Stack("Stack") { RestApi("Api") { ApiMethod("GET") } } }

    let nested = App {
        Stack("Stack", env: referenceEnvironment) {
            RestApi("Api", restApiName: "my-api", description: "d") {
                ApiResource("orders") {
                    ApiMethod("POST")
                    ApiResource("{id}") { ApiMethod("GET") }
                }
            }
        }
    }

    @Test func apiIsNamedAfterItsID() throws {
        #expect(try resourceJSON("ApiF70053CD", in: simple) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::RestApi","Properties":{"Name":"Api"}}
            """#))
    }

    @Test func deploymentLogicalIDHashesTheMethodsAndTheApi() throws {
        #expect(try resourceJSON("ApiDeploymentB17BE62Df672ad8455f9678e4a3db5854bdb8d73", in: simple) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::Deployment","Properties":{"Description":"Automatically created by the RestApi construct","RestApiId":{"Ref":"ApiF70053CD"}},"DependsOn":["ApiGET9257B917"],"Metadata":{"aws:cdk:do-not-refactor":true}}
            """#))
    }

    @Test func deploymentLogicalIDHashesNestedResourcesInDeclarationOrder() throws {
        let deployment = try resourceJSON("ApiDeploymentB17BE62D085267fc4d2ba5eac549d0a30a032a4b", in: nested)
        #expect(deployment?["Properties"] == ["Description": "d", "RestApiId": ["Ref": "ApiF70053CD"]])
        #expect(deployment?["DependsOn"] == ["ApiordersidGET08F5DA92", "ApiordersidC5161A21", "ApiordersPOSTC4B92180", "Apiorders33D48F48"])
    }

    @Test func stageMethodAndAccountRenderAsTheCDKs() throws {
        #expect(try resourceJSON("ApiDeploymentStageprod3EB9684E", in: simple) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::Stage","Properties":{"DeploymentId":{"Ref":"ApiDeploymentB17BE62Df672ad8455f9678e4a3db5854bdb8d73"},"RestApiId":{"Ref":"ApiF70053CD"},"StageName":"prod"},"DependsOn":["ApiAccountA18C9B29"]}
            """#))
        #expect(try resourceJSON("ApiGET9257B917", in: simple) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::Method","Properties":{"AuthorizationType":"NONE","HttpMethod":"GET","Integration":{"Type":"MOCK"},"ResourceId":{"Fn::GetAtt":["ApiF70053CD","RootResourceId"]},"RestApiId":{"Ref":"ApiF70053CD"}}}
            """#))
        #expect(try resourceJSON("ApiAccountA18C9B29", in: simple) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::Account","Properties":{"CloudWatchRoleArn":{"Fn::GetAtt":["ApiCloudWatchRole73EC6FC4","Arn"]}},"DependsOn":["ApiF70053CD"],"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
        #expect(try resourceJSON("ApiCloudWatchRole73EC6FC4", in: simple) == cdkJSON(#"""
            {"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"apigateway.amazonaws.com"}}],"Version":"2012-10-17"},"ManagedPolicyArns":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"]]}]},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}
            """#))
    }

    @Test func resourcesHangUnderTheRootOrTheirParent() throws {
        #expect(try resourceJSON("Apiorders33D48F48", in: nested) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::Resource","Properties":{"ParentId":{"Fn::GetAtt":["ApiF70053CD","RootResourceId"]},"PathPart":"orders","RestApiId":{"Ref":"ApiF70053CD"}}}
            """#))
        #expect(try resourceJSON("ApiordersidC5161A21", in: nested) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::Resource","Properties":{"ParentId":{"Ref":"Apiorders33D48F48"},"PathPart":"{id}","RestApiId":{"Ref":"ApiF70053CD"}}}
            """#))
        #expect(try resourceJSON("ApiordersidGET08F5DA92", in: nested) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::Method","Properties":{"AuthorizationType":"NONE","HttpMethod":"GET","Integration":{"Type":"MOCK"},"ResourceId":{"Ref":"ApiordersidC5161A21"},"RestApiId":{"Ref":"ApiF70053CD"}}}
            """#))
    }

    @Test func endpointOutputIsTheStageURL() throws {
        let outputs = try Synthesizer.synthesize(simple).stacks[0].template.outputs
        #expect(outputs.map(\.logicalID) == ["ApiEndpoint4F160690"])
        #expect(outputs.first?.value == (try cdkJSON(#"""
            {"Fn::Join":["",["https://",{"Ref":"ApiF70053CD"},".execute-api.",{"Ref":"AWS::Region"},".",{"Ref":"AWS::URLSuffix"},"/",{"Ref":"ApiDeploymentStageprod3EB9684E"},"/"]]}
            """#)))
    }

    @Test func lambdaIntegrationCallsTheFunctionWithTwoPermissions() throws {
        let function = Function("Fn", runtime: "python3.12", handler: "index.handler", inlineCode: "x")
        let app = App {
            Stack("Stack") {
                function
                RestApi("Api") { ApiResource("orders") { ApiMethod("POST", function: function) } }
            }
        }
        #expect(try resourceJSON("ApiordersPOSTC4B92180", in: app) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::Method","Properties":{"AuthorizationType":"NONE","HttpMethod":"POST","Integration":{"IntegrationHttpMethod":"POST","Type":"AWS_PROXY","Uri":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":apigateway:",{"Ref":"AWS::Region"},":lambda:path/2015-03-31/functions/",{"Fn::GetAtt":["Fn9270CBC0","Arn"]},"/invocations"]]}},"ResourceId":{"Ref":"Apiorders33D48F48"},"RestApiId":{"Ref":"ApiF70053CD"}}}
            """#))
        #expect(try resourceJSON("ApiDeploymentB17BE62Dbd5452be605f8b97cda194ee6fbafd2b", in: app)?["DependsOn"] == ["ApiordersPOSTC4B92180", "Apiorders33D48F48"])
        #expect(try resourceJSON("ApiordersPOSTApiPermissionStackApiDBBEC0DBPOSTordersF1C51335", in: app) == cdkJSON(#"""
            {"Type":"AWS::Lambda::Permission","Properties":{"Action":"lambda:InvokeFunction","FunctionName":{"Fn::GetAtt":["Fn9270CBC0","Arn"]},"Principal":"apigateway.amazonaws.com","SourceArn":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":execute-api:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":",{"Ref":"ApiF70053CD"},"/",{"Ref":"ApiDeploymentStageprod3EB9684E"},"/POST/orders"]]}}}
            """#))
        #expect(try resourceJSON("ApiordersPOSTApiPermissionTestStackApiDBBEC0DBPOSTordersA086C9CA", in: app) == cdkJSON(#"""
            {"Type":"AWS::Lambda::Permission","Properties":{"Action":"lambda:InvokeFunction","FunctionName":{"Fn::GetAtt":["Fn9270CBC0","Arn"]},"Principal":"apigateway.amazonaws.com","SourceArn":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":execute-api:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":",{"Ref":"ApiF70053CD"},"/test-invoke-stage/POST/orders"]]}}}
            """#))
    }

    @Test func withoutTheCloudWatchRoleTheStageDependsOnNothing() throws {
        let app = App { Stack("Stack") { RestApi("Api", cloudWatchRole: false) { ApiMethod("ANY") } } }
        #expect(try logicalIDs(in: app) == [
            "ApiF70053CD", "ApiDeploymentB17BE62D426c54944282619d387a05c1a42e2b9a", "ApiDeploymentStageprod3EB9684E", "ApiANY40671C4F",
        ])
        #expect(try resourceJSON("ApiDeploymentStageprod3EB9684E", in: app) == cdkJSON(#"""
            {"Type":"AWS::ApiGateway::Stage","Properties":{"DeploymentId":{"Ref":"ApiDeploymentB17BE62D426c54944282619d387a05c1a42e2b9a"},"RestApiId":{"Ref":"ApiF70053CD"},"StageName":"prod"}}
            """#))
    }

    @Test func apiWithoutMethodsBadMethodsAndPathPartsAreReported() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                RestApi("Empty") { ApiResource("orders") }
                RestApi("Bad") {
                    ApiMethod("FETCH")
                    ApiResource("a b") { ApiMethod("GET") }
                }
            }
        })
        #expect(found.map(\.code) == ["apigateway.restApi.noMethods", "apigateway.method.invalid", "apigateway.resource.pathPart"])
        #expect(found.map(\.path) == ["Stack/Empty", "Stack/Bad/Default/FETCH", "Stack/Bad/Default/a b"])
    }

    @Test func importedApiKnowsItsIDFromAnArn() {
        #expect(RestApi.imported("Imported", arn: "arn:aws:apigateway:us-east-1::/restapis/abc123").restApiID == "abc123")
        #expect(RestApi.imported("Imported", restApiID: "abc123").deploymentStageName == nil)
    }
}

@Suite struct ApiResourceTests {
    @Test func resourcesAndMethodsOutsideAnApiAreReported() {
        let found = diagnostics(of: App {
            Stack("Stack") {
                ApiResource("orders")
                ApiMethod("GET")
            }
        })
        #expect(found.map(\.code) == ["apigateway.resource.outsideApi", "apigateway.method.outsideApi"])
    }

    @Test func pathPartsAreSegmentsOrParameters() {
        #expect(ApiResource.isValidPathPart("orders") && ApiResource.isValidPathPart("{id}") && ApiResource.isValidPathPart("{proxy+}"))
        #expect(!ApiResource.isValidPathPart("a/b") && !ApiResource.isValidPathPart("{}") && !ApiResource.isValidPathPart("{a+b}"))
    }
}
