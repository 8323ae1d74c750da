/// A unified diff (`diff -u`) of two texts, line by line, with three lines of context: what the
/// legal post reads before confirming a draft (issue 14). Pure, so it is tested without a database.
public enum UnifiedDiff {
    public static let context = 3

    /// One line of the edit script.
    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The diff's lines, headers first; empty when the texts are the same.
    public static func lines(old: String, new: String, oldName: String, newName: String) -> [String] {
        let before = split(old)
        let after = split(new)
        let script = edits(before, after)
        guard script.contains(where: { if case .same = $0 { false } else { true } }) else { return [] }
        return ["--- \(oldName)", "+++ \(newName)"] + hunks(script)
    }

    static func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The shortest edit script by the longest common subsequence, common prefix and suffix
    /// trimmed first (a definition edit changes a few lines of a few hundred).
    static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        // lengths[i][j]: the longest common subsequence of x[i...] and y[j...].
        let width = y.count + 1
        var lengths = [Int32](repeating: 0, count: (x.count + 1) * width)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = x[i] == y[j] ? lengths[(i + 1) * width + j + 1] + 1 : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var middle: [Edit] = []
        var i = 0
        var j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                middle.append(.same(x[i]))
                i += 1
                j += 1
            } else if j < y.count, i == x.count || lengths[i * width + j + 1] >= lengths[(i + 1) * width + j] {
                middle.append(.added(y[j]))
                j += 1
            } else {
                middle.append(.removed(x[i]))
                i += 1
            }
        }
        // Removals before additions within a run, as diff -u prints them.
        var ordered: [Edit] = []
        var removed: [Edit] = []
        var added: [Edit] = []
        for edit in middle {
            switch edit {
            case .same:
                ordered += removed + added + [edit]
                removed = []
                added = []
            case .removed: removed.append(edit)
            case .added: added.append(edit)
            }
        }
        ordered += removed + added
        return a[..<prefix].map(Edit.same) + ordered + a[(a.count - suffix)...].map(Edit.same)
    }

    /// Groups the script into hunks with `context` lines around each change.
    static func hunks(_ script: [Edit]) -> [String] {
        let changed = script.indices.filter { if case .same = script[$0] { false } else { true } }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(script.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        // Line numbers before each script position, in the old and the new text.
        var oldLine = [Int](repeating: 0, count: script.count + 1)
        var newLine = [Int](repeating: 0, count: script.count + 1)
        for (index, edit) in script.enumerated() {
            oldLine[index + 1] = oldLine[index] + (edit == .added(edit.text) ? 0 : 1)
            newLine[index + 1] = newLine[index] + (edit == .removed(edit.text) ? 0 : 1)
        }
        var output: [String] = []
        for range in ranges {
            let oldCount = oldLine[range.upperBound + 1] - oldLine[range.lowerBound]
            let newCount = newLine[range.upperBound + 1] - newLine[range.lowerBound]
            let oldStart = oldCount == 0 ? oldLine[range.lowerBound] : oldLine[range.lowerBound] + 1
            let newStart = newCount == 0 ? newLine[range.lowerBound] : newLine[range.lowerBound] + 1
            output.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for edit in script[range] {
                switch edit {
                case let .same(text): output.append(" " + text)
                case let .removed(text): output.append("-" + text)
                case let .added(text): output.append("+" + text)
                }
            }
        }
        return output
    }
}

extension UnifiedDiff.Edit {
    var text: String {
        switch self {
        case let .same(text), let .removed(text), let .added(text): text
        }
    }
}
