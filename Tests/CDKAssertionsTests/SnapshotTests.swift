@testable import CDKAssertions
import Foundation
import Testing

/// A fresh temporary directory for one test, removed when the test ends.
private final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("CDKAssertionsTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).path
    }

    func write(_ contents: String, to relative: String) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The regular files under the directory, relative and sorted.
    func files() -> [String] {
        Snapshot.regularFiles(in: url).sorted()
    }
}


@Suite struct SnapshotFileTests {
    @Test func matchingSnapshotPasses() throws {
        let directory = try TemporaryDirectory()
        try directory.write("{\n  \"a\": 1\n}\n", to: "a.json")
        try Snapshot.assertMatches("{\n  \"a\": 1\n}\n", snapshot: directory.path("a.json"), filePath: #filePath, recordMode: false)
    }

    @Test func mismatchShowsALineDiffAndTheRecordHint() throws {
        let directory = try TemporaryDirectory()
        try directory.write("one\ntwo\nthree", to: "a.txt")
        let message = failureMessage {
            try Snapshot.assertMatches("one\n2\nthree", snapshot: directory.path("a.txt"), filePath: #filePath, recordMode: false)
        }
        #expect(message == """
            snapshot '\(directory.path("a.txt"))' does not match the output (- snapshot, + output):
            @@ -1,3 +1,3 @@
             one
            -two
            +2
             three
            to accept the output as the new snapshot: RECORD_SNAPSHOTS=1 swift test
            """)
    }

    @Test func differenceInBytesOnlyIsStillAMismatch() throws {
        let directory = try TemporaryDirectory()
        try directory.write("caf\u{65}\u{301}", to: "a.txt")
        let message = try #require(failureMessage {
            try Snapshot.assertMatches("caf\u{E9}", snapshot: directory.path("a.txt"), filePath: #filePath, recordMode: false)
        })
        #expect(message.contains("-caf\u{65}\u{301}\n+caf\u{E9}"))
    }

    @Test func missingSnapshotFailsAndIsNotWritten() throws {
        let directory = try TemporaryDirectory()
        let message = failureMessage {
            try Snapshot.assertMatches("x", snapshot: directory.path("new.txt"), filePath: #filePath, recordMode: false)
        }
        #expect(message == "snapshot '\(directory.path("new.txt"))' does not exist; record it with: RECORD_SNAPSHOTS=1 swift test")
        #expect(directory.read("new.txt") == nil)
    }

    @Test func recordModeWritesTheSnapshotAndFailsOnce() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("Snapshots/new.txt")
        #expect(failureMessage { try Snapshot.assertMatches("x\n", snapshot: path, filePath: #filePath, recordMode: true) }
            == "recorded snapshot '\(path)' (new); run the tests again without RECORD_SNAPSHOTS to compare")
        #expect(directory.read("Snapshots/new.txt") == "x\n")
        try Snapshot.assertMatches("x\n", snapshot: path, filePath: #filePath, recordMode: false)
    }

    @Test func recordModeReplacesAChangedSnapshot() throws {
        let directory = try TemporaryDirectory()
        try directory.write("old", to: "a.txt")
        let message = failureMessage { try Snapshot.assertMatches("new", snapshot: directory.path("a.txt"), filePath: #filePath, recordMode: true) }
        #expect(message?.hasPrefix("recorded snapshot '\(directory.path("a.txt"))' (changed)") == true)
        #expect(directory.read("a.txt") == "new")
    }

    @Test func relativePathIsRelativeToTheTestFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x", to: "Snapshots/a.txt")
        try Snapshot.assertMatches("x", snapshot: "Snapshots/a.txt", filePath: directory.path("SomeTests.swift"), recordMode: false)
    }

    @Test func recordModeComesFromTheEnvironmentVariable() {
        #expect(Snapshot.recordMode(in: ["RECORD_SNAPSHOTS": "1"]))
        #expect(Snapshot.recordMode(in: ["RECORD_SNAPSHOTS": "true"]))
        #expect(Snapshot.recordMode(in: ["RECORD_SNAPSHOTS": "TRUE"]))
        #expect(!Snapshot.recordMode(in: ["RECORD_SNAPSHOTS": "0"]))
        #expect(!Snapshot.recordMode(in: ["RECORD_SNAPSHOTS": ""]))
        #expect(!Snapshot.recordMode(in: [:]))
    }
}

@Suite struct SnapshotDirectoryTests {
    let files: [(path: String, contents: String)] = [
        (path: "manifest.json", contents: "{}\n"),
        (path: "Stack1.template.json", contents: "{\n  \"Resources\": {}\n}"),
    ]

    @Test func matchingDirectoryPasses() throws {
        let directory = try TemporaryDirectory()
        for file in files { try directory.write(file.contents, to: file.path) }
        try Snapshot.assertDirectoryMatches(files, directory: directory.url.path, filePath: #filePath, recordMode: false)
    }

    @Test func missingExtraAndDifferingFilesAreAllReported() throws {
        let directory = try TemporaryDirectory()
        try directory.write("{\n  \"Resources\": {\"A\": 1}\n}", to: "Stack1.template.json")
        try directory.write("stale", to: "Old/Stack0.template.json")
        let message = failureMessage {
            try Snapshot.assertDirectoryMatches(files, directory: directory.url.path, filePath: #filePath, recordMode: false)
        }
        #expect(message == """
            snapshot directory '\(directory.url.path)' does not match the output:
              missing 'manifest.json': in the output, not in the snapshot
              extra 'Old/Stack0.template.json': in the snapshot, not in the output
              'Stack1.template.json' differs (- snapshot, + output):
                @@ -1,3 +1,3 @@
                 {
                -  "Resources": {"A": 1}
                +  "Resources": {}
                 }
            to accept the output as the new snapshot: RECORD_SNAPSHOTS=1 swift test
            """)
    }

    @Test func missingDirectoryFailsAndIsNotCreated() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.path("Templates/Sample")
        #expect(failureMessage { try Snapshot.assertDirectoryMatches(files, directory: missing, filePath: #filePath, recordMode: false) }
            == "snapshot directory '\(missing)' does not exist; record it with: RECORD_SNAPSHOTS=1 swift test")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func recordModeReplacesTheWholeDirectoryAndFailsOnce() throws {
        let directory = try TemporaryDirectory()
        try directory.write("{}\n", to: "manifest.json")
        try directory.write("old", to: "Stack1.template.json")
        try directory.write("stale", to: "Old/Nested/Stack0.template.json")
        let message = failureMessage {
            try Snapshot.assertDirectoryMatches(files + [(path: "assets/a.txt", contents: "a")], directory: directory.url.path, filePath: #filePath, recordMode: true)
        }
        #expect(message == "recorded snapshot directory '\(directory.url.path)' (1 new, 1 changed, 1 removed, 1 unchanged); "
            + "run the tests again without RECORD_SNAPSHOTS to compare")
        #expect(directory.files() == ["Stack1.template.json", "assets/a.txt", "manifest.json"])
        #expect(!FileManager.default.fileExists(atPath: directory.path("Old")))
        try Snapshot.assertDirectoryMatches(files + [(path: "assets/a.txt", contents: "a")], directory: directory.url.path, filePath: #filePath, recordMode: false)
    }

    @Test func recordModeCreatesAMissingDirectory() throws {
        let directory = try TemporaryDirectory()
        let target = directory.path("Templates/Sample")
        #expect(failureMessage { try Snapshot.assertDirectoryMatches(files, directory: target, filePath: #filePath, recordMode: true) } != nil)
        try Snapshot.assertDirectoryMatches(files, directory: target, filePath: #filePath, recordMode: false)
    }

    @Test func pathsOutsideTheDirectoryAreRefused() throws {
        let directory = try TemporaryDirectory()
        for path in ["../escape.json", "/etc/x.json", "", "a/../../b"] {
            #expect(failureMessage {
                try Snapshot.assertDirectoryMatches([(path: path, contents: "x")], directory: directory.path("d"), filePath: #filePath, recordMode: true)
            } == "snapshot file path '\(path)' is not a relative path inside the directory")
        }
        #expect(directory.files().isEmpty)
    }

    @Test func repeatedPathIsRefused() throws {
        let directory = try TemporaryDirectory()
        #expect(failureMessage {
            try Snapshot.assertDirectoryMatches([(path: "a", contents: "1"), (path: "./a", contents: "2")], directory: directory.url.path, filePath: #filePath, recordMode: false)
        } == "the output lists the file 'a' twice")
    }
}

@Suite struct LineDiffTests {
    @Test func sameLinesGiveAnEmptyDiff() {
        #expect(LineDiff().render(from: "a\nb", to: "a\nb").isEmpty)
    }

    @Test func changesAreShownWithContextAndLineNumbers() {
        let old = (1...10).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "5", with: "five")
        #expect(LineDiff().render(from: old, to: new) == """
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8
            """)
    }

    @Test func distantChangesGetSeparateHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "\n2\n", with: "\nB\n").replacingOccurrences(of: "19", with: "S")
        let hunks = LineDiff().render(from: old, to: new).components(separatedBy: "\n").filter { $0.hasPrefix("@@") }
        #expect(hunks == ["@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"])
    }

    @Test func insertionAtTheStartCountsFromZero() {
        #expect(LineDiff(context: 0).render(from: "b", to: "a\nb") == "@@ -0,0 +1,1 @@\n+a")
    }

    @Test func missingFinalNewlineShows() {
        #expect(LineDiff().render(from: "a\n", to: "a") == "@@ -1,2 +1,1 @@\n a\n-")
    }

    @Test func longDiffIsTrimmed() {
        let old = (1...200).map { "line \($0)" }.joined(separator: "\n")
        let new = (1...200).map { "changed \($0)" }.joined(separator: "\n")
        let lines = LineDiff(maximumLines: 10).render(from: old, to: new).components(separatedBy: "\n")
        #expect(lines.count == 11)
        #expect(lines.last == "… 391 more diff lines")
    }

    @Test func longLinesAreClipped() {
        let diff = LineDiff(maximumLineLength: 5).render(from: "abcdefghij", to: "x")
        #expect(diff == "@@ -1,1 +1,1 @@\n-abcde…\n+x")
    }
}
