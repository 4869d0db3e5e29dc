import Foundation

/// Snapshot assertions: output compared byte for byte with files checked in next to
/// the tests, as swift-argument-parser's test helpers do.
///
/// To record or re-record snapshots, run the tests with the environment variable
/// `RECORD_SNAPSHOTS` set to `1` or `true`: each assertion then writes its snapshot
/// and still fails, once, so that a recording run never passes by accident; run the
/// tests again to compare. Without the variable nothing is ever written.
///
/// A relative snapshot path is relative to the folder of the test file that makes
/// the assertion (`Snapshots/Rule.json` next to `RuleTests.swift`); an absolute
/// path is used as it is.
public enum Snapshot {
    /// The environment variable that turns on record mode.
    static let recordVariable = "RECORD_SNAPSHOTS"
    static let recordHint = "RECORD_SNAPSHOTS=1 swift test"

    /// Whether `environment` asks for snapshots to be recorded.
    static func recordMode(in environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard let value = environment[recordVariable] else { return false }
        return ["1", "true"].contains(value.lowercased())
    }

    /// Asserts that `actual` is byte for byte the contents of the snapshot file at `path`.
    ///
    /// - Throws: `AssertionFailure` with a line diff when they differ, when the
    ///   snapshot does not exist, and after recording it in record mode.
    public static func assertMatches(_ actual: String, snapshot path: String, filePath: String = #filePath) throws {
        try assertMatches(actual, snapshot: path, filePath: filePath, recordMode: recordMode())
    }

    /// Asserts that the directory at `directory` holds exactly `files`: each path
    /// (relative to `directory`) with these contents byte for byte, and no other file.
    ///
    /// In record mode, replaces the directory's contents with `files`.
    ///
    /// - Throws: `AssertionFailure` listing the missing, extra and differing files,
    ///   with a line diff for each differing one; after recording in record mode.
    public static func assertDirectoryMatches(_ files: [(path: String, contents: String)], directory: String, filePath: String = #filePath) throws {
        try assertDirectoryMatches(files, directory: directory, filePath: filePath, recordMode: recordMode())
    }
}

// MARK: - One file

extension Snapshot {
    static func assertMatches(_ actual: String, snapshot path: String, filePath: String, recordMode: Bool) throws {
        let url = resolve(path, relativeTo: filePath)
        let existing = FileManager.default.contents(atPath: url.path)
        let actualData = Data(actual.utf8)
        if recordMode {
            try write(actualData, to: url)
            let state = existing == nil ? "new" : existing == actualData ? "unchanged" : "changed"
            throw AssertionFailure("recorded snapshot '\(url.path)' (\(state)); run the tests again without \(recordVariable) to compare")
        }
        guard let existing else {
            throw AssertionFailure("snapshot '\(url.path)' does not exist; record it with: \(recordHint)")
        }
        guard existing != actualData else { return }
        let diff = LineDiff().render(from: String(decoding: existing, as: UTF8.self), to: actual)
        throw AssertionFailure("""
            snapshot '\(url.path)' does not match the output (- snapshot, + output):
            \(diff.isEmpty ? "(the lines are the same; the bytes differ)" : diff)
            to accept the output as the new snapshot: \(recordHint)
            """)
    }
}

// MARK: - A directory

