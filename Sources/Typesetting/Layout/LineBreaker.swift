/// Splits one paragraph into lines by measured advances. Greedy, then stepped back to the last
/// place `LineBreakRules` allows; a run longer than a whole line is cut where it must.
enum LineBreaker {
    /// Slack for floating-point sums: 28 grid advances must fit exactly 156 mm.
    static let tolerance = 0.001

    /// The characters of each line. Spaces where a line wraps are left out of both lines; spaces
    /// the author typed at the very start or end are kept. Empty input gives one empty line.
    static func breakLines(
        _ characters: [Character], advances: [Double], firstWidth: Double, width: Double
    ) -> [Range<Int>] {
        let count = min(characters.count, advances.count)
        guard count > 0 else { return [0..<0] }
        var lines: [Range<Int>] = []
        var start = 0
        while start < count {
            if !lines.isEmpty {
                while start < count, LineBreakRules.isSpace(characters[start]) { start += 1 }
                if start == count { break }
            }
            let available = lines.isEmpty ? firstWidth : width
            var end = start
            var used = 0.0
            while end < count, used + advances[end] <= available + tolerance {
                used += advances[end]
                end += 1
            }
            if end == count {
                lines.append(start..<count)
                break
            }
            var cut = lastBreak(in: characters, from: start, upTo: end, relaxed: false)
            if cut == start {
                cut = lastBreak(in: characters, from: start, upTo: end, relaxed: true)
            }
            if cut == start { cut = max(end, start + 1) }
            var lineEnd = cut
            while lineEnd > start, LineBreakRules.isSpace(characters[lineEnd - 1]) { lineEnd -= 1 }
            lines.append(start..<lineEnd)
            start = cut
        }
        return lines
    }

    /// The last position in `start+1...end` where the line may end, or `start` if none.
    private static func lastBreak(in characters: [Character], from start: Int, upTo end: Int, relaxed: Bool) -> Int {
        var cut = end
        while cut > start, !LineBreakRules.canBreak(characters, at: cut, relaxed: relaxed) { cut -= 1 }
        return cut
    }
}
