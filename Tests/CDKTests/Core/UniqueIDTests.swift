import Foundation
import Testing

@testable import CDK

@Suite struct UniqueIDTests {
    // MARK: - Logical IDs

    /// Construct paths and logical IDs from the reference assemblies
    /// (`reference/cdk/out/*/tree.json`); the first path component is the stack.
    static let referenceLogicalIDs: [(path: String, logicalID: String)] = [
        ("ArchiveAndBus/BusConsumerQueue/Policy/Resource", "BusConsumerQueuePolicy3140AADB"),
        ("ArchiveAndBus/Publisher/ServiceRole/DefaultPolicy/Resource", "PublisherServiceRoleDefaultPolicy0E21E942"),
        ("ArchiveAndBus/SecondArchive/Archive", "SecondArchive89BE0093"),
        ("ArchiveAndBus/bus/MyArchive/Archive", "busMyArchiveF1010141"),
        ("ArchiveAndBus/bus/Resource", "bus707364D1"),
        ("ArchiveAndBus/bus/cdk-AllowAccount222PutEvents/Resource", "buscdkAllowAccount222PutEventsFB7793A7"),
        ("CodeCommitToCodeBuild/MyProject/Role/Resource", "MyProjectRole9BBE5233"),
        ("CodeCommitToCodeBuild/Repository/OnCommit/Resource", "RepositoryOnCommit439A0504"),
        ("CodeCommitToCodeBuild/Repository/Resource", "Repository22E53BBD"),
        ("CodePipelineFailures/FailedDeployAndBuildActions/Resource", "FailedDeployAndBuildActionsFA4D7510"),
        ("CodePipelineFailures/MyPipelineStateChange/AllowEventRuleCodePipelineFailuresPipelineStateHandler4F11735B", "MyPipelineStateChangeAllowEventRuleCodePipelineFailuresPipelineStateHandler4F11735B8B4D288B"),
        ("CodePipelineFailures/PipelineStateHandler/ServiceRole/Resource", "PipelineStateHandlerServiceRole2A956DBA"),
        ("EventBusPolicy-11111111111-us-east-1-22222222222/GivePermToOtherAccount", "GivePermToOtherAccount"),
        ("GreengrassNotifications/GreengrassTopic/Policy/Resource", "GreengrassTopicPolicyB9A5FF1C"),
        ("ProtonEvents/ProtonFailuresDLQ/Resource", "ProtonFailuresDLQ6AA5347A"),
        ("ScheduledTasks/CronAllDefaults/Resource", "CronAllDefaults48F4515D"),
        ("ScheduledTasks/Daily/AllowEventRuleScheduledTasksTickF4C35E52", "DailyAllowEventRuleScheduledTasksTickF4C35E527B328052"),
        ("ScheduledTasks/Every1MinuteRate/Resource", "Every1MinuteRateE4FFFDCA"),
        ("ScheduledTasks/TaskDef/EventsRole/DefaultPolicy/Resource", "TaskDefEventsRoleDefaultPolicyA124E85B"),
        ("ScheduledTasks/TaskDef/SecurityGroup/Resource", "TaskDefSecurityGroupD50E7CF0"),
        ("ScheduledTasks/Tick/Resource", "Tick6513F4AE"),
        ("ScheduledTasks/Vpc/IGW", "VpcIGWD7BA715C"),
        ("ScheduledTasks/Vpc/PrivateSubnet1/DefaultRoute", "VpcPrivateSubnet1DefaultRouteBE02A9ED"),
        ("ScheduledTasks/Vpc/PublicSubnet1/NATGateway", "VpcPublicSubnet1NATGateway4D7517AA"),
        ("ScheduledTasks/Vpc/Resource", "Vpc8378EB38"),
        ("ScheduledTasks/WeekdaysAt0815/Resource", "WeekdaysAt0815919E8B99"),
        ("Stack1/Repository/OnCommit/EventsRole/DefaultPolicy/Resource", "RepositoryOnCommitEventsRoleDefaultPolicy8B14A4C3"),
        ("Stack2/Project/Resource", "ProjectC78D97AD"),
        ("Stack2/Stack1RepositoryOnCommitC714DFA6-Target0/Resource", "Stack1RepositoryOnCommitC714DFA6Target039262E0D"),
    ]

    @Test(arguments: referenceLogicalIDs)
    func logicalIDMatchesReferenceAssemblies(path: String, logicalID: String) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        #expect(UniqueID.logicalID(components) == logicalID)
    }

    /// The verified table of the behaviour spec, section 1.2.
    @Test(arguments: [
        ("MyRule/Resource", "MyRuleA44AB831"),
        ("Rule/EventsRole/Resource", "RuleEventsRoleC51A4248"),
        ("Rule/EventsRole/DefaultPolicy/Resource", "RuleEventsRoleDefaultPolicy0510525D"),
        ("MyBus/MyArchive/Archive", "MyBusMyArchive323DB057"),
        ("Conn/Connection", "ConnConnectionAFDA4369"),
        ("MyBus/cdk-MySid/Resource", "MyBuscdkMySid91B87EBA"),
        ("GivePermToOtherAccount", "GivePermToOtherAccount"),
    ])
    func logicalIDMatchesSpecTable(path: String, logicalID: String) {
        #expect(UniqueID.logicalID(path.split(separator: "/").map(String.init)) == logicalID)
    }

    /// `Names.uniqueId`/`nodeUniqueId` include the stack id (spec 1.3, 4.5) and `Default` ids vanish.
    @Test func nodeUniqueIDsIncludeTheStack() {
        #expect(UniqueID.logicalID(["SourceStack", "Rule"]) == "SourceStackRuleD6962A13")
        #expect(UniqueID.logicalID(["Stack", "MyBus"]) == "StackMyBus4CCA052A")
        #expect(UniqueID.logicalID(["Default", "Bus"]) == "Bus")
        // The mirror-rule id prefix and the Lambda permission id in the reference assemblies.
        #expect(UniqueID.logicalID(["Stack1", "Repository", "OnCommit"]) == "Stack1RepositoryOnCommitC714DFA6")
        #expect(UniqueID.logicalID(["ScheduledTasks", "Tick"]) == "ScheduledTasksTickF4C35E52")
    }

    @Test func logicalIDOfOnlyDefaultComponentsIsNil() {
        #expect(UniqueID.logicalID([]) == nil)
        #expect(UniqueID.logicalID(["Default"]) == nil)
        #expect(UniqueID.logicalID(["Default", "Default"]) == nil)
    }

    @Test func singleComponentIsStrippedAndKeptUpTo255Characters() {
        #expect(UniqueID.logicalID(["my-bucket_1"]) == "mybucket1")
        #expect(UniqueID.logicalID(["Resource"]) == "Resource")
        let long = String(repeating: "X", count: 255)
        #expect(UniqueID.logicalID([long]) == long)
        // Longer: the hashed form, whose human part stops at 240 characters.
        let tooLong = String(repeating: "X", count: 256)
        #expect(UniqueID.logicalID([tooLong]) == String(repeating: "X", count: 240) + "71325C7B")
    }

    @Test func removeDuplicatesComparesWithTheLastKeptComponent() {
        // "oo" is dropped (Foo ends with it); "o" is then compared with "Foo" and dropped too.
        #expect(UniqueID.logicalID(["Foo", "oo", "o"]) == "Foo" + pathHash("Foo/oo/o"))
        // `Resource` is removed after the duplicates, so it still hides a following "ce".
        #expect(UniqueID.logicalID(["Resource", "ce", "Bar"]) == "Bar" + pathHash("Resource/ce/Bar"))
        // The suffix test is on the raw ids: "A-B" does not end with "B-".
        #expect(UniqueID.logicalID(["A-B", "B-"]) == "ABB" + pathHash("A-B/B-"))
    }

    private func pathHash(_ path: String) -> String {
        String(MD5.hex(path).prefix(8)).uppercased()
    }

    /// Hundreds of component lists and their `makeUniqueId` from aws-cdk-lib 2.275.0.
    @Test func logicalIDMatchesTheCDKOnGeneratedComponents() throws {
        let cases = try Fixture.decode([LogicalIDCase].self, from: Fixture.logicalIDs)
        #expect(cases.count > 300)
        for testCase in cases {
            let actual = UniqueID.logicalID(testCase.components)
            #expect(actual.map(Exact.init) == testCase.expected.map(Exact.init), "\(testCase.components)")
        }
    }

    // MARK: - Unique resource names

    /// The statement id suffix of a real cross-account app (spec 4.4): stack name
    /// `Src` + 30 `x`, rule `Grp` + 30 `w`, `maxLength` 64 - 27 (see spec 1.4).
    @Test func uniqueResourceNameKeepsBothEndsOfALongName() {
        let name = UniqueID.uniqueResourceName(
            ["Src" + String(repeating: "x", count: 30), "Grp" + String(repeating: "w", count: 30)], maxLength: 37)
        #expect(name == "Srcxxxxxxxxxxxwwwwwwwwwwwwww175D129F")
        #expect(name.count == 36)
    }

    @Test func uniqueResourceNameOfOneComponentHasNoHash() {
        #expect(UniqueID.uniqueResourceName(["My-Rule"]) == "MyRule")
        #expect(UniqueID.uniqueResourceName(["My-Rule"], allowedSpecialCharacters: "-", prefix: "cp-") == "cp-My-Rule")
        #expect(UniqueID.uniqueResourceName(["Default", "Rule"], maxLength: 4) == "Rule")
    }

    @Test func uniqueResourceNameJoinsWithSeparator() {
        #expect(
            UniqueID.uniqueResourceName(["Stack", "Rule", "Resource"], separator: "-")
                == "Stack-Rule-" + pathHash("Stack/Rule/Resource"))
    }

    /// The CDK pastes the allowed characters into a regular-expression class, so `.-_` is a range.
    @Test func allowedSpecialCharactersAreARegularExpressionClass() {
        let name = UniqueID.uniqueResourceName(["a:b", "c/d.e"], allowedSpecialCharacters: ".-_")
        #expect(name == "a:bc/d.e" + pathHash("a:b/c/d.e"))
        #expect(UniqueID.uniqueResourceName(["a:b-c d"], allowedSpecialCharacters: "\\s-") == "ab-c d")
    }

    /// Component lists with random options and their `makeUniqueResourceName` from aws-cdk-lib 2.275.0.
    @Test func uniqueResourceNameMatchesTheCDKOnGeneratedComponents() throws {
        let cases = try Fixture.decode([ResourceNameCase].self, from: Fixture.resourceNames)
        #expect(cases.count > 200)
        for testCase in cases {
            let actual = UniqueID.uniqueResourceName(
                testCase.components,
                maxLength: testCase.maxLength ?? 256,
                separator: testCase.separator ?? "",
                allowedSpecialCharacters: testCase.allowedSpecialCharacters ?? "",
                prefix: testCase.prefix ?? "")
            // The CDK throws for an empty set of components; the port returns "".
            #expect(Exact(actual) == Exact(testCase.expected ?? ""), "\(testCase)")
        }
    }

    // MARK: - Stacks

    @Test func stackNamesAndArtifactIDsOfTopLevelStacksAreTheirIDs() {
        #expect(UniqueID.generatedStackName(["SourceStack"]) == "SourceStack")
        #expect(UniqueID.artifactID(["SourceStack"]) == "SourceStack")
        let supportStack = "EventBusPolicy-123456789012-us-west-2-234567890123"
        #expect(UniqueID.artifactID([supportStack]) == supportStack)
        // An App-less `new Stack()` has id `Default`, which is kept here.
        #expect(UniqueID.generatedStackName(["Default"]) == "Default")
        #expect(UniqueID.artifactID(["my stack"]) == "my_stack")
    }

    @Test func stackUnderPlainConstructsGetsAHashedName() {
        #expect(UniqueID.generatedStackName(["Grp", "Inner"]) == "GrpInner2ACDA281")
        #expect(UniqueID.artifactID(["Grp", "Inner"]) == "GrpInner2ACDA281")
        // The artifact id of a stack in Stage `Prod` comes from its path from the App.
        #expect(UniqueID.artifactID(["Prod", "Svc"]) == "ProdSvc66695059")
    }

    /// Real stacks built with aws-cdk-lib 2.275.0: `Stack.generateStackName()` and `artifactId`.
    @Test func stackNamesMatchTheCDK() throws {
        let cases = try Fixture.decode([StackCase].self, from: Fixture.stacks)
        for testCase in cases {
            if let stackName = testCase.stackName {
                #expect(Exact(UniqueID.generatedStackName(testCase.components)) == Exact(stackName), "\(testCase.components)")
            }
            #expect(Exact(UniqueID.artifactID(testCase.components)) == Exact(testCase.artifactID), "\(testCase.components)")
        }
    }

    // MARK: - Physical names

    @Test func physicalNameMatchesSpecExample() {
        let nodeUniqueID = UniqueID.logicalID(["TargetStack", "Fn"]) ?? ""
        #expect(nodeUniqueID == "TargetStackFn4E778308")
        let name = UniqueID.physicalName(
            stackName: "TargetStack", nodeUniqueID: nodeUniqueID, region: "us-west-2", account: "234567890123")
        #expect(name == "targetstacktargetstackfn4e7783085c4607e3e867")
    }

    /// The generated rule name of the real cross-account app above.
    @Test func physicalNameTruncatesStackNameAndID() {
        let stackName = "Src" + String(repeating: "x", count: 30)
        let nodeUniqueID = UniqueID.logicalID(["Src", "Grp" + String(repeating: "w", count: 30)]) ?? ""
        let name = UniqueID.physicalName(
            stackName: stackName, nodeUniqueID: nodeUniqueID, region: "us-east-1", account: "111111111111")
        #expect(name == "srcxxxxxxxxxxxxxxxxxxxxxxwwwwwwwwwwwwwwww4227b5effe49ecd5da93")
    }

    /// Resources in real stacks and their `generatePhysicalName` from aws-cdk-lib 2.275.0.
    @Test func physicalNameMatchesTheCDK() throws {
        let cases = try Fixture.decode([PhysicalNameCase].self, from: Fixture.physicalNames)
        for testCase in cases {
            #expect(UniqueID.logicalID(testCase.path) == testCase.nodeUniqueID)
            let name = UniqueID.physicalName(
                stackName: testCase.stackName, nodeUniqueID: testCase.nodeUniqueID,
                region: testCase.region, account: testCase.account)
            #expect(name == testCase.expected, "\(testCase.path)")
        }
    }
}

