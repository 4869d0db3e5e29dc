/// A line diff in the unified format, computed with `CollectionDifference`: hunks
/// headed `@@ -old +new @@`, removed lines `-`, added lines `+`, context lines ` `.
struct LineDiff {
    /// Unchanged lines shown around each change.
    var context = 3
    /// Lines of output at most; the rest is summarised in one line.
    var maximumLines = 60
    /// Characters per line at most.
    var maximumLineLength = 200

    /// The diff from `old` to `new`, empty when their lines are the same.
    func render(from old: String, to new: String) -> String {
        let oldLines = LineDiff.lines(old)
        let newLines = LineDiff.lines(new)
        let difference = newLines.difference(from: oldLines)

        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }

        // Walk both sides at once: one entry per output line, with its line numbers.
        var entries: [(marker: Character, text: String, oldIndex: Int, newIndex: Int)] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < oldLines.count || newIndex < newLines.count {
            if oldIndex < oldLines.count, removed.contains(oldIndex) {
                entries.append(("-", oldLines[oldIndex].text, oldIndex, newIndex))
                oldIndex += 1
            } else if newIndex < newLines.count, inserted.contains(newIndex) {
                entries.append(("+", newLines[newIndex].text, oldIndex, newIndex))
                newIndex += 1
            } else if oldIndex < oldLines.count, newIndex < newLines.count {
                entries.append((" ", oldLines[oldIndex].text, oldIndex, newIndex))
                oldIndex += 1
                newIndex += 1
            } else {
                break
            }
        }

        let changed = entries.indices.filter { entries[$0].marker != " " }
        guard !changed.isEmpty else { return "" }

        // Changes closer than twice the context share a hunk.
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(entries.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }

        var output: [String] = []
        for hunk in hunks {
            let slice = entries[hunk]
            let oldCount = slice.filter { $0.marker != "+" }.count
            let newCount = slice.filter { $0.marker != "-" }.count
            let first = entries[hunk.lowerBound]
            output.append("@@ -\(first.oldIndex + (oldCount > 0 ? 1 : 0)),\(oldCount) +\(first.newIndex + (newCount > 0 ? 1 : 0)),\(newCount) @@")
            for entry in slice {
                output.append(String(entry.marker) + clipped(entry.text))
            }
        }
        if output.count > maximumLines {
            let rest = output.count - maximumLines
            output = Array(output.prefix(maximumLines)) + ["… \(rest) more diff lines"]
        }
        return output.joined(separator: "\n")
    }

    private func clipped(_ text: String) -> String {
        text.count > maximumLineLength ? text.prefix(maximumLineLength) + "…" : text
    }

    /// A line that compares by its bytes, so text differing only in Unicode
    /// normalization still shows up in the diff.
    struct Line: Equatable {
        var text: String

        static func == (lhs: Line, rhs: Line) -> Bool {
            lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }
    }

    /// The lines of `text`, split at each `\n` byte (a `\r` before it stays in the
    /// line); a final newline gives a final empty line, so a missing one shows.
    static func lines(_ text: String) -> [Line] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { Line(text: String(decoding: $0, as: UTF8.self)) }
    }
}
