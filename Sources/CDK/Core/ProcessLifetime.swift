/// Keeps what a command-line program synthesized until the process ends: such a
/// program exits right after writing, and freeing a large app object by object would
/// take a tenth of the time its synthesis took, for memory the process gives back
/// anyway. Only the values of the last call are kept, so a process that runs many
/// commands (a test run) does not accumulate them.
public enum ProcessLifetime {
    private static let lock = Lock()
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `values` (an app, its assembly) instead of those of the previous call.
    public static func keep(_ values: Any...) {
        let previous = lock.withLock {
            let previous = kept
            kept = values
            return previous
        }
        // The previous values are freed here, outside the lock.
        _ = previous
    }
}