extension Snapshot {
    static func assertDirectoryMatches(_ files: [(path: String, contents: String)], directory: String, filePath: String, recordMode: Bool) throws {
        let root = resolve(directory, relativeTo: filePath)
        var expected: [String: Data] = [:]
        for file in files {
            let path = try normalized(file.path)
            guard expected.updateValue(Data(file.contents.utf8), forKey: path) == nil else {
                throw AssertionFailure("the output lists the file '\(path)' twice")
            }
        }
        let present = regularFiles(in: root)

        if recordMode {
            try record(expected, present: present, in: root)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw AssertionFailure("snapshot directory '\(root.path)' does not exist; record it with: \(recordHint)")
        }

        var problems: [String] = []
        var diffLines = 0
        for path in expected.keys.sorted() where !present.contains(path) {
            problems.append("  missing '\(path)': in the output, not in the snapshot")
        }
        for path in present.sorted() where expected[path] == nil {
            problems.append("  extra '\(path)': in the snapshot, not in the output")
        }
        for path in expected.keys.sorted() where present.contains(path) {
            guard let actual = expected[path] else { continue }
            let existing = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) ?? Data()
            guard existing != actual else { continue }
            problems.append("  '\(path)' differs (- snapshot, + output):")
            // Diff the first files in full; name the rest, so the message stays readable.
            guard diffLines < 150 else { continue }
            let diff = LineDiff(maximumLines: 40).render(from: String(decoding: existing, as: UTF8.self), to: String(decoding: actual, as: UTF8.self))
            let lines = diff.isEmpty ? ["(the lines are the same; the bytes differ)"] : diff.components(separatedBy: "\n")
            problems += lines.map { "    " + $0 }
            diffLines += lines.count
        }
        guard !problems.isEmpty else { return }
        throw AssertionFailure(
            (["snapshot directory '\(root.path)' does not match the output:"] + problems + ["to accept the output as the new snapshot: \(recordHint)"])
                .joined(separator: "\n"))
    }

    /// Replaces the directory's files with `expected`, then fails with what changed.
    private static func record(_ expected: [String: Data], present: Set<String>, in root: URL) throws -> Never {
        var new = 0, changed = 0, unchanged = 0
        for (path, contents) in expected {
            let url = root.appendingPathComponent(path)
            if !present.contains(path) {
                new += 1
            } else if FileManager.default.contents(atPath: url.path) == contents {
                unchanged += 1
                continue
            } else {
                changed += 1
            }
            try write(contents, to: url)
        }
        let extra = present.subtracting(expected.keys)
        do {
            for path in extra {
                try FileManager.default.removeItem(at: root.appendingPathComponent(path))
            }
            try removeEmptyDirectories(in: root)
        } catch {
            throw AssertionFailure("could not remove files from snapshot directory '\(root.path)': \(error)")
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        throw AssertionFailure(
            "recorded snapshot directory '\(root.path)' (\(new) new, \(changed) changed, \(extra.count) removed, \(unchanged) unchanged); "
                + "run the tests again without \(recordVariable) to compare")
    }
}

// MARK: - Files

extension Snapshot {
    /// `path` as an absolute URL: relative paths from the folder of `filePath`.
    static func resolve(_ path: String, relativeTo filePath: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        return URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
    }

    /// A relative path inside a snapshot directory, without `.` components; `..` and
    /// absolute paths are refused, so recording never writes outside the directory.
    static func normalized(_ path: String) throws -> String {
        let components = path.split(separator: "/").filter { $0 != "." }
        guard !path.hasPrefix("/"), !components.isEmpty, !components.contains("..") else {
            throw AssertionFailure("snapshot file path '\(path)' is not a relative path inside the directory")
        }
        return components.joined(separator: "/")
    }

    /// The paths of the regular files under `root`, relative to it; none when it does
    /// not exist. `.DS_Store` files, which macOS's Finder leaves, do not count.
    static func regularFiles(in root: URL) -> Set<String> {
        var files = Set<String>()
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(path).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if (path as NSString).lastPathComponent == ".DS_Store" { continue }
            files.insert(path)
        }
        return files
    }

    private static func removeEmptyDirectories(in root: URL) throws {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return }
        var directories: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory), isDirectory.boolValue {
                directories.append(path)
            }
        }
        // Deepest first, so a folder whose only content is empty folders goes too.
        for path in directories.sorted(by: { $0.split(separator: "/").count > $1.split(separator: "/").count }) {
            let url = root.appendingPathComponent(path)
            if try FileManager.default.contentsOfDirectory(atPath: url.path).isEmpty {
                try FileManager.default.removeItem(at: url)
            }
        }
    }

    private static func write(_ contents: Data, to url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, options: .atomic)
        } catch {
            throw AssertionFailure("could not write snapshot '\(url.path)': \(error)")
        }
    }
}