// MARK: - Fixtures

/// A string compared byte for byte: `String.==` equates canonically equivalent strings
/// (`"\u{E9}"` and `"e\u{301}"`), which JavaScript's `===` does not.
private struct Exact: Equatable, CustomStringConvertible {
    var value: String

    init(_ value: String) {
        self.value = value
    }

    static func == (lhs: Exact, rhs: Exact) -> Bool {
        lhs.value.utf8.elementsEqual(rhs.value.utf8)
    }

    var description: String {
        value.unicodeScalars.map { $0.isASCII ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
    }
}

private struct LogicalIDCase: Decodable {
    var components: [String]
    var expected: String?

    init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        components = try container.decode([String].self).map(Fixture.expand)
        expected = try container.decodeIfPresent(String.self).map(Fixture.expand)
    }
}

private struct ResourceNameCase: Decodable, CustomStringConvertible {
    var components: [String]
    var maxLength: Int?
    var separator: String?
    var allowedSpecialCharacters: String?
    var prefix: String?
    var expected: String?

    init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        components = try container.decode([String].self).map(Fixture.expand)
        maxLength = try container.decodeIfPresent(Int.self)
        separator = try container.decodeIfPresent(String.self)
        allowedSpecialCharacters = try container.decodeIfPresent(String.self)
        prefix = try container.decodeIfPresent(String.self)
        expected = try container.decodeIfPresent(String.self).map(Fixture.expand)
    }

    var description: String {
        "\(components) maxLength \(maxLength.map(String.init) ?? "-") separator \(separator ?? "-") "
            + "allowed \(allowedSpecialCharacters ?? "-") prefix \(prefix ?? "-")"
    }
}

private struct StackCase: Decodable {
    var components: [String]
    var stackName: String?
    var artifactID: String

    init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        components = try container.decode([String].self).map(Fixture.expand)
        stackName = try container.decodeIfPresent(String.self).map(Fixture.expand)
        artifactID = Fixture.expand(try container.decode(String.self))
    }
}

private struct PhysicalNameCase: Decodable {
    var path: [String]
    var stackName: String
    var nodeUniqueID: String
    var region: String
    var account: String
    var expected: String

    init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        path = try container.decode([String].self).map(Fixture.expand)
        stackName = Fixture.expand(try container.decode(String.self))
        nodeUniqueID = Fixture.expand(try container.decode(String.self))
        region = Fixture.expand(try container.decode(String.self))
        account = Fixture.expand(try container.decode(String.self))
        expected = Fixture.expand(try container.decode(String.self))
    }
}

/// Reference values computed with aws-cdk-lib 2.275.0 under node (`makeUniqueId`,
/// `makeUniqueResourceName`, `Stack`, `generatePhysicalName`) from seeded random component
/// lists. A run of a short chunk is written `{N*chunk}` to keep the file small.
private enum Fixture {
    static func decode<T: Decodable>(_ type: T.Type, from json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// Expands each `{N*chunk}` into `chunk` repeated `N` times.
    static func expand(_ string: String) -> String {
        guard string.contains("{") else { return string }
        var result = ""
        var rest = Substring(string)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let body = rest[rest.index(after: open)...]
            guard let star = body.firstIndex(of: "*"), let close = body.firstIndex(of: "}"), star < close,
                let count = Int(body[..<star])
            else {
                result += "{"
                rest = body
                continue
            }
            result += String(repeating: String(body[body.index(after: star)..<close]), count: count)
            rest = body[body.index(after: close)...]
        }
        return result + rest
    }

