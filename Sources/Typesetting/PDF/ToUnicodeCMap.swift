/// The ToUnicode CMap that lets readers (and pdftotext) turn CIDs back into text. Single
/// characters go in bfchar; runs of consecutive CIDs and consecutive BMP code points in bfrange.
enum ToUnicodeCMap {
    static let maximumBlock = 100

    /// `texts[i]` is the text of CID i + 1.
    static func build(_ texts: [String]) -> String {
        build(texts.enumerated().map { (UInt16(truncatingIfNeeded: $0.offset + 1), $0.element) })
    }

    /// The text of each code, codes ascending (a CFF font's CIDs need not be consecutive).
    static func build(_ entries: [(code: UInt16, text: String)]) -> String {
        var ranges: [(first: UInt16, last: UInt16, start: UInt16)] = []
        var singles: [(code: UInt16, text: String)] = []
        var index = 0
        while index < entries.count {
            let code = entries[index].code
            let units = Array(entries[index].text.utf16)
            var end = index
            if units.count == 1, !UTF16.isLeadSurrogate(units[0]) {
                while end + 1 < entries.count, end + 1 - index < 0xFF {
                    let next = Array(entries[end + 1].text.utf16)
                    let nextCode = entries[end + 1].code
                    guard next.count == 1,
                          Int(next[0]) == Int(units[0]) + (end + 1 - index),
                          Int(nextCode) == Int(code) + (end + 1 - index),
                          next[0] >> 8 == units[0] >> 8,
                          nextCode >> 8 == code >> 8
                    else { break }
                    end += 1
                }
            }
            if end > index {
                ranges.append((code, entries[end].code, units[0]))
            } else {
                singles.append((code, entries[index].text))
            }
            index = end + 1
        }

        var out = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange

        """
        for block in stride(from: 0, to: singles.count, by: maximumBlock) {
            let part = singles[block..<min(block + maximumBlock, singles.count)]
            out += "\(part.count) beginbfchar\n"
            for single in part {
                out += "<\(hex(single.code))> <\(PDFText.hex(utf16: Array(single.text.utf16)))>\n"
            }
            out += "endbfchar\n"
        }
        for block in stride(from: 0, to: ranges.count, by: maximumBlock) {
            let part = ranges[block..<min(block + maximumBlock, ranges.count)]
            out += "\(part.count) beginbfrange\n"
            for range in part {
                out += "<\(hex(range.first))> <\(hex(range.last))> <\(hex(range.start))>\n"
            }
            out += "endbfrange\n"
        }
        out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        return out
    }

    private static func hex(_ value: UInt16) -> String {
        PDFText.hex(utf16: [value])
    }
}
