import Testing
@testable import CDK

// Detail types and fields from "Automate AWS Proton with EventBridge"
// (https://docs.aws.amazon.com/proton/latest/userguide/event-bridge.html).
@Suite struct ProtonEventsTests {
    @Test func tenResourceKindsWithTheirDetailTypes() {
        #expect(ProtonEvents.Resource.allCases.count == 10)
        #expect(ProtonEvents.Resource.allCases.allSatisfy { $0.rawValue.hasPrefix("AWS Proton ") && $0.rawValue.hasSuffix(" Status Change") })
        #expect(ProtonEvents.Resource.environmentAccountConnection.rawValue == "AWS Proton Environment Account Connection Status Change")
    }

    @Test func statusAndPreviousStatus() {
        let pattern = ProtonEvents.serviceTemplateVersionStatusChange(
            names: ["sample-service-template-name"], majorVersions: ["1"],
            status: [.registrationFailed], previousStatus: [.registrationInProgress])
        let expected: JSONValue = [
            "detail": [
                "name": ["sample-service-template-name"],
                "majorVersion": ["1"],
                "status": ["REGISTRATION_FAILED"],
                "previousStatus": ["REGISTRATION_IN_PROGRESS"],
            ],
            "detail-type": ["AWS Proton Service Template Version Status Change"],
            "source": ["aws.proton"],
        ]
        #expect(pattern.json == expected)
    }

    @Test func deletedResources() {
        let expected: JSONValue = [
            "detail": ["serviceName": ["checkout"], "status": ["DELETED"]],
            "detail-type": ["AWS Proton Service Instance Status Change"],
            "source": ["aws.proton"],
        ]
        #expect(ProtonEvents.serviceInstanceStatusChange(serviceNames: ["checkout"], status: [.deleted]).json == expected)
    }

    @Test func patternsOfSeveralKindsMergeInARule() {
        let rule = Rule("Failures") {
            ProtonEvents.serviceTemplateStatusChange(status: [.registrationFailed])
            ProtonEvents.environmentStatusChange(status: [.deleteFailed])
        }
        let expected: JSONValue = [
            "detail": ["status": ["REGISTRATION_FAILED", "DELETE_FAILED"]],
            "detail-type": ["AWS Proton Service Template Status Change", "AWS Proton Environment Status Change"],
            "source": ["aws.proton"],
        ]
        #expect(rule.eventPattern.json == expected)
    }

    @Test func anyStatusChangeOfSomeKinds() {
        let expected: JSONValue = [
            "detail-type": ["AWS Proton Component Status Change", "AWS Proton Service Pipeline Status Change"],
            "source": ["aws.proton"],
        ]
        #expect(ProtonEvents.statusChange(of: [.component, .servicePipeline]).json == expected)
    }

    @Test func connectionsByID() {
        let expected: JSONValue = [
            "detail": ["id": ["conn-1"], "status": ["REJECTED"]],
            "detail-type": ["AWS Proton Environment Account Connection Status Change"],
            "source": ["aws.proton"],
        ]
        #expect(ProtonEvents.environmentAccountConnectionStatusChange(ids: ["conn-1"], status: [.rejected]).json == expected)
    }
}
