import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 for the same declarations.
@Suite struct EventBusTests {
    @Test func busNameDefaultsToTheUniqueIDOfItsPath() throws {
        let concrete = App { Stack("Concrete", env: .aws(account: "123456789012", region: "us-east-1")) { EventBus("MyBus", description: "orders") } }
        let agnostic = App { Stack("Agnostic") { EventBus("MyBus", description: "orders") } }
        #expect(try properties("MyBus7787FCC0", in: concrete) == ["Description": "orders", "Name": "ConcreteMyBus21EC28D8"])
        #expect(try properties("MyBus7787FCC0", in: agnostic) == ["Description": "orders", "Name": "AgnosticMyBusD557AE45"])
    }

    @Test func namedAndPartnerBuses() throws {
        let app = App {
            Stack("Concrete") {
                EventBus("Named", name: "orders-bus")
                EventBus("Partner", eventSourceName: "aws.partner/example.com/123/orders")
            }
        }
        #expect(try properties("NamedD2F31604", in: app) == ["Name": "orders-bus"])
        #expect(try properties("Partner776273A3", in: app) == [
            "EventSourceName": "aws.partner/example.com/123/orders", "Name": "aws.partner/example.com/123/orders",
        ])
    }

    @Test func importedBusArnUsesTheEnvironmentOfTheStackThatUsesIt() throws {
        let shared = EventBus.imported(name: "shared")
        let app = App {
            Stack("Concrete", env: .aws(account: "123456789012", region: "us-east-1")) {
                CfnResource("Raw", type: "AWS::Events::Rule", properties: ["EventPattern": ["a": [shared.eventBusArn]]])
            }
            Stack("Agnostic") {
                CfnResource("Raw", type: "AWS::Events::Rule", properties: ["EventPattern": ["a": [shared.eventBusArn]]])
            }
        }
        #expect(try properties("Raw", in: app, stack: "Concrete") == ["EventPattern": ["a": [
            .join("", ["arn:", .pseudo(.partition), ":events:us-east-1:123456789012:event-bus/shared"]),
        ]]])
        #expect(try properties("Raw", in: app, stack: "Agnostic") == ["EventPattern": ["a": [
            .join("", ["arn:", .pseudo(.partition), ":events:", .pseudo(.region), ":", .pseudo(.accountId), ":event-bus/shared"]),
        ]]])
    }

    @Test func busImportedByArnIsNamedAfterTheArn() {
        let bus = EventBus.imported(arn: "arn:aws:events:us-east-1:111111111111:event-bus/ImportedBus")
        #expect(bus.eventBusName == "ImportedBus")
        #expect(bus.eventBusArn == "arn:aws:events:us-east-1:111111111111:event-bus/ImportedBus")
    }

    @Test(arguments: [
        ("default", "events.bus.name.default"),
        ("a/b", "events.bus.name.slash"),
        ("has space", "events.bus.name.invalid"),
        (String(repeating: "b", count: 257), "events.bus.name.invalid"),
    ] as [(String, String)])
    func invalidBusNamesAreReported(name: String, code: String) {
        let found = diagnostics(of: App { Stack("Stack") { EventBus("Bus", name: name) } })
        #expect(found.map(\.code) == [code])
        #expect(found.first?.path == "Stack/Bus")
    }

    @Test func nameAndEventSourceTogetherAreReported() {
        let found = diagnostics(of: App {
            Stack("Stack") { EventBus("Bus", name: "x", eventSourceName: "aws.partner/example.com/1/x") }
        })
        #expect(found.map(\.code) == ["events.bus.nameAndSource"])
    }

    @Test func malformedPartnerSourceIsReported() {
        let found = diagnostics(of: App { Stack("Stack") { EventBus("Bus", eventSourceName: "aws.partner/only-one") } })
        #expect(found.map(\.code) == ["events.bus.eventSourceName.invalid"])
    }

    @Test func longDescriptionIsReported() {
        let found = diagnostics(of: App { Stack("Stack") { EventBus("Bus", description: String(repeating: "d", count: 513)) } })
        #expect(found.map(\.code) == ["events.bus.description.tooLong"])
    }
}
