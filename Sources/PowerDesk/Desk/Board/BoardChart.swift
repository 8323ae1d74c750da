/// Charts drawn with the terminal's block characters: one column a value, eighths of a cell for
/// the fraction, so they need no graphics and read on any UTF-8 terminal.
enum BoardChart {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// One character per value, its height proportional to the largest; zero is a space.
    static func sparkline(_ values: [Int]) -> String {
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: " ", count: values.count) }
        return String(values.map { value -> Character in
            guard value > 0 else { return " " }
            let index = Int((Double(value) / Double(top) * Double(levels.count)).rounded(.up)) - 1
            return levels[min(levels.count - 1, max(0, index))]
        })
    }

    /// A horizontal bar `width` columns long at `maximum`, in eighths of a column; a value above
    /// zero always shows at least a sliver.
    static func bar(_ value: Double, maximum: Double, width: Int) -> String {
        guard width > 0, maximum > 0, value > 0 else { return "" }
        let eighths = max(1, min(width * 8, Int((value / maximum * Double(width * 8)).rounded())))
        var text = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { text.append(partials[eighths % 8 - 1]) }
        return text
    }
}
