extension TypesetDocument {
    /// Every character the document may print (blocks, table cells, the copy mark, the footer), one
    /// piece a line: what fallback faces are looked for.
    var allText: String {
        var pieces: [String] = [copyMark ?? "", pageFooter ?? ""]
        for block in blocks {
            switch block {
            case .title(let text), .centered(let text), .heading(let text), .paragraph(let text), .plain(let text),
                 .right(let text), .small(let text):
                pieces.append(text)
            case .table(let table):
                pieces += (table.header ?? []) + table.rows.flatMap { $0 }
            case .barChart(let chart):
                pieces += chart.bars.flatMap { [$0.label, $0.valueText] }
            case .blank, .rule, .pageBreak:
                continue
            }
        }
        return pieces.joined(separator: "\n")
    }
}