    /// `[components, makeUniqueId or null when it throws]`
    static let logicalIDs = #"""
[
[["default"],"default"],
[["Pre{65*\u00e9t\u00e9}","Bus","Bus","Pre{46*q9}"],"Pre{65*t}BusPre{46*q9}F937CE0B"],
[["Resource ","Pre{67*Long}","Role"],"ResourcePre{57*Long}L09625BBA"],
[["MyRule","MyRule","e\u0301","x y","Queue","-"],"MyRuleexyQueueFFF601A4"],
[["Fn","ResourceResource"],"FnResourceResource3EA807C3"],
[["v1.2",".2","Allow:Events","Target0","Allow:Events"],"v12AllowEventsTarget0AllowEvents23DF9362"],
[["default","Pre{74*Long}","default","DLQ","Sr{117*cab}c"],"defaultPre{57*Long}Lo4246CB3B"],
[["__","LogRetention"],"LogRetentionE081CEAA"],
[["{122*Xy-}","Archive","Resource "],"{120*Xy}FA1A312F"],
[["Default","caf\u00e9","caf\u00e9","\u00e9","caf\u00e9","Archive"],"cafArchiveF0AB25DF"],
[["-","caf\u00e9","{136*abc}"],"caf{79*abc}290A9DF0"],
[["a","ResourceResource"],"aResourceResource9701E193"],
[["e\u0301","ResourceResource","\u00e9","Topic","opic"],"eResourceResourceTopic48F2991C"],
[["Pre{28*\u00e9t\u00e9}","Archive"],"Pre{28*t}Archive9A7AA32C"],
[["DEFAULT","MyArchive"],"DEFAULTMyArchiveD4F07917"],
[["EventsRole","ServiceRole","AB"],"EventsRoleServiceRoleAB24330166"],
[["caf\u00e9","A-B","Pre{24*abc}"],"cafABPre{24*abc}E7A97532"],
[["{46*Long}","Resource "],"{46*Long}Resource5F4575AB"],
[["Subscription","Src{76*\u00e9t\u00e9}","LogRetention","tion"],"SubscriptionSrc{76*t}LogRetentionB1E5EDFB"],
[["\u65e5\u672c","\u00e9","__"],"8A49CB62"],
[["DEFAULT"],"DEFAULT"],
[["Role","Rule","A-B","A-B","Resource"],"RoleRuleAB30BB4645"],
[["Default","Policy","ResourceResource","{21*q9}","MyArchive","Subscription"],"PolicyResourceResource{21*q9}MyArchiveSubscriptionE5839621"],
[["ResourceResource","caf\u00e9"],"ResourceResourcecaf17BE367A"],
[["Target0"],"Target0"],
[["a","Fn","default","Topic","pic"],"aFndefaultTopic641BF0C6"],
[["Topic","MyRule","LogRetention"],"TopicMyRuleLogRetentionA727D6BE"],
[["MyResource","Subscription","A-B","MyArchive","{115*Xy-}","Topic"],"MyResourceSubscriptionABMyArchive{103*Xy}X7D1363A9"],
[["{50*Long}","{7*gLon}g","Pre{20*Long}","v1.2","A-B"],"{50*Long}Pre{9*Long}L2202E7F4"],
[["\ud83d\ude00","DLQ","v1.2","2","Rule","\u65e5\u672c"],"DLQv12Rule6719B627"],
[["\u00e9"],""],
[["x y","Pre{102*\u00e9t\u00e9}","Queue","\u00e9","Policy","icy"],"xyPre{102*t}QueuePolicyCAF23FD2"],
[["Fn","Fn"],"FnEDB52879"],
[["Rule","ule"],"Rule737A97FF"],
[["Archive","\ud83d\ude00","Sr{52*cab}c"],"ArchiveSr{52*cab}c15371C62"],
[["DEFAULT","__"],"DEFAULTE79B32D4"],
[["DefaultPolicy","DefaultPolicy","DEFAULT","A-B","Resource"],"DefaultPolicyDEFAULTAB2E3E2508"],
[["e\u0301","x y","Resource","DEFAULT","Policy"],"exyDEFAULTPolicyF877C055"],
[["DefaultPolicy","e\u0301","\u0301","Resource","DLQ"],"DefaultPolicyeDLQ8B0BB466"],
[["Rule","ResourceResource","ource","Subscription","Stack1"],"RuleResourceResourceSubscriptionStack1A3B87A15"],
[["default","Default","Policy","-","-"],"defaultPolicyBDB3EF2E"],
[["MyRule"],"MyRule"],
[["Policy"],"Policy"],
[["Topic","\u65e5\u672c","-","Topic","ic","default"],"TopicTopicdefault10BCB894"],
[["cdk-MySid","cdk-MySid","MyArchive","{61*q9}","Default","{62*q9}"],"cdkMySidMyArchive{111*q9}qE08D2E4F"],
[["A-B","Allow:Events","ow:Events","MyRule","__"],"ABAllowEventsMyRuleFE030D5D"],
[["Resource","{66*W}","Subscription","DEFAULT"],"{66*W}SubscriptionDEFAULT37B1B166"],
[["MyBus","Bus","DEFAULT","DLQ","DLQ"],"MyBusDEFAULTDLQF8AC8960"],
[["EventsRole","Src{30*W}"],"EventsRoleSrc{30*W}FB8FC0F2"],
[["Subscription","Src{120*W}","Queue","cdk-MySid"],"SubscriptionSrc{120*W}QueuecdkMySidE42DBBB1"],
[["v1.2","Src{39*q9}","Role","Pre{131*q9}"],"v12Src{39*q9}RolePre{74*q9}qFFC9BC19"],
[["Bus","Src{27*W}","Policy","MyResource"],"BusSrc{27*W}PolicyMyResourceA352FDE0"],
[["v1.2"],"v12"],
[["{127*\u00e9t\u00e9}","Stack1","ack1"],"{127*t}Stack19D6AD70B"],
[["MyArchive","Src{20*W}","v1.2"],"MyArchiveSrc{20*W}v1277147350"],
[["x y","MyArchive","DefaultPolicy","Target0"],"xyMyArchiveDefaultPolicyTarget057F96213"],
[["ResourceResource","Rule","LogRetention"],"ResourceResourceRuleLogRetention6EC623C8"],
[["\u00e9","v1.2","default","lt"],"v12defaultDF810ED3"],
[["Resource ","esource ","urce ","\u00e9","Role"],"ResourceRole15E74F06"],
[["MyRule","Src{112*W}"],"MyRuleSrc{112*W}62BAEC17"],
[["Allow:Events","Pre{132*W}"],"AllowEventsPre{132*W}5C01BF27"],
[["DLQ","Allow:Events","\u00e9","EventsRole"],"DLQAllowEventsEventsRole8B4DBB3E"],
[["-"],""],
[["Allow:Events","AB","\u65e5\u672c"],"AllowEventsAB11837000"],
[["default","Resource"],"defaultC974F9E3"],
[["Archive"],"Archive"],
[["e\u0301"],"e"],
[["Queue","LogRetention","\u00e9","\u00e9","LogRetention","EventsRole"],"QueueLogRetentionLogRetentionEventsRole2DCBD3D2"],
[["Handler"],"Handler"],
[["Pre{27*W}","\u65e5\u672c","Default","Src{82*\u00e9t\u00e9}","\u00e9"],"Pre{27*W}Src{82*t}B0F8DB89"],
[["Resource","e","\ud83d\ude00","Z","A-B"],"ZABE2EBB77D"],
[["MyBus","Resource "],"MyBusResource71309B59"],
[["{112*Xy-}","Pre{31*q9}","Subscription","tion","Default","lt"],"{112*Xy}Pre{6*q9}q4FD949FF"],
[["v1.2","Subscription","Stack1","ServiceRole","\u00e9"],"v12SubscriptionStack1ServiceRole4173C215"],
[["MyArchive","A-B","Src{106*Xy-}"],"MyArchiveABSrc{106*Xy}97973651"],
[["cdk-MySid"],"cdkMySid"],
[["A-B","caf\u00e9","Policy"],"ABcafPolicy3D3F6931"],
[["Topic","Rule","default","Resource","Resource"],"TopicRuledefault78B0216E"],
[["ServiceRole","Allow:Events","AB","{90*W}"],"ServiceRoleAllowEventsAB{90*W}DEF0C537"],
[["Bus"],"Bus"],
[["ResourceResource","sourceResource","Src{75*Long}","MyArchive","{99*q9}","AB"],"ResourceResourceSrc{55*Long}L19B41880"],
[["{118*q9}","Pre{58*abc}","\u00e9"],"{118*q9}Prea4C5F428A"],
[["Bus","caf\u00e9","MyResource"],"BuscafMyResource7F346D91"],
[["MyResource","urce","A-B","Resource","\u00e9","MyArchive"],"MyResourceABMyArchive0B6EBA57"],
[["ServiceRole","Rule"],"ServiceRoleRuleDD7DFC02"],
[["Allow:Events","v1.2","Pre{50*abc}","Sr{48*cab}c"],"AllowEventsv12Pre{50*abc}Sr{23*cab}ca7839A6D2"],
[["__","Archive","ServiceRole","{125*q9}"],"ArchiveServiceRole{111*q9}98C2C67E"],
[["Archive","\u00e9","\u00e9","\u00e9"],"ArchiveE33DD7AD"],
[["\u65e5\u672c","\u672c","DefaultPolicy","ResourceResource","Resource "],"DefaultPolicyResourceResourceResourceCFE78886"],
[["Policy","x y"],"Policyxy4C9047B2"],
[["Fn","Fn","Bus","us","Default"],"FnBusC7F31095"],
[["{73*q9}","Stack1","Handler","Sr{65*cab}c"],"{73*q9}Stack1HandlerSr{26*cab}c5730FB2E"],
[["Src{50*W}","Policy","EventsRole","DefaultPolicy"],"Src{50*W}PolicyEventsRoleDefaultPolicy2575F936"],
[["x y","e\u0301","Src{130*\u00e9t\u00e9}"],"xyeSrc{130*t}76D226A7"],
[["\u00e9","MyRule","Default","MyResource","{103*\u00e9t\u00e9}","EventsRole"],"MyRuleMyResource{103*t}EventsRoleA3BC59A4"],
[["Topic","v1.2","Pre{37*\u00e9t\u00e9}","Archive"],"Topicv12Pre{37*t}Archive9F8C74AF"],
[["Pre{128*W}"],"Pre{128*W}"],
[["A-B","Archive","DLQ","DLQ"],"ABArchiveDLQC1A829E7"],
[["{114*Xy-}"],"{114*Xy}"],
[["caf\u00e9"],"caf"],
[["x y","DefaultPolicy"],"xyDefaultPolicy6C0E6BD4"],
[["Resource","Handler","Queue","A-B","{121*abc}","Resource"],"HandlerQueueAB{75*abc}aFFBE44A2"],
[["cdk-MySid","DLQ","Target0","MyRule","MyRule","Subscription"],"cdkMySidDLQTarget0MyRuleSubscription23B88649"],
[["default","Bus"],"defaultBusD3673EFB"],
[["e\u0301","Stack1"],"eStack1B43DEC85"],
[["Fn"],"Fn"],
[["AB","ServiceRole","Pre{32*Xy-}","\ud83d\ude00","MyResource"],"ABServiceRolePre{32*Xy}MyResource905BF42C"],
[["{39*W}","Stack1","Default","MyBus","v1.2","cdk-MySid"],"{39*W}Stack1MyBusv12cdkMySid0CFCD9AE"],
[["EventsRole"],"EventsRole"],
[["v1.2","e\u0301","{68*W}","{27*W}","MyBus","Bus"],"v12e{68*W}MyBusF725B7D9"],
[["MyBus","s","s"],"MyBus53CCC5CB"],
[["MyBus","Resource","MyResource","\u00e9"],"MyBusMyResource6BA41107"],
[["Resource ","DLQ","Topic","{128*abc}","{115*abc}","Resource "],"ResourceDLQTopi{75*cab}212BDCDC"],
[["Archive","Src{59*W}","ServiceRole","\ud83d\ude00","Pre{32*W}","{15*W}"],"ArchiveSrc{59*W}ServiceRolePre{32*W}DFD4C604"],
[["\ud83d\ude00","a","ResourceResource","e\u0301","Bus"],"aResourceResourceeBus55F6FCCB"],
[["a","AB"],"aAB67EDE880"],
[["Topic"],"Topic"],
[["Rule","e\u0301","v1.2"],"Ruleev12A7AF3F50"],
[["A-B","Archive","ive","AB","Src{130*Long}"],"ABArchiveABSrc{56*Long}Lo43B0EEEC"],
[["Rule","Topic","Queue","Queue","eue"],"RuleTopicQueueC6EF96B2"],
[["Pre{57*abc}","\ud83d\ude00"],"Pre{57*abc}B87468F5"],
[["Default","cdk-MySid","default","Bus","Handler","LogRetention"],"cdkMySiddefaultBusHandlerLogRetention3579DD6E"],
[["ResourceResource","MyBus","Bus","ResourceResource"],"ResourceResourceMyBusResourceResourceD01363BD"],
[["{44*abc}","Allow:Events","ow:Events","DefaultPolicy"],"{44*abc}AllowEventsDefaultPolicy2942D686"],
[["Resource ","Archive","EventsRole","cdk-MySid","-"],"ResourceArchiveEventsRolecdkMySidB038BB9D"],
[["EventsRole","Rule","Archive","v1.2","Target0"],"EventsRoleRuleArchivev12Target0BA52C3FC"],
[["Bus","Allow:Events","MyResource","x y","__","Src{29*W}"],"BusAllowEventsMyResourcexySrc{29*W}D746D160"],
[["Pre{27*\u00e9t\u00e9}","Resource ","MyBus","Default"],"Pre{27*t}ResourceMyBusF1985FE5"],
[["Queue","MyArchive","Target0","default","a"],"QueueMyArchiveTarget0defaulta65889B45"],
[["MyArchive","DEFAULT","cdk-MySid","MyBus","{53*abc}"],"MyArchiveDEFAULTcdkMySidMyBus{53*abc}F9804032"],
[["Bus","s","DLQ","ResourceResource","cdk-MySid","AB"],"BusDLQResourceResourcecdkMySidAB845D4547"],
[["Topic","Pre{55*\u00e9t\u00e9}"],"TopicPre{55*t}398FEB8F"],
[["A-B"],"AB"],
[["__","a","MyResource","Default","Stack1","ack1"],"aMyResourceStack140DD91E6"],
[["MyRule","ResourceResource","LogRetention","Pre{132*W}","Role"],"MyRuleResourceResourceLogRetentionPre{132*W}Role44DD9DBE"],
[["cdk-MySid","default","{37*q9}","{23*q9}"],"cdkMySiddefault{37*q9}DD9EF116"],
[["DLQ","MyArchive"],"DLQMyArchiveD5BA101C"],
[["DefaultPolicy","Resource ","Resource ","DefaultPolicy","ltPolicy"],"DefaultPolicyResourceDefaultPolicyCD247575"],
[["Role","{68*abc}","caf\u00e9","\u00e9"],"Role{68*abc}caf93E6A711"],
[["MyRule","Resource ","__"],"MyRuleResource297E54C3"],
[["Stack1","caf\u00e9","Pre{32*Xy-}","cdk-MySid","__","Default"],"Stack1cafPre{32*Xy}cdkMySid999F7B5C"],
[["ResourceResource","A-B","caf\u00e9","MyRule","LogRetention","MyResource"],"ResourceResourceABcafMyRuleLogRetentionMyResourceDC95FEB7"],
[["Src{29*Long}"],"Src{29*Long}"],
[["default","e\u0301","Default"],"defaulte93EEBEAD"],
[["Resource ","\u65e5\u672c","Target0","AB","MyBus","Resource "],"ResourceTarget0ABMyBusResource3FE06C3C"],
[["DefaultPolicy","caf\u00e9","f\u00e9","{113*W}","default"],"DefaultPolicycaf{113*W}default4572A3A3"],
[["A-B","Archive","a"],"ABArchivea25B72357"],
[["a","Handler","MyArchive","cdk-MySid","{89*Xy-}"],"aHandlerMyArchivecdkMySid{89*Xy}56BB555A"],
[["default","A-B"],"defaultABBBE658AD"],
[["LogRetention","MyRule","MyArchive","MyRule"],"LogRetentionMyRuleMyArchiveMyRule0B652F93"],
[["\ud83d\ude00","Allow:Events","MyResource","Pre{128*W}","DefaultPolicy"],"AllowEventsMyResourcePre{128*W}DefaultPolicy493DD675"],
[["Role","ServiceRole","Resource","ResourceResource","DefaultPolicy","Queue"],"RoleServiceRoleResourceResourceDefaultPolicyQueue7FF76D4D"],
[["\u00e9","MyArchive","ive","ve"],"MyArchiveCB5AAEE8"],
[["Rule","Src{65*q9}","MyArchive","__","Archive"],"RuleSrc{65*q9}MyArchiveArchive99B9C5DB"],
[["\u00e9","Pre{91*Xy-}","cdk-MySid","Pre{107*abc}","{61*W}"],"Pre{91*Xy}cdkMySidPre{14*abc}ab187AB3A1"],
[["Src{119*Long}","Topic","a","Subscription","DEFAULT","x y"],"Src{59*Long}L39993E7B"],
[["EventsRole","AB","B","A-B"],"EventsRoleABABD46815CD"],
[["ServiceRole","Fn","Bus","A-B","Resource"],"ServiceRoleFnBusAB113D5CEC"],
[["caf\u00e9","\u65e5\u672c","Default"],"caf73EAC7A6"],
[["Pre{106*\u00e9t\u00e9}"],"Pre{106*t}"],
[["\u00e9","MyArchive","Target0","{108*Xy-}"],"MyArchiveTarget0{108*Xy}734C90DF"],
[["Fn","Target0","Resource","Resource ","Pre{34*Long}"],"FnTarget0ResourcePre{34*Long}6CF3B106"],
[["Topic","a"],"Topica3C3261C9"],
[["e\u0301","Resource","Default","-","{133*Long}","MyResource"],"e{59*Long}Lon128ABB29"],
[["Fn","v1.2","1.2","EventsRole"],"Fnv12EventsRole1753ACF3"],
[["Bus","MyRule","Stack1","AB"],"BusMyRuleStack1ABEFD76F42"],
[["Queue","DefaultPolicy"],"QueueDefaultPolicy759D5D26"],
[["AB","Stack1","Resource ","source "],"ABStack1Resource738F421C"],
[["Subscription","\u00e9","Bus","\u65e5\u672c"],"SubscriptionBus0035F9AA"],
[["Rule","e"],"RuleDBF7774F"],
[["Rule","e","Default","Rule","e\u0301"],"RuleeB636B232"],
[["Target0","Handler","v1.2","Bus","e\u0301","cdk-MySid"],"Target0Handlerv12BusecdkMySidCA85CEFB"],
[["ResourceResource","v1.2","\u00e9"],"ResourceResourcev12C0CEA66D"],
[["MyBus","MyArchive"],"MyBusMyArchiveF31B1B60"],
[["\u65e5\u672c","MyArchive","chive","MyRule","\u00e9","Resource "],"MyArchiveMyRuleResource6F226B16"],
[["Bus","Role","le","Allow:Events","v1.2"],"BusRoleAllowEventsv12AB936150"],
[["{136*Long}","{53*Long}"],"{60*Long}E915D324"],
[["Default","Pre{57*q9}","Role","Queue"],"Pre{57*q9}RoleQueueBB25D907"],
[["MyBus","{114*Xy-}"],"MyBus{114*Xy}B82B849A"],
[["\u00e9","DefaultPolicy","cy","Subscription","Subscription"],"DefaultPolicySubscriptionA0A38844"],
[["MyResource"],"MyResource"],
[["Allow:Events","ServiceRole","x y","caf\u00e9","AB"],"AllowEventsServiceRolexycafAB85290A9B"],
[["AB","\u65e5\u672c","Resource"],"AB3A7E423D"],
[["Resource ","A-B","ResourceResource"],"ResourceABResourceResourceAC816740"],
[["MyRule","ule","Stack1","v1.2"],"MyRuleStack1v124698CF02"],
[["ServiceRole"],"ServiceRole"],
[["DEFAULT","Rule","le","DLQ","DefaultPolicy","MyResource"],"DEFAULTRuleDLQDefaultPolicyMyResourceBCE09911"],
[["e\u0301","default","{80*W}","default","MyRule","Allow:Events"],"edefault{80*W}defaultMyRuleAllowEvents62965E91"],
[["Rule","MyArchive","Archive","default","t"],"RuleMyArchivedefaultC01E2F37"],
[["Handler","EventsRole","EventsRole"],"HandlerEventsRole31042B3D"],
[["DLQ","v1.2"],"DLQv12130C653F"],
[["A-B","-B","{31*abc}","e\u0301"],"AB{31*abc}eED1A512F"],
[["x y"],"xy"],
[["Src{81*Long}","Default","Allow:Events","LogRetention","MyResource","Pre{61*\u00e9t\u00e9}"],"Src{59*Long}LE85C6E06"],
[["Target0","__","DefaultPolicy","caf\u00e9","Stack1","default"],"Target0DefaultPolicycafStack1defaultD53F1BB0"],
[["Default","Policy"],"Policy"],
[["Resource ","ce ","x y"],"Resourcexy7D13160B"],
[["Archive","Topic","MyRule","Fn"],"ArchiveTopicMyRuleFn568590A7"],
[["AB","__"],"AB762E4AF5"],
[["DefaultPolicy","e\u0301"],"DefaultPolicye5460D52B"],
[["Default","ult","a","Bus","Topic"],"ultaBusTopic846BD134"],
[["DefaultPolicy","icy","Rule","e\u0301","\u65e5\u672c","Pre{133*abc}"],"DefaultPolicyRuleePre{73*abc}5856A0B0"],
[["Src{107*Long}"],"Src{59*Long}LE5EAB742"],
[["{41*abc}","v1.2","__","default","AB","DEFAULT"],"{41*abc}v12defaultABDEFAULT671A2EA3"],
[["LogRetention","Archive","MyResource","Src{82*Xy-}"],"LogRetentionArchiveMyResourceSrc{82*Xy}644C322F"],
[["MyArchive","MyRule","MyRule","Allow:Events","MyRule"],"MyArchiveMyRuleAllowEventsMyRuleFA7121D6"],
[["default","Pre{27*Xy-}","Sr{70*cab}c","{60*abc}"],"defaultPre{27*Xy}Sr{58*cab}77CFAA49"],
[["Queue","eue"],"QueueBF30AE91"],
[["AB","AB","Bus","Allow:Events"],"ABBusAllowEvents5084FB08"],
[["default","t","Queue"],"defaultQueueD6D31FEE"],
[["\ud83d\ude00","Archive","cdk-MySid","ServiceRole"],"ArchivecdkMySidServiceRole63A58905"],
[["a","DLQ","DLQ"],"aDLQC07A0F4F"],
[["DLQ"],"DLQ"],
[["LogRetention"],"LogRetention"],
[["ServiceRole","e","Src{28*q9}","v1.2"],"ServiceRoleSrc{28*q9}v124AFB1DF7"],
[["a","Handler","Allow:Events","LogRetention"],"aHandlerAllowEventsLogRetentionEDF2F11D"],
[["default","Policy","v1.2","1.2","Topic","a"],"defaultPolicyv12Topica6EA1A9A4"],
[["Topic","caf\u00e9","Subscription","Archive","EventsRole","a"],"TopiccafSubscriptionArchiveEventsRolea4148049E"],
[["\u65e5\u672c","\u65e5\u672c","\u65e5\u672c","DefaultPolicy"],"DefaultPolicy4ED7D600"],
[["e\u0301","Bus","caf\u00e9"],"eBuscaf67713BC2"],
[["Handler","x y"],"Handlerxy11A4EF6F"],
[["ServiceRole","Default"],"ServiceRole"],
[["Src{106*q9}"],"Src{106*q9}"],
[["DLQ","ResourceResource"],"DLQResourceResource4CE8D411"],
[["EventsRole","ServiceRole","Role","EventsRole"],"EventsRoleServiceRoleEventsRole45DB43AC"],
[["Stack1","{47*W}","Pre{127*abc}"],"Stack1{47*W}Pre{61*abc}aF574071F"],
[["Subscription","bscription","Pre{130*abc}","Pre{130*abc}","{59*W}"],"SubscriptionPre{75*abc}6406FC9D"],
[["A-B","A-B","-B","A-B"],"AB4A22215F"],
[["DEFAULT","Bus","Allow:Events"],"DEFAULTBusAllowEvents9F93661D"],
[["ServiceRole","Pre{50*abc}","AB","DLQ","__"],"ServiceRolePre{50*abc}ABDLQ5AC4FF88"],
[["Topic","Topic","v1.2","LogRetention","Policy","Target0"],"Topicv12LogRetentionPolicyTarget08BB52084"],
[["MyBus"],"MyBus"],
[["Resource "],"Resource"],
[["v1.2","Stack1","ack1","Src{30*W}"],"v12Stack1Src{30*W}A09DE36E"],
[["AB","Src{31*Xy-}"],"ABSrc{31*Xy}532BEF97"],
[["MyBus","{34*abc}","DefaultPolicy","-"],"MyBus{34*abc}DefaultPolicyB9371055"],
[["Pre{127*W}","Src{109*W}","DefaultPolicy","Archive","Handler","Role"],"Pre{127*W}Src{107*W}DDC0EBA8"],
[["MyRule","le","Default"],"MyRule556A1F22"],
[["AB","e\u0301","\u0301","v1.2","a"],"ABev12a4783556C"],
[["EventsRole","v1.2","__"],"EventsRolev12FF3090F1"],
[["ServiceRole","cdk-MySid","Bus","Bus"],"ServiceRolecdkMySidBus7D51F683"],
[["Role","Subscription","MyArchive","default","Target0","cdk-MySid"],"RoleSubscriptionMyArchivedefaultTarget0cdkMySid5BDD4373"],
[["x y","Handler","dler"],"xyHandlerB844D9FF"],
[["Role","MyArchive","MyBus"],"RoleMyArchiveMyBus124A29E2"],
[["AB","AB","Handler","{115*W}","WWWWWWW","v1.2"],"ABHandler{115*W}v128AAEC7CC"],
[["{52*W}"],"{52*W}"],
[["MyRule","Topic","LogRetention","A-B","Pre{58*abc}"],"MyRuleTopicLogRetentionABPre{58*abc}74AB92FC"],
[["Pre{61*q9}","Bus","Handler","LogRetention","cdk-MySid","cdk-MySid"],"Pre{61*q9}BusHandlerLogRetentioncdkMySid4791D3F6"],
[["Pre{89*W}","v1.2","Queue","Queue","e\u0301"],"Pre{89*W}v12QueueeDA2CBE0A"],
[["{110*\u00e9t\u00e9}","Src{72*q9}","MyResource","v1.2","2","A-B"],"{110*t}Src{63*q9}qB8371C09"],
[["Role","Resource","e\u0301","Resource"],"RoleeDDBFB432"],
[["Rule"],"Rule"],
[["LogRetention","Subscription"],"LogRetentionSubscriptionE0539986"],
[["Bus","Queue","Archive","MyBus","Pre{58*Long}","\ud83d\ude00"],"BusQueueArchiveMyBusPre{54*Long}L0352D708"],
[["AB","__","v1.2"],"ABv12EC47665C"],
[["cdk-MySid","a","x y"],"cdkMySidaxyCB497C81"],
[["Role","Resource"],"Role1ABCC5F0"],
[["default","LogRetention"],"defaultLogRetention3B430581"],
[["__","Topic"],"Topic676CDE67"],
[["Pre{20*abc}","default","Allow:Events","s","LogRetention","Src{67*W}"],"Pre{20*abc}defaultAllowEventsLogRetentionSrc{67*W}33E9F752"],
[["ServiceRole","Resource "],"ServiceRoleResource41A847E3"],
[["\u00e9","Topic","Role","Stack1","MyArchive"],"TopicRoleStack1MyArchive042544CA"],
[["Resource","Rule","Pre{77*abc}","Resource","Src{76*\u00e9t\u00e9}"],"RulePre{77*abc}SrB5802097"],
[["Rule","ule","Default"],"Rule737A97FF"],
[["LogRetention","DEFAULT","{41*W}","Stack1","Stack1"],"LogRetentionDEFAULT{41*W}Stack151D97BCE"],
[["Pre{92*abc}","Pre{43*Xy-}"],"Pre{79*abc}61AEB2DC"],
[["AB","B","Rule","Src{48*\u00e9t\u00e9}"],"ABRuleSrc{48*t}716E85D0"],
[["ServiceRole","e\u0301","\u0301","caf\u00e9","Fn"],"ServiceRoleecafFnB3B5463F"],
[["Default","Default","Policy","Sr{59*cab}c","-"],"PolicySr{59*cab}c0B8B9286"],
[["Target0","v1.2","Pre{96*Xy-}","A-B"],"Target0v12Pre{96*Xy}ABBC76316E"],
[["Stack1","v1.2","Src{138*Xy-}"],"Stack1v12Src{114*Xy}90E6B547"],
[["Target0","Default","Bus"],"Target0Bus98AD6F32"],
[["Src{118*q9}","DEFAULT","Fn","Archive","MyBus"],"Src{118*q9}DC45F066F"],
[["Resource","\u65e5\u672c","\u672c","a"],"aD43E6502"],
[["Allow:Events","Default","A-B","\u00e9","Rule","Allow:Events"],"AllowEventsABRuleAllowEventsAE5A854B"],
[["Pre{79*q9}","Archive","A-B","a","Stack1"],"Pre{79*q9}ArchiveABaStack1E0D575E9"],
[["AB","\u00e9","\u00e9","DEFAULT","\u00e9","e\u0301"],"ABDEFAULTe2807DE73"],
[["ServiceRole","Target0","et0"],"ServiceRoleTarget0FADA8876"],
[["EventsRole","Resource "],"EventsRoleResourceA870C022"],
[["\u65e5\u672c","AB","AB","AB","{107*q9}"],"AB{107*q9}2E0EBEA7"],
[["\ud83d\ude00","MyRule","AB","DefaultPolicy"],"MyRuleABDefaultPolicy974E5E0E"],
[["ResourceResource","Archive"],"ResourceResourceArchive1C9F4EE3"],
[["DEFAULT","ResourceResource","MyBus","\ud83d\ude00","Pre{24*\u00e9t\u00e9}","\u00e9t\u00e9"],"DEFAULTResourceResourceMyBusPre{24*t}A5DF4718"],
[["ServiceRole","\ud83d\ude00"],"ServiceRole81D057AB"],
[["Subscription","cdk-MySid","cdk-MySid","cdk-MySid","Handler","Target0"],"SubscriptioncdkMySidHandlerTarget0700C4613"],
[["x y","Src{68*\u00e9t\u00e9}","Resource ","{99*Xy-}","Pre{34*abc}","e\u0301"],"xySrc{68*t}Resource{79*Xy}XEC7FCF2B"],
[["Topic","Stack1","Pre{54*abc}"],"TopicStack1Pre{54*abc}0D73D390"],
[["v1.2","Bus","DefaultPolicy"],"v12BusDefaultPolicyC8D54EB5"],
[["A-B","Handler"],"ABHandler416D96C9"],
[["MyArchive","Archive"],"MyArchive8C109777"],
[["LogRetention","Archive","Allow:Events","default","a","a"],"LogRetentionArchiveAllowEventsdefaulta5760AEAB"],
[["x y","Resource ","DLQ","Queue","MyArchive"],"xyResourceDLQQueueMyArchiveEB9FE2C9"],
[["e\u0301","Rule"],"eRuleF1FCB7CE"],
[["{41*Long}","Handler","DefaultPolicy","Handler"],"{41*Long}HandlerDefaultPolicyHandlerB289EF72"],
[["DEFAULT","-"],"DEFAULTDF0A4BDC"],
[["LogRetention","MyRule","\u65e5\u672c","{66*q9}","ServiceRole","ole"],"LogRetentionMyRule{66*q9}ServiceRoleE41A6801"],
[["Policy","y"],"Policy81898C25"],
[["Fn","AB","Fn","Fn","Topic","-"],"FnABFnTopic3D2C81C4"],
[["LogRetention","Pre{78*Long}","{76*ngLo}ng","{35*ngLo}ng","Archive"],"LogRetentionPre{56*Long}L1CC4B1A0"],
[["Topic","{125*abc}","\u65e5\u672c","\u65e5\u672c","MyRule","Pre{91*Long}"],"Topi{78*cab}ca3F35EAF4"],
[["Default"],null],
[["Default","Default"],null],
[[""],""],
[["",""],"6666CD76"],
[["a",""],"aA8A6ED2D"],
[["","a"],"a0639767F"],
[["Resource"],"Resource"],
[["Resource","Resource"],"CF9390BA"],
[["{255*X}"],"{255*X}"],
[["{256*X}"],"{240*X}71325C7B"],
[["{255*X-}"],"{255*X}"],
[["{250*Y}","ZZZZZZZZZZ"],"{240*Y}616E36AC"],
[["Default","Foo"],"Foo"],
[["Foo","Default","Bar"],"FooBarCFC0D4D9"],
[["Foo","oo","o"],"Foo56E81933"],
[["Foo","Resource","Bar"],"FooBar6979348C"],
[["Resource","Foo"],"Foo32E09194"],
[["MyResource","Resource"],"MyResource6073B41F"],
[["\ud83d\ude00","\ud83d\ude00"],"796F8522"],
[["x\ud83d\ude00","\ud83d\ude00"],"x89C0A6EE"],
[["caf\u00e9","e\u0301"],"cafeD8EBEDA4"],
[["cafe\u0301","\u0301"],"cafeC19D633E"],
[["cafe\u0301","\u00e9"],"cafeF5270D10"]
]
"""#

    /// `[components, maxLength, separator, allowedSpecialCharacters, prefix, name or null when it throws]`; a null option is left out.
    static let resourceNames = #"""
[
[["\ud83d\ude00","Bus"],9,"_","\u00e9","","Bus_58752DFE"],
[["Rule"],256,"-","a-c","Allow-","Allow-Rule"],
[["Pre{38*Xy-}","Role","le"],64,"-","\u00e9","","Pre{12*Xy}X{11*Xy}-Role-5B761E62"],
[["{7*\u00e9t\u00e9}","-","Pre{11*\u00e9t\u00e9}","a"],10,"-","-\\d","\u00e9-","\u00e9-D3F70D1C"],
[["A-B","MyRule","Policy"],256,"","_","","ABMyRulePolicy9DA9F02D"],
[["Fn","{12*W}"],7,null,"","\u00e9-","\u00e9-Fn{12*W}B067E047"],
[["{15*Xy-}"],255,null,"-_","cp-","cp{15*-Xy}-"],
[["Resource"],37,"_",".-_","\u00e9-","\u00e9-Resource"],
[["MyBus","{7*q9}","9q9q9","a","A-B"],3,"","-\\d","\u00e9-","\u00e9-MyBus{7*q9}aAMyBus{7*q9}aA-BF302AC69"],
[["Topic","Target0"],20,null,"\\w-","cp-","cp-Toparget0054F72F3"],
[["MyArchive","Pre{9*q9}","Queue"],null,null,"\\w-","\u00e9-","\u00e9-MyArchivePre{9*q9}Queue00F444A4"],
[["{5*\u00e9t\u00e9}","Target0","MyArchive"],40,null,"-",null,"tttttTarget0MyArchiveD1C804A4"],
[["DEFAULT","T","Fn"],1,"_","","cp-","cp-DEFAULT_DEFAULT_Fn_4F92DB02"],
[["Role","Default","Target0","MyBus"],128,"--","\\u00e9","","Role--Target0--MyBus--3F21487B"],
[["Subscription"],20,"_","\\w-","cp-","cp-Subscription"],
[["Subscription","\u65e5\u672c","x y","DEFAULT"],40,"_","\\s","Allow-","Allow-Subscription_x y_DEFAULT_EDFA4E96"],
[["cdk-MySid"],256,"","\\S",null,"cdk-MySid"],
[["LogRetention","ServiceRole","Handler","Stack1"],10,"_","_","Allow-","A_2DC5C567"],
[["a","{17*Long}"],128,"-","","","a-{17*Long}-C126ADDE"],
[["Target0","ServiceRole","MyBus","e\u0301","Subscription"],128,null,"\\d","cp-","cp-Target0ServiceRoleMyBuseSubscriptionBC6B1C56"],
[["cdk-MySid","Subscription","__","LogRetention"],252,"-","\\d","Allow-","Allow-cdkMySid-Subscription-LogRetention-97A7E9D7"],
[["MyRule","Archive","Fn"],null,"-","\\-","cp-","cp-MyRule-Archive-Fn-9FC1D18F"],
[["Pre{26*Xy-}","Role","-","v1.2","MyArchive"],9,"--","\\s","\u00e9-","\u00e9-Pre{26*Xy}--Role--v12--MyArchive--DCB7CB5B"],
[["DLQ"],255,"","-\\d","Allow-","Allow-DLQ"],
[["Stack1","MyArchive"],252,"","\u00e9","cp-","cp-Stack1MyArchive63510A59"],
[["cdk-MySid","Subscription","__"],256,"-","\\W-","\u00e9-","\u00e9-cdk-MySid-Subscription-3B5CBAA7"],
[["Resource ","Resource "],8,null,"\\-","cp-","cp-ResourceEE9457C6"],
[["ServiceRole"],64,"--","\\S","Allow-","Allow-ServiceRole"],
[["Rule","{24*\u00e9t\u00e9}","default","Stack1","Stack1"],64,"","\\d","\u00e9-","\u00e9-Rule{24*t}defaultStack19592A67F"],
[["-"],null,"-","-\\d","\u00e9-","\u00e9--"],
[["MyArchive","chive","Pre{20*q9}","Sr{7*cab}c"],9,null,null,"cp-","cp-MyArchivePre{20*q9}Sr{7*cab}c7B4244BE"],
[["x y","{41*Xy-}","e\u0301","Handler"],40,"","-\\d","","xy{4*Xy-}Xyy-Xy-Xy-eHandler11D03917"],
[["Target0","Rule","-","Handler","Sr{40*cab}c"],64,"_","\\d","\u00e9-","\u00e9-Target0_Rule_Handler_Srcab{9*abc}_BE8BF45B"],
[["{24*abc}","Pre{32*q9}","ResourceResource","ResourceResource"],7,"","-","Allow-","Allow-{24*abc}Pre{32*q9}ResourceResource58D92E51"],
[["EventsRole"],128,"-","\u00e9","","EventsRole"],
[["x y","\ud83d\ude00","Policy","Policy"],37,null,"\u00e9","Allow-","Allow-xyPolicyD2E0E798"],
[["Policy","__","\u65e5\u672c","MyBus","v1.2"],7,"_","\\-","Allow-","Allow-Policy_MyBus_v12_626750DB"],
[["v1.2","x y","\u65e5\u672c","e\u0301","Fn"],0,"_","\\W-","\u00e9-","\u00e9-v1.2_x y_\u65e5\u672c_e\u0301.2_x y_\u65e5\u672c_e\u0301_Fn_CB0B5F91"],
[["\ud83d\ude00","__","MyResource","EventsRole","DEFAULT"],37,"--","-","Allow-","Allow-MyResourole--DEFAULT--6630F2D7"],
[["DLQ","{20*abc}"],1,"--","a-c",null,"DLQ--{19*abc}ab--{20*abc}--E6D6CCDA"],
[["cdk-MySid","Subscription"],1,null,"\u00e9","cp-","cp-cdkMySidSubscriptcdkMySidSubscription6126B80C"],
[["MyResource","\ud83d\ude00","LogRetention","a","Resource"],20,"_","\\w-","","MyResoion_a_13B6152F"],
[["Src{8*Long}","__","Resource "],1,"--","\\-",null,"Src{8*Long}--Resourc{8*Long}--Resource--E5077EF0"],
[["Pre{12*\u00e9t\u00e9}","Target0","cdk-MySid","\ud83d\ude00","Stack1"],40,"_","_",null,"Pre{12*t}_cdkMySid_Stack1_E599CAEE"],
[["Target0","x y","Default","\ud83d\ude00","MyArchive"],10,"","\\-","Allow-","Ae01DF6979"],
[["x y","DLQ","Resource ","DLQ","Src{39*Long}"],255,"-","\\d","cp-","cp-xy-DLQ-Resource-DLQ-Src{39*Long}-0D9ADF55"],
[["Src{16*W}"],20,"-","\\w-",null,"Src{16*W}"],
[["Stack1"],64,"",".-_","cp-","cp-Stack1"],
[["Pre{27*\u00e9t\u00e9}","A-B","\ud83d\ude00","cdk-MySid"],128,"",":","","Pre{27*t}ABcdkMySidBA8AAF29"],
[["\u00e9","e\u0301","\ud83d\ude00"],7,"-","\\w-","cp-","cp-e-C26216CB"],
[["Subscription","{13*Long}","\ud83d\ude00"],10,"_","-_","","S_B1934B5F"],
[["ResourceResource"],255,"","",null,"ResourceResource"],
[["Default","-","Bus"],128,"_","a-c","","Bus_DF1A9650"],
[["\ud83d\ude00"],1,null,"\\w-","\u00e9-","2A02EAC3"],
[["Pre{9*abc}","AB","AB"],10,"","/_-","","PB2D7715BA"],
[["Role","EventsRole","default","MyResource"],128,"-","/_-",null,"Role-EventsRole-default-MyResource-B92DAC04"],
[["LogRetention","{32*Xy-}","x y","Policy"],null,"-","_",null,"LogRetention-{32*Xy}-xy-Policy-1FC7EE5C"],
[["Topic"],0,"-","_","Allow-","Allow-Tow-Topic-25812BF4"],
[["-"],64,"_","-_",null,"-"],
[["Resource","Rule","Src{34*W}"],252,"--","-","\u00e9-","\u00e9-Rule--Src{34*W}--BCF1C110"],
[["Sr{34*cab}c","A-B","B"],0,"_","\\W-",null,"Sr{34*cab}c_{33*bca}bc_A-B_92EA6785"],
[["Pre{34*abc}","{38*\u00e9t\u00e9}","caf\u00e9","Resource"],0,"","\\x41-\\x43","","Pre{34*abc}{37*t}{33*bca}bc{38*t}cafBCC091CD"],
[["\u65e5\u672c"],10,"--","-_","",""],
[["Subscription","Bus","Pre{7*Xy-}","Default","MyBus"],37,"-","-\\d","","Subscription-B-Xy-Xy--MyBus-C1B2F40D"],
[["\u00e9"],0,"_","/_-",null,""],
[["MyResource","\ud83d\ude00","Pre{25*abc}"],3,"--","\\w-","cp-","cp-MyResource--Pre{25*abc}-MyResource--Pre{25*abc}--5F379B46"],
[["\ud83d\ude00","Queue","AB"],37,"","-_","\u00e9-","\u00e9-QueueABE129A79F"],
[["Sr{22*cab}c"],10,"_","\\s","","S_E516A780"],
[["-","A-B","DEFAULT","MyArchive","ServiceRole"],252,"-","\\-",null,"--A-B-DEFAULT-MyArchive-ServiceRole-4EA45BC3"],
[["DEFAULT","T","T"],9,"--","-_","Allow-","Allow-DEFAULT--BABB7D5C"],
[["__","v1.2"],1,"-","\\s","","v-1C5B52E6"],
[["\u00e9","MyArchive"],0,null,"-\\d","Allow-","Allow-MyArcw-MyArchive01BD409B"],
[["MyResource","Pre{17*Long}"],0,null,"\\S","cp-","cp-MyResourcePre{16*Long}yResourcePre{17*Long}FDC62F10"],
[["MyResource","Allow:Events","Pre{34*q9}"],40,"--","-\\d","cp-","cp-MyResource--A{7*q9}--4047FF68"],
[["Resource","Queue","ue","e","Subscription"],10,"-",":","cp-","c-A7282B72"],
[["Src{33*q9}","Pre{32*Long}","MyArchive"],37,"","\\-","\u00e9-","\u00e9-Srcq9q9q9q9qgLongMyArchive7FD6B202"],
[["x y"],9,"_","\\-","","xy"],
[["MyBus","Queue"],8,"-","-","","MyBus-Queue-91D798AF"],
[["x y","MyRule","Bus"],20,"","-\\d",null,"xyMyRuleBus0127CC9E"],
[["Pre{14*Xy-}","Target0"],40,"","-_","cp-","cp-PreXy-Xy-Xy-XXy-Xy-Xy-Target020358905"],
[["__","Stack1","Policy"],8,"","\u00e9","","Stack1Policy7D442986"],
[["DLQ","EventsRole","MyRule"],64,"_","a-c","cp-","cp-DLQ_EventsRole_MyRule_D85A3341"],
[["default","MyArchive"],64,"","\\s","Allow-","Allow-defaultMyArchive5547F734"],
[["\ud83d\ude00","e\u0301","A-B","Allow:Events","Allow:Events"],8,"_","/_-","\u00e9-","\u00e9-e_A-B_AllowEvents_8D63234F"],
[["ResourceResource","x y","A-B","Stack1","MyBus"],252,"--","\\-","","ResourceResource--xy--A-B--Stack1--MyBus--36D49C56"],
[["x y","Policy","\u65e5\u672c"],1,null,"-_","Allow-","Allow-xyPolow-xyPolicyB90B8007"],
[["__","Allow:Events","Pre{10*\u00e9t\u00e9}"],128,"_","_","","___AllowEvents_Pretttttttttt_D6DAB909"],
[["\u65e5\u672c","default","efault","DLQ"],7,"","/_-","cp-","cp-defaultDLQB5CD2529"],
[["Default","MyBus"],8,"","/_-",null,"MyBus"],
[["MyArchive","caf\u00e9","e\u0301"],252,"-","-","Allow-","Allow-MyArchive-caf-e-352A1D61"],
[["LogRetention","Handler","{41*Xy-}"],0,null,"\\S","\u00e9-","\u00e9-LogRetentionHandler{39*Xy-}XygRetentionHandler{41*Xy-}7638588A"],
[["__","Queue","ueue"],255,"-","\\d","cp-","cp-Queue-644D5A4C"],
[["DLQ","MyArchive","x y"],40,"-","a-c",null,"DLQ-MyArchive-xy-B864E111"],
[["Pre{5*\u00e9t\u00e9}","default"],10,"_",":","cp-","c_C8BC4827"],
[["Src{44*Xy-}"],256,"--","","","Src{44*Xy}"],
[["\ud83d\ude00","DLQ","Queue"],10,"","\\u00e9","cp-","ceF92DE04B"],
[["x y","e\u0301","Target0"],3,"_","a-c","","xy_e_Target_e_Target0_4A0D9130"],
[["Pre{38*abc}","v1.2"],8,null,"\\u00e9",null,"Pre{38*abc}v122980587C"],
[["Topic"],7,"",":",null,"Topic"],
[["Fn","{8*q9}","ResourceResource","DLQ"],3,null,"-\\d","Allow-","Allow-Fn{8*q9}ResourceResourceDlow-Fn{8*q9}ResourceResourceDLQ6D8B8AA7"],
[["Handler","Queue","Sr{21*cab}c","r{21*cab}c"],9,"-","_","cp-","cp-Handler-Queue-Sr{21*cab}c-E3E389AE"],
[["Allow:Events","Policy","Src{15*Xy-}","{30*Xy-}","x y"],1,"--","/_-","","AllowEvents--Policy--Src{15*Xy-}-{30*-Xy}---xowEvents--Policy--Src{15*Xy-}-{30*-Xy}---xy--ABEC0581"],
[["a","MyArchive","cdk-MySid"],255,"","-_","cp-","cp-aMyArchivecdk-MySid5CFFA8F5"],
[["Policy","Topic","\u65e5\u672c","ResourceResource"],0,"--","-\\d",null,"Policy--Topic--ResourceResourcy--Topic--ResourceResource--540892C1"],
[["x y"],128,null,"-_","\u00e9-","\u00e9-xy"],
[["Pre{10*Xy-}"],255,"-","\\W-","\u00e9-","\u00e9-Pre{10*Xy-}"],
[["MyRule","Src{14*\u00e9t\u00e9}","Src{38*W}","{29*abc}"],256,"_","\\x41-\\x43","cp-","cp-MyRule_Src{14*t}_Src{38*W}_{29*abc}_24F58343"],
[["{38*q9}","Target0","Fn","Bus","Pre{23*W}"],1,null,"\\W-",null,"{38*q9}Target0FnBusPre{20*W}{36*9q}9Target0FnBusPre{23*W}F32E3346"],
[["Src{22*Long}","Pre{24*Long}","ngLongLong"],255,"_","-_","cp-","cp-Src{22*Long}_Pre{24*Long}_0750767A"],
[["Handler"],37,"-","\\W-",null,"Handler"],
[["Subscription","Queue"],10,null,"\\-",null,"SeDB1C183D"],
[["AB","Topic","Resource "],40,"--","/_-","","AB--Topic--Resource--7A0196BE"],
[["Allow:Events","w:Events","DLQ","Resource"],0,"_","\\x41-\\x43","\u00e9-","\u00e9-AllowEvents_lowEvents_DLQ_303121E6"],
[["\u65e5\u672c","\u672c","Bus"],37,"_","\u00e9","","Bus_0D8475A4"],
[["Src{15*Xy-}"],256,"","-","\u00e9-","\u00e9-Src{15*Xy-}"],
[["caf\u00e9"],252,"","a-c","\u00e9-","\u00e9-caf"],
[["ServiceRole","Bus","Role"],0,"-","\\w-",null,"ServiceRole-Bus-RiceRole-Bus-Role-B7BFF26B"],
[["Queue","-"],40,"-","\\w-","\u00e9-","\u00e9-Queue---8EE06854"],
[["v1.2","cdk-MySid","Policy"],255,null,"a-c","\u00e9-","\u00e9-v12cdkMySidPolicyDE558A67"],
[["Resource","{16*abc}","{39*W}","A-B","cdk-MySid"],null,"-",":",null,"{16*abc}-{39*W}-AB-cdkMySid-8268EBB1"],
[["Policy","{7*Long}"],null,null,"\\w-",null,"Policy{7*Long}73F28245"],
[["Archive"],3,"","\\-","\u00e9-","\u00e9-ArchiArchiveE727B009"],
[["v1.2","Archive"],null,"--","-_","\u00e9-","\u00e9-v12--Archive--82FBC272"],
[["DefaultPolicy","efaultPolicy","Bus","ResourceResource"],10,"-","a-c","Allow-","A-608BB426"],
[["MyRule","Handler","Queue","Src{28*\u00e9t\u00e9}"],1,"--","-","Allow-","Allow-MyRule--Handler--Queue--Src{27*t}ow-MyRule--Handler--Queue--Src{28*t}--C86D048A"],
[["{12*\u00e9t\u00e9}","Allow:Events"],null,"","\\s",null,"{12*t}AllowEventsD7764A40"],
[["Role","DLQ","Resource ","__","DLQ"],37,"_","-","","Role_DLQ_Resource_DLQ_911E566C"],
[["Target0"],7,null,"_","cp-","cp-Target0810E64DC"],
[["EventsRole","MyRule","LogRetention","a"],1,"_","\\W-",null,"EventsRole_MyRule_LogRetentionntsRole_MyRule_LogRetention_a_3E91BEF0"],
[["Src{42*Long}","Bus"],64,"_","-_","\u00e9-","\u00e9-Src{5*Long}Lon{5*ongL}ong_Bus_0103EEB2"],
[["Allow:Events",":Events","MyRule","DEFAULT","A-B"],40,"--","\\S",null,"Allow:Events--My--DEFAULT--A-B--8ACB2688"],
[["{12*Long}","Fn"],0,"-","\\w-",null,"{23*Long}-Fn-FE84AF32"],
[["Pre{11*abc}","e\u0301","Src{16*Long}","default"],8,null,"\\u00e9","cp-","cp-Pre{11*abc}eSrc{16*Long}defaultE357F8D4"],
[["{18*q9}"],7,"--","-_","Allow-","Allow-{18*q9}--EA3B2000"],
[["Stack1","\u00e9","Rule","Pre{21*Long}"],37,"","\\s","Allow-","Allow-Stack1RungLongLongLong7C03B7D7"],
[["Role","cdk-MySid","Queue","Resource ","{29*\u00e9t\u00e9}"],256,"","-\\d","","Rolecdk-MySidQueueResource{29*t}AADD86A8"],
[["{6*\u00e9t\u00e9}","Queue"],252,"--","\u00e9","\u00e9-","\u00e9-{6*\u00e9t\u00e9}--Queue--D30E2FBE"],
[["DefaultPolicy","DEFAULT","Target0"],1,"-","\\u00e9",null,"DefaultPolicy-DEFAULT-TargeaultPolicy-DEFAULT-Target0-C948F20B"],
[["Pre{14*\u00e9t\u00e9}","{11*\u00e9\u00e9t}\u00e9","Pre{22*\u00e9t\u00e9}","ResourceResource"],7,"","\\-","cp-","cp-Pre{14*t}Pre{22*t}ResourceResourceCBC7D585"],
[["\u65e5\u672c","Default"],64,"-","\\d",null,""],
[["ServiceRole","{17*W}","WWWWWW","A-B"],0,"_","-_","\u00e9-","\u00e9-ServiceRole_{17*W}_rviceRole_{17*W}_A-B_75CB79B2"],
[["Pre{29*Xy-}","\u65e5\u672c","\ud83d\ude00"],9,null,"-","\u00e9-","\u00e9-Pre{29*Xy-}3B60CDE8"],
[["Resource","Fn","Bus","Queue"],10,null,"/_-","Allow-","Ae16123FA1"],
[["Target0"],9,"-","-","","Target0"],
[["MyRule","Role"],null,"--",":","Allow-","Allow-MyRule--Role--08F13F96"],
[["Role","{8*Long}"],252,"-",":","Allow-","Allow-Role-{8*Long}-712B6775"],
[["Src{14*Xy-}","e\u0301"],20,null,"\\s","","SrcXyXyXyXye44B927F9"],
[["cdk-MySid","\u00e9"],null,"_","\\W-","cp-","cp-cdk-MySid_\u00e9_09855769"],
[["Handler","Handler"],255,"--","\\x41-\\x43",null,"Handler--9E9AD851"],
[["a"],8,"--","/_-","Allow-","Allow-a"],
[["x y","default","Allow:Events","Queue"],37,"","\\x41-\\x43","","xydefaultAllowEventsQueueCE3D1334"],
[["e\u0301","v1.2"],255,"--","\\u00e9","\u00e9-","\u00e9-e--v12--0DFD7025"],
[["A-B","Rule","Queue","eue","__"],20,"","-\\d","cp-","cp-A-BeQueue808C1F0D"],
[["Role","Bus"],256,"--","","Allow-","Allow-Role--Bus--C68A53B4"],
[["MyArchive"],37,"--","-\\d","","MyArchive"],
[["Handler"],255,"--","\\S",null,"Handler"],
[["default"],3,"_","/_-",null,"defaulfault_C21F969B"],
[["cdk-MySid","Queue","Target0","Target0"],8,"--","/_-",null,"cdk-MySid--Queue--Target0--F70983F7"],
[["Archive","DefaultPolicy","__","ServiceRole"],64,"_","/_-",null,"Archive_DefaultPolicy____ServiceRole_114CAEED"],
[["Pre{18*Xy-}","{19*W}","Pre{19*Long}","Archive"],9,"--","\\w-",null,"Pre{18*Xy-}--{19*W}--Pre{19*Long}--Archive--D37C2C7F"],
[["MyArchive","cdk-MySid","Target0","ResourceResource","Pre{13*Long}"],40,"-","\\-","cp-","cp-MyArchive-cdkongLongLongLong-CC3E6FF0"],
[["DefaultPolicy"],1,"-",null,"cp-","cp-DefaultPoliDefaultPolicy-6BDB91FC"],
[["Role"],10,"",null,null,"Role"],
[["ServiceRole","ole"],0,"-","/_-","\u00e9-","\u00e9-ServiceRrviceRole-40D23DD4"],
[["Subscription"],10,"--",":","Allow-","A-787AD0B7"],
[["DefaultPolicy","cdk-MySid","Allow:Events","{26*q9}"],37,"_","_","\u00e9-","\u00e9-DefaultPolic{6*9q}9_10CA2DEB"],
[["Archive","Resource","ServiceRole"],252,null,"_","\u00e9-","\u00e9-ArchiveServiceRole17FC1374"],
[["Pre{35*q9}"],1,"-","/_-","","Pre{69*q9}-4DE7DD53"],
[["AB","Resource ","MyBus","\u00e9"],10,"--","\\S","\u00e9-","\u00e9-218C587B"],
[["e\u0301"],37,"_",null,null,"e"],
[["MyResource","AB","LogRetention","caf\u00e9"],255,"_","\\s","","MyResource_AB_LogRetention_caf_F56512D1"],
[["{20*Xy-}","default"],7,"--",":","","{20*Xy}--default--1E887750"],
[["AB","Src{16*Xy-}"],40,null,"/_-","cp-","cp-ABSrc{8*Xy-}343F0352"],
[["Subscription","__","LogRetention","MyBus"],3,"-","\\d","Allow-","Allow-Subscription-LogRetention-MyBulow-Subscription-LogRetention-MyBus-33935F21"],
[["DefaultPolicy","MyResource","Src{41*Long}"],255,"","\\d",null,"DefaultPolicyMyResourceSrc{41*Long}C29FCAB5"],
[["e\u0301","A-B","Archive","EventsRole"],37,null,"\\x41-\\x43",null,"eABArchiveEventsRole73450665"],
[["-"],128,"--","\\d","cp-","cp-"],
[["v1.2"],64,null,"-\\d","Allow-","Allow-v12"],
[["Src{10*q9}","A-B","A-B"],0,null,"_","cp-","cp-Src{9*q9}rc{10*q9}AB510A9B84"],
[["Pre{12*q9}"],3,"","_","","Pre{11*q9}e{12*q9}390ED7DF"],
[["Src{8*Long}","{6*ongL}ong","DEFAULT","Default","Target0"],40,"","\\W-","\u00e9-","\u00e9-SrcLongLongLonngDEFAULTTarget018CF7E6D"],
[["ServiceRole","LogRetention"],40,"-","\\x41-\\x43","Allow-","Allow-ServiceRole-LogRetention-60B4B6E2"],
[["DLQ"],8,"-","-","cp-","cp-DLQ"],
[["Fn","Policy","Resource"],37,"","","","FnPolicyF3937D5F"],
[["cdk-MySid","Rule","-","-","MyRule"],128,"","\\d","\u00e9-","\u00e9-cdkMySidRuleMyRule0C036D93"],
[["ServiceRole"],7,"-","\\s","\u00e9-","\u00e9-ServiceRole-675E6F01"],
[["Rule","ResourceResource"],256,"_",".-_","Allow-","Allow-Rule_ResourceResource_82A83F11"],
[["Pre{26*\u00e9t\u00e9}","MyArchive","ve","Default","ult"],37,null,"/_-","\u00e9-","\u00e9-PretttttttttttMyArchiveultC47DC35C"],
[["Subscription","DEFAULT","Queue"],1,"","\\w-",null,"SubscriptionDEFAULTQuscriptionDEFAULTQueue7F513FEA"],
[["{13*Xy-}","Rule","Stack1"],9,"--","\\s","cp-","cp-{13*Xy}--Rule--Stack1--4F376EC0"],
[["caf\u00e9","Allow:Events","DEFAULT"],20,"--","\\S","cp-","cp-cafAULT--2E599C9C"],
[["e\u0301","\ud83d\ude00","v1.2","{30*abc}","{42*Long}"],8,null,null,"","ev12{30*abc}{42*Long}65A6B781"],
[["Queue","DLQ","EventsRole"],0,null,"a-c","cp-","cp-QueueDLQEventsueueDLQEventsRole9E33F8B5"],
[["Resource ","Fn","e\u0301","EventsRole"],64,null,".-_","","ResourceFneEventsRole2A4EF9E5"],
[["cdk-MySid","A-B","Resource ","Fn","EventsRole"],255,"-","","","cdkMySid-AB-Resource-Fn-EventsRole-5A1B24AB"],
[["\u65e5\u672c","Role","default"],10,"_","","Allow-","A_D50F85CC"],
[["Queue","Pre{6*abc}","\ud83d\ude00","Resource "],256,"--","\\u00e9","\u00e9-","\u00e9-Queue--Pre{6*abc}--Resource--9AFDF540"],
[["Queue","ServiceRole","Target0"],7,"_","\\u00e9",null,"Queue_ServiceRole_Target0_D04ACF0F"],
[["\ud83d\ude00","e\u0301","\u00e9","Allow:Events","Role"],20,"_","\\-","cp-","cp-e_A_Role_9159F535"],
[["Fn","ResourceResource","Subscription","{41*Xy-}"],64,"--","\\d","\u00e9-","\u00e9-Fn--ResourceResource--Subs{13*Xy}--ADADABAF"],
[["DLQ","Role","MyRule"],7,"_","\\W-","","DLQ_Role_MyRule_7EB1868A"],
[["Queue","Queue","MyArchive"],9,"","-\\d",null,"QueueMyArchiveB02AF340"],
[["EventsRole"],128,"-","","cp-","cp-EventsRole"],
[["Subscription","MyArchive","Rule","Resource "],128,"-","_","","Subscription-MyArchive-Rule-Resource-26553EC5"],
[["Pre{16*\u00e9t\u00e9}","v1.2","Pre{25*Long}"],1,"","\\u00e9","Allow-","Allow-Pre{16*\u00e9t\u00e9}v12Pre{24*Long}Low-Pre{16*\u00e9t\u00e9}v12Pre{25*Long}887FB744"],
[["{15*q9}","EventsRole"],252,"_","-\\d","","{15*q9}_EventsRole_8833A251"],
[["EventsRole","MyResource","e\u0301"],64,"--","\\s","Allow-","Allow-EventsRole--MyResource--e--7848244F"],
[["Resource ","ResourceResource","rceResource","Src{41*Xy-}","Handler"],20,"","\\s",null,"ResourandlerBAE73D8F"],
[["__","MyResource","MyBus"],null,null,"\\s",null,"MyResourceMyBus5AF0427F"],
[["Default","Allow:Events","Handler"],20,null,"\\W-",null,"Allow:andler73481D4B"],
[["caf\u00e9","caf\u00e9"],128,"--","\\W-","\u00e9-","\u00e9-caf\u00e9--4FF28FD7"],
[["Fn","MyBus","Rule"],1,"--","\\w-","","Fn--MyBus--Rul-MyBus--Rule--555DA18E"],
[["A-B"],7,null,"\\W-","\u00e9-","\u00e9-A-B"],
[["MyRule","yRule","ule"],1,"_","\\-","","MyRuule_C0DBCDA6"],
[["EventsRole"],null,null,":","Allow-","Allow-EventsRole"],
[["EventsRole","Src{6*Xy-}","LogRetention","ResourceResource","DLQ"],null,null,"\\d",null,"EventsRoleSrc{6*Xy}LogRetentionResourceResourceDLQBA20542F"],
[["Src{20*\u00e9t\u00e9}"],8,"","-_","\u00e9-","\u00e9-Src{20*t}029C5B3B"],
[["e\u0301","EventsRole","Topic","Policy"],1,"-","/_-","\u00e9-","\u00e9-e-EventsRole-Topic-Poli-EventsRole-Topic-Policy-C62076F5"],
[["v1.2","1.2"],128,"-","\\d","\u00e9-","\u00e9-v12-177D11D4"],
[["A-B","B","Src{9*q9}","MyRule","MyBus"],10,"_",":","\u00e9-","\u00e9_832A140E"],
[["Default"],null,null,null,null,null],
[["Default","Default"],null,null,null,null,null]
]
"""#

    /// `[ids below the App, generateStackName() or null, artifactId]`
    static let stacks = #"""
[
[["Inner"],"Inner","Inner"],
[["Grp","Inner"],"GrpInner2ACDA281","GrpInner2ACDA281"],
[["Grp","Sub","Inner"],"GrpSubInnerF43AE4F1","GrpSubInnerF43AE4F1"],
[["Default"],"Default","Default"],
[["Default","Inner"],"Inner","Inner"],
[["Grp","Default","Inner"],"GrpInner2ACDA281","GrpInner2ACDA281"],
[["Grp","Resource"],"Grp2409B70E","Grp2409B70E"],
[["Grp","GrpInner"],"GrpGrpInnerB95206A0","GrpGrpInnerB95206A0"],
[["my stack"],"my stack","my_stack"],
[["my_stack"],"my_stack","my_stack"],
[["Stack.v2"],"Stack.v2","Stack.v2"],
[["caf\u00e9"],"caf\u00e9","caf_"],
[["\ud83d\ude00Stack"],"\ud83d\ude00Stack","__Stack"],
[["{128*G}"],"{128*G}","{128*G}"],
[["{129*G}"],"{120*G}0A748B4D","{120*G}0A748B4D"],
[["{70*G-}"],"{70*G}","{70*G}"],
[["Outer","{130*I}"],"Outer{115*I}F10BED68","Outer{115*I}F10BED68"],
[["{70*A}","{70*B}"],"{60*A}{60*B}1D317FD2","{60*A}{60*B}1D317FD2"],
[["Deep","Er","Nested","Construct","Tree","With","Many","Levels","Of","Grouping","Before","The","Stack","Itself","Which","Is","Long","Enough","To","Truncate"],"DeepErNestedConstructTreeWithManyLevelsOfGroupingBeforeTheStackItselfWhichIsLongEnoughToTruncateADB78284","DeepErNestedConstructTreeWithManyLevelsOfGroupingBeforeTheStackItselfWhichIsLongEnoughToTruncateADB78284"],
[["a b","c:d"],"abcd8A25CB70","abcd8A25CB70"],
[["Team-A","Svc_1"],"TeamASvc14EF54215","TeamASvc14EF54215"],
[["Prod","Svc"],null,"ProdSvc66695059"]
]
"""#

    /// `[path below the App, stack name, Names.nodeUniqueId, region, account, generatePhysicalName]`
    static let physicalNames = #"""
[
[["TargetStack","Fn"],"TargetStack","TargetStackFn4E778308","us-west-2","234567890123","targetstacktargetstackfn4e7783085c4607e3e867"],
[["Src","Bus"],"A-Very-Long-Stack-Name-That-Exceeds-Twenty-Five","SrcBusDDBB21A2","eu-west-1","{12*1}","a-very-long-stack-name-thsrcbusddbb21a268c1cb7239de"],
[["S","Group","Deeply","Nested","Resource","Thing"],"S","SGroupDeeplyNestedThingC236B552","us-east-1","123456789012","seeplynestedthingc236b552b4128dfd1bca"],
[["Stack","MyTopic"],"MIXEDCase-Name","StackMyTopic9EF397EE","ap-southeast-2","{12*9}","mixedcase-namestackmytopic9ef397ee4b8fa3903395"],
[["Stack","Default","Handler"],"Stack","StackHandlerEC3124C7","us-east-2","{12*0}","stackstackhandlerec3124c7803512c558ec"]
]
"""#
}
