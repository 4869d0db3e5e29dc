import Testing
@testable import CDK

/// The source index never changes what matches: each event gives the same indices as
/// trying every pattern.
@Suite struct EventPatternSetTests {
    let patterns = [
        #"{"source": ["aws.ec2"]}"#,
        #"{"source": ["aws.ec2", "aws.s3"], "detail": {"state": ["running"]}}"#,
        #"{"source": [{"prefix": "aws."}]}"#,
        #"{"detail-type": ["Heartbeat"]}"#,
        #"{"source": ["10.0.0.1"]}"#,
        #"{"$or": [{"source": ["aws.s3"]}, {"detail-type": ["Heartbeat"]}]}"#,
        #"{"source": [{"exists": false}, "aws.ec2"]}"#,
    ]
    let events = [
        #"{"source": "aws.ec2", "detail-type": "x", "detail": {"state": "running"}}"#,
        #"{"source": "aws.s3", "detail-type": "Heartbeat", "detail": {}}"#,
        #"{"source": "10.0.0.01", "detail-type": "x", "detail": {}}"#,
        #"{"detail-type": "y", "detail": {}}"#,
        #"{"source": ["aws.ec2", "custom"], "detail-type": "x", "detail": {}}"#,
    ]

    @Test func indexedMatchingEqualsTryingEveryPattern() throws {
        let matchers = try patterns.map { try EventPatternMatcher(jsonText: $0) }
        let set = EventPatternSet(matchers)
        for text in events {
            let event = try MatchableEvent(jsonText: text)
            let everyPattern = matchers.indices.filter { matchers[$0].matches(event) }
            #expect(set.matchingIndices(event) == everyPattern, "\(text)")
            #expect(set.matchCount(event) == everyPattern.count)
        }
    }

    @Test func onlyPatternsRequiringExactSourcesAreIndexed() throws {
        let sources = try patterns.map { try EventPatternMatcher(jsonText: $0).requiredSources }
        #expect(sources[0] == ["aws.ec2"])
        #expect(sources[1] == ["aws.ec2", "aws.s3"])
        #expect(sources[2] == nil)
        #expect(sources[3] == nil)
        #expect(sources[4] == nil)
        #expect(sources[5] == nil)
        #expect(sources[6] == nil)
    }
}
