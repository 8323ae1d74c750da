import CXLSXWriter
import Foundation
import Localization

/// Tables as an XLSX workbook through libxlsxwriter: one sheet a table, the header bold and
/// frozen, cells that read as plain numbers written as numbers (so Excel sums them), the rest as
/// text. The workbook is made in a private temporary folder and returned as bytes, so the caller
/// writes it like any other output (`DocFiles.write`: `--force`, never over the database).
enum XLSXTable {
    struct Sheet {
        let name: String
        let header: [String]
        let rows: [[String]]
    }

    struct Failure: Error {
        let code: Int
    }

    static func workbook(_ sheets: [Sheet]) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("table.xlsx").path
        guard let book = workbook_new(path) else { throw Failure(code: -1) }
        let bold = workbook_add_format(book)
        format_set_bold(bold)
        for (index, sheet) in sheets.enumerated() {
            let sheetName = sheetName(sheet.name, index: index)
            guard let page = workbook_add_worksheet(book, sheetName) else { continue }
            for (column, text) in sheet.header.enumerated() {
                worksheet_write_string(page, 0, lxw_col_t(column), text, bold)
                worksheet_set_column(page, lxw_col_t(column), lxw_col_t(column), column == 0 ? 24 : 10, nil)
            }
            worksheet_freeze_panes(page, 1, 0)
            for (r, row) in sheet.rows.enumerated() {
                for (column, text) in row.enumerated() {
                    if let number = number(text) {
                        worksheet_write_number(page, lxw_row_t(r + 1), lxw_col_t(column), number, nil)
                    } else {
                        worksheet_write_string(page, lxw_row_t(r + 1), lxw_col_t(column), text, nil)
                    }
                }
            }
        }
        let closed = workbook_close(book)
        guard closed == LXW_NO_ERROR else { throw Failure(code: Int(closed.rawValue)) }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// A plain decimal ("12", "87.5", "-3"), not a code with leading zeros or a date.
    static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.count <= 15, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        if text.hasPrefix("0"), text.count > 1, !text.hasPrefix("0.") { return nil }
        return Double(text)
    }

    /// Excel's sheet names: at most 31 characters, none of []:*?/\, unique (the index is added
    /// when the name is cut).
    static func sheetName(_ name: String, index: Int) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        return cleaned.isEmpty ? "Sheet\(index + 1)" : String(cleaned.prefix(28)) + (cleaned.count > 28 ? "\(index + 1)" : "")
    }
}
