import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (spec §8.3–8.4 and the
// archive_and_bus reference app).
@Suite struct EventBusPolicyTests {
    @Test func resourcePolicyStatementRendersAnEventBusPolicy() throws {
        let bus = EventBus("MyBus")
        bus.addToResourcePolicy(PolicyStatement(
            sid: "MySid", actions: ["events:PutEvents"], principals: [.account("111111111111")], resources: [bus.eventBusArn]))
        let app = App { Stack("Stack") { bus } }
        #expect(try properties("MyBuscdkMySid91B87EBA", in: app) == [
            "EventBusName": ["Ref": "MyBus7787FCC0"],
            "Statement": [
                "Action": "events:PutEvents", "Effect": "Allow",
                "Principal": ["AWS": .join("", ["arn:", .pseudo(.partition), ":iam::111111111111:root"])],
                "Resource": ["Fn::GetAtt": ["MyBus7787FCC0", "Arn"]], "Sid": "cdk-MySid",
            ],
            "StatementId": "cdk-MySid",
        ])
    }

    @Test func resourcePolicyStatementWithoutASidIsReported() {
        let bus = EventBus("MyBus")
        bus.addToResourcePolicy(PolicyStatement(actions: ["events:PutEvents"], principals: [.account("111111111111")], resources: [bus.eventBusArn]))
        let found = diagnostics(of: App { Stack("Stack") { bus } })
        #expect(found.map(\.code) == ["events.bus.policy.noSid"])
    }

    @Test func grantPutEventsGoesToTheGranteesDefaultPolicy() throws {
        let bus = EventBus("Bus")
        let publisher = Function("Publisher", runtime: "python3.12", handler: "index.handler", inlineCode: "x")
        EventBus.imported(arn: "arn:aws:events:us-east-1:111111111111:event-bus/ImportedBus").grantPutEvents(to: publisher)
        bus.grantPutEvents(to: publisher)
        let app = App { Stack("Stack") { bus; publisher } }
        #expect(try properties("PublisherServiceRoleDefaultPolicy0E21E942", in: app) == [
            "PolicyDocument": [
                "Statement": [
                    ["Action": "events:PutEvents", "Effect": "Allow", "Resource": "arn:aws:events:us-east-1:111111111111:event-bus/ImportedBus"],
                    ["Action": "events:PutEvents", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["BusEA82B648", "Arn"]]],
                ],
                "Version": "2012-10-17",
            ],
            "PolicyName": "PublisherServiceRoleDefaultPolicy0E21E942",
            "Roles": [["Ref": "PublisherServiceRoleF4D9160F"]],
        ])
        let function = try Synthesizer.synthesize(app).stacks[0].template.resources.first { $0.type == "AWS::Lambda::Function" }
        #expect(function?.dependsOn == ["PublisherServiceRoleDefaultPolicy0E21E942"])
    }

    @Test func roleWithoutStatementsHasNoDefaultPolicy() throws {
        let assembly = try Synthesizer.synthesize(App {
            Stack("Stack") { Role("Role", assumedBy: .service("events.amazonaws.com")) }
        })
        #expect(assembly.stacks[0].template.resources.map(\.type) == ["AWS::IAM::Role"])
    }
}

@Suite struct EventBusOptionTests {
    @Test func grantToAnAccountIsAResourcePolicyStatement() throws {
        let bus = EventBus("MyBus")
        bus.grantPutEvents(to: .account("222222222222"), sid: "Partner")
        let policy = try properties(UniqueID.logicalID(["MyBus", "cdk-Partner", "Resource"]) ?? "", in: App { Stack("Stack") { bus } })
        #expect(policy?["StatementId"] == "cdk-Partner")
        #expect(policy?["Statement"]?["Action"] == "events:PutEvents")
    }

    @Test func busDeadLetterQueueIsRendered() throws {
        let dlq = Queue("DLQ")
        let app = App { Stack("Stack") { dlq; EventBus("MyBus", deadLetterQueue: dlq) } }
        #expect(try properties("MyBus7787FCC0", in: app)?["DeadLetterConfig"] == ["Arn": .getAtt(UniqueID.logicalID(["DLQ", "Resource"]) ?? "", "Arn")])
    }

    @Test func busImportedByNameAndArn() {
        let bus = EventBus.imported(name: "shared", arn: "arn:aws:events:eu-west-1:111111111111:event-bus/shared")
        #expect(bus.eventBusName == "shared")
        #expect(bus.eventBusArn == "arn:aws:events:eu-west-1:111111111111:event-bus/shared")
    }
}
