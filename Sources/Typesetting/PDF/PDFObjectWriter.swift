/// Serialises numbered objects and finishes the file with a cross-reference table whose byte
/// offsets are counted while writing, so they are right by construction.
struct PDFObjectWriter {
    private(set) var output: [UInt8] = []
    private var offsets: [Int?]

    init(objectCount: Int) {
        offsets = Array(repeating: nil, count: objectCount)
        append("%PDF-1.7\n%")
        // A binary comment line, so transfer tools treat the file as binary.
        output += [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    }

    mutating func append(_ text: String) {
        output += Array(text.utf8)
    }

    /// Writes object `number` (1-based) with a body such as a dictionary.
    mutating func object(_ number: Int, _ body: String) {
        begin(number)
        append(body)
        append("\nendobj\n")
    }

    /// Writes a stream object; `entries` are extra dictionary entries, /Length is added here.
    mutating func stream(_ number: Int, entries: String, data: [UInt8]) {
        begin(number)
        append("<< /Length \(data.count)\(entries.isEmpty ? "" : " " + entries) >>\nstream\n")
        output += data
        append("\nendstream\nendobj\n")
    }

    private mutating func begin(_ number: Int) {
        if number >= 1, number <= offsets.count { offsets[number - 1] = output.count }
        append("\(number) 0 obj\n")
    }

    /// The cross-reference table, trailer and end marker; returns the finished file.
    mutating func finish(root: Int, info: Int, identifier: [UInt8]) -> [UInt8] {
        let xref = output.count
        append("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n")
        for offset in offsets {
            if let offset {
                let digits = String(offset)
                append(String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n")
            } else {
                append("0000000000 65535 f \n")
            }
        }
        let id = PDFText.hex(bytes: identifier)
        append("trailer\n<< /Size \(offsets.count + 1) /Root \(root) 0 R /Info \(info) 0 R /ID [<\(id)> <\(id)>] >>\n")
        append("startxref\n\(xref)\n%%EOF\n")
        return output
    }
}
