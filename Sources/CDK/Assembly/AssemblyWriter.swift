import Foundation

/// Writes an assembly's files into a directory as one step: into a temporary
/// sibling directory first, then renamed into place, so a failure leaves the
/// previous output as it was.
public enum AssemblyWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ files: [(path: String, contents: String)], to directory: String) throws {
        try write(files.map { file in (file.path, { file.contents }) }, to: directory)
    }

    /// Writes files rendered one at a time (``CloudAssembly/fileRenderers(_:)``).
    public static func write(_ files: [(path: String, render: () -> String)], to directory: String) throws {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... .max))"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(unique)")
        let previous = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(unique)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.render().utf8).write(to: url)
            }
            var isDirectory: ObjCBool = false
            let exists = fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory)
            if exists {
                guard isDirectory.boolValue else {
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
            throw WriteError(description: "cannot write '\(directory)': \(error.localizedDescription)")
        }
    }
}
