import Localization
import Typesetting

/// A document's stored text (the line markup) laid out two ways: as typeset blocks for the PDF,
/// and as plain text for the desk's preview and `.txt` output. Both read the same lines, so the
/// preview shows what prints.
public enum DocumentLayout {
    /// Width of plain text output in display columns: a CJK character takes two.
    public static let plainWidth = 72

    public static func blocks(_ body: String) -> [TypesetBlock] {
        var blocks: [TypesetBlock] = []
        var table: (widths: [Double]?, header: [String]?, rows: [[String]])?
        func flushTable() {
            guard let pending = table else { return }
            let columns = max(pending.widths?.count ?? 0, pending.header?.count ?? 0, pending.rows.map(\.count).max() ?? 0)
            let widths = pending.widths.flatMap { $0.count == columns ? $0 : nil } ?? Array(repeating: 1, count: columns)
            let rows = pending.rows.map { $0 + Array(repeating: "", count: max(0, columns - $0.count)) }
            blocks.append(.table(TypesetTable(columnWidths: widths, header: pending.header, rows: rows, fontSize: 12)))
            table = nil
        }
        for line in MarkupLine.parseDocument(body) {
            switch line {
            case let .tableWidths(widths): flushTable(); table = (widths, nil, [])
            case let .tableHeader(cells): if table == nil { table = (nil, nil, []) }; table?.header = cells
            case let .tableRow(cells): if table == nil { table = (nil, nil, []) }; table?.rows.append(cells)
            default:
                flushTable()
                blocks.append(block(line))
            }
        }
        flushTable()
        return blocks
    }

    static func block(_ line: MarkupLine) -> TypesetBlock {
        switch line {
        case let .title(text): .title(text)
        case let .centered(text): .centered(text)
        case let .heading(text): .heading(text)
        case let .plain(text): .plain(text)
        case let .right(text): .right(text)
        case let .paragraph(text): .paragraph(text)
        case let .small(text): .small(text)
        case .rule: .rule
        case .pageBreak: .pageBreak
        case .blank, .tableWidths, .tableHeader, .tableRow: .blank
        }
    }

    /// Plain text: titles centred, paragraphs indented two full-width spaces and wrapped, table
    /// rows as "label：value" lines, the signature block pushed right. A copy carries its mark on
    /// the first line.
    public static func plainText(_ body: String, copyMark: String? = nil, width: Int = plainWidth) -> String {
        var lines: [String] = []
        if let copyMark { lines.append(String(repeating: " ", count: max(0, width - DisplayWidth.of(copyMark) - 4)) + "【" + copyMark + "】") }
        for line in MarkupLine.parseDocument(body) {
            switch line {
            case let .title(text), let .centered(text):
                lines += DisplayWidth.wrap(text, to: width).map { centred($0, width) }
            case let .heading(text), let .plain(text), let .small(text):
                lines += DisplayWidth.wrap(text, to: width)
            case let .paragraph(text):
                lines += DisplayWidth.wrap("　　" + text, to: width)
            case let .right(text):
                lines.append(String(repeating: " ", count: max(0, width - DisplayWidth.of(text) - 8)) + text)
            case let .tableHeader(cells), let .tableRow(cells):
                let flat = cells.map { $0.replacingOccurrences(of: "\n", with: "") }.filter { !$0.isEmpty }
                lines += DisplayWidth.wrap(flat.joined(separator: "："), to: width)
            case .rule:
                lines.append(String(repeating: "-", count: width))
            case .pageBreak:
                lines.append("")
                lines.append(String(repeating: "=", count: width))
                lines.append("")
            case .blank:
                lines.append("")
            case .tableWidths:
                continue
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func centred(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, (width - DisplayWidth.of(text)) / 2)) + text
    }
}
