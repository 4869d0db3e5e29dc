import Testing
@testable import CDK

// Expected values come from the real CDK 2.275.0 (reference app archive_and_bus).
@Suite struct ArchiveTests {
    func app(_ env: Environment) -> App {
        var accountPattern = EventPattern()
        accountPattern.account = .value(StackValue.account.value)
        let bus = EventBus("bus", name: "MyCustomEventBus", description: "MyCustomEventBus") {
            Archive("MyArchive", eventPattern: accountPattern, archiveName: "MyCustomEventBusArchive",
                    description: "MyCustomerEventBus Archive", retentionDays: 365)
        }
        return App {
            Stack("ArchiveAndBus", env: env) {
                bus
                Archive("SecondArchive", sourceEventBus: bus, eventPattern: EventPattern(source: ["my.app"]))
            }
        }
    }

    @Test func archiveInsideABusArchivesIt() throws {
        #expect(try properties("busMyArchiveF1010141", in: app(.aws(account: "123456789012", region: "us-east-1"))) == [
            "ArchiveName": "MyCustomEventBusArchive", "Description": "MyCustomerEventBus Archive",
            "EventPattern": ["account": ["123456789012"]], "KmsKeyIdentifier": "", "RetentionDays": 365,
            "SourceArn": ["Fn::GetAtt": ["bus707364D1", "Arn"]],
        ])
        #expect(try properties("busMyArchiveF1010141", in: app(.agnostic))?["EventPattern"] == ["account": [.pseudo(.accountId)]])
    }

    @Test func standaloneArchiveKeepsEventsForever() throws {
        #expect(try properties("SecondArchive89BE0093", in: app(.agnostic)) == [
            "EventPattern": ["source": ["my.app"]], "KmsKeyIdentifier": "", "RetentionDays": 0,
            "SourceArn": ["Fn::GetAtt": ["bus707364D1", "Arn"]],
        ])
    }

    @Test func archiveOfABusGetsTheCDKsDefaultDescription() throws {
        let app = App { Stack("Stack") { EventBus("MyBus") { Archive("MyArchive", eventPattern: EventPattern(source: ["a"]), retentionDays: 3) } } }
        #expect(try properties("MyBusMyArchive323DB057", in: app)?["Description"]
            == .join("", ["Event Archive for ", .ref("MyBus7787FCC0"), " Event Bus"]))
    }

    @Test func archiveWithoutABusIsReported() {
        let found = diagnostics(of: App { Stack("Stack") { Archive("Lost", eventPattern: EventPattern(source: ["a"])) } })
        #expect(found.map(\.code) == ["events.archive.noSourceBus"])
        #expect(found.first?.path == "Stack/Lost")
    }

    @Test func archiveNameAndRetentionAreValidated() {
        let bus = EventBus.imported(name: "shared")
        let found = diagnostics(of: App {
            Stack("Stack") {
                Archive("Named", sourceEventBus: bus, eventPattern: EventPattern(source: ["a"]), archiveName: "has space")
                Archive("Negative", sourceEventBus: bus, eventPattern: EventPattern(source: ["a"]), retentionDays: -1)
            }
        })
        #expect(found.map(\.code) == ["events.archive.name.invalid", "events.archive.retention.negative"])
    }
}
