#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an assembly's files into a directory as one step: into a temporary
/// sibling directory first, then renamed into place, so a failure leaves the
/// previous output as it was.
public enum AssemblyWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ files: [(path: String, contents: String)], to directory: String) throws {
        try write(files.map { file in (file.path, { $0.bytes.append(contentsOf: file.contents.utf8) }) }, to: directory)
    }

    /// Writes files rendered one at a time (``CloudAssembly/fileRenderers(_:)``), as
    /// many at once as there are processors: rendering is most of the work, and each
    /// file's is independent of the others'.
    public static func write(_ files: [(path: String, render: (inout FileOutput) -> Void)], to directory: String) throws {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... .max))"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(unique)")
        let previous = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(unique)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders = Set<String>()
            let paths = files.map { staging.appendingPathComponent($0.path) }
            for url in paths where folders.insert(url.deletingLastPathComponent().path).inserted {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            let failures = FailureList()
            // The last files (the construct tree) are the largest: started first, they do
            // not leave one processor working alone at the end.
            DispatchQueue.concurrentPerform(iterations: files.count) { iteration in
                let index = files.count - 1 - iteration
                if let failure = writeFile(files[index].render, to: paths[index].path) { failures.append(failure) }
            }
            if let failure = failures.first { throw failure }
            var status = stat()
            let exists = stat(target.path, &status) == 0
            if exists {
                guard status.st_mode & S_IFMT == S_IFDIR else {
                    throw WriteError(description: "'\(directory)' exists and is not a directory")
                }
                try fileManager.moveItem(at: target, to: previous)
            }
            do {
                try fileManager.moveItem(at: staging, to: target)
            } catch {
                if exists { try? fileManager.moveItem(at: previous, to: target) }
                throw error
            }
            if exists { try? fileManager.removeItem(at: previous) }
        } catch {
            try? fileManager.removeItem(at: staging)
            if let error = error as? WriteError { throw error }
            throw WriteError(description: "cannot write '\(directory)': \(error)")
        }
    }
}

/// Errors found by concurrent writes.
private final class FailureList: @unchecked Sendable {
    private let lock = Lock()
    private var failures: [AssemblyWriter.WriteError] = []

    func append(_ failure: AssemblyWriter.WriteError) {
        lock.withLock { failures.append(failure) }
    }

    var first: AssemblyWriter.WriteError? {
        lock.withLock { failures.first }
    }
}

/// Writes what `render` renders to a new file at `path`, a block at a time; the error
/// if it cannot.
private func writeFile(_ render: (inout FileOutput) -> Void, to path: String) -> AssemblyWriter.WriteError? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
        return AssemblyWriter.WriteError(description: "cannot create '\(path)': \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    var failure: AssemblyWriter.WriteError?
    var output = FileOutput { bytes in
        guard failure == nil else { return }
        failure = writeAll(bytes, to: descriptor, path: path)
    }
    render(&output)
    output.finish()
    return failure
}

private func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) -> AssemblyWriter.WriteError? {
    bytes.withUnsafeBytes { buffer -> AssemblyWriter.WriteError? in
        guard let start = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, start + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return AssemblyWriter.WriteError(description: "cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        return nil
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
