/// The glyph → CID table of an OpenType font's `CFF ` table. In a PDF, text in a CFF font is
/// drawn by CID when the font is CID-keyed (Noto CJK, 思源宋体 and most CJK fonts are), and a
/// CID need not equal the glyph id, so the writer must know it. Only what that needs is read:
/// the header, the Name INDEX, the first Top DICT (its ROS and charset entries) and the charset.
enum CompactFontCharset {
    private enum Operator {
        static let charset = 15
        static let registryOrderingSupplement = 1200 + 30
    }

    /// The CID of each glyph by glyph id; nil when the font is not CID-keyed (then a PDF draws
    /// it by glyph id).
    static func cids(in cff: ByteReader, glyphCount: Int) throws(FontDefect) -> [UInt16]? {
        guard try cff.u8(0) == 1 else { throw .invalidValue(table: "CFF ") }
        let headerSize = Int(try cff.u8(2))
        let nameIndexEnd = try indexEnd(cff, at: headerSize)
        let topDict = try firstEntry(cff, at: nameIndexEnd)
        let operators = try dictionary(topDict)
        guard operators[Operator.registryOrderingSupplement] != nil else { return nil }
        guard let offset = operators[Operator.charset]?.last, offset > 2 else { throw .invalidValue(table: "CFF ") }
        return try charset(cff, at: offset, glyphCount: glyphCount)
    }

    /// CIDs from a charset of format 0 (a list), 1 or 2 (ranges with 8- or 16-bit lengths).
    static func charset(_ cff: ByteReader, at offset: Int, glyphCount: Int) throws(FontDefect) -> [UInt16] {
        var cids = [UInt16](repeating: 0, count: max(1, glyphCount))
        var glyph = 1
        let format = try cff.u8(offset)
        var position = offset + 1
        switch format {
        case 0:
            while glyph < glyphCount {
                cids[glyph] = try cff.u16(position)
                position += 2
                glyph += 1
            }
        case 1, 2:
            while glyph < glyphCount {
                let first = Int(try cff.u16(position))
                let left = format == 1 ? Int(try cff.u8(position + 2)) : Int(try cff.u16(position + 2))
                position += format == 1 ? 3 : 4
                for step in 0...left where glyph < glyphCount {
                    cids[glyph] = UInt16(truncatingIfNeeded: first + step)
                    glyph += 1
                }
            }
        default:
            throw .invalidValue(table: "CFF ")
        }
        return cids
    }

    /// Where the INDEX starting at `offset` ends.
    private static func indexEnd(_ cff: ByteReader, at offset: Int) throws(FontDefect) -> Int {
        let count = Int(try cff.u16(offset))
        guard count > 0 else { return offset + 2 }
        let offsetSize = Int(try cff.u8(offset + 2))
        let dataStart = offset + 3 + (count + 1) * offsetSize - 1
        return dataStart + (try indexOffset(cff, at: offset + 3 + count * offsetSize, size: offsetSize))
    }

    /// The first entry of the INDEX starting at `offset`.
    private static func firstEntry(_ cff: ByteReader, at offset: Int) throws(FontDefect) -> ByteReader {
        let count = Int(try cff.u16(offset))
        guard count > 0 else { throw .invalidValue(table: "CFF ") }
        let offsetSize = Int(try cff.u8(offset + 2))
        let dataStart = offset + 3 + (count + 1) * offsetSize - 1
        let start = try indexOffset(cff, at: offset + 3, size: offsetSize)
        let end = try indexOffset(cff, at: offset + 3 + offsetSize, size: offsetSize)
        guard start >= 1, end >= start else { throw .invalidValue(table: "CFF ") }
        return try cff.region(dataStart + start, end - start)
    }

    private static func indexOffset(_ cff: ByteReader, at position: Int, size: Int) throws(FontDefect) -> Int {
        guard (1...4).contains(size) else { throw .invalidValue(table: "CFF ") }
        var value = 0
        for byte in 0..<size { value = value << 8 | Int(try cff.u8(position + byte)) }
        return value
    }

    /// A DICT's operators (escaped ones as 1200 + the second byte) with their integer operands;
    /// real operands are skipped and stand as 0, since no entry read here is a real.
    static func dictionary(_ dict: ByteReader) throws(FontDefect) -> [Int: [Int]] {
        var result: [Int: [Int]] = [:]
        var operands: [Int] = []
        var position = 0
        while position < dict.count {
            let b0 = Int(try dict.u8(position))
            switch b0 {
            case 0...21:
                var key = b0
                if b0 == 12 {
                    key = 1200 + Int(try dict.u8(position + 1))
                    position += 1
                }
                result[key] = operands
                operands = []
                position += 1
            case 28:
                operands.append(Int(try dict.i16(position + 1)))
                position += 3
            case 29:
                operands.append(Int(Int32(bitPattern: try dict.u32(position + 1))))
                position += 5
            case 30:
                position += 1
                while true {
                    let byte = try dict.u8(position)
                    position += 1
                    if byte & 0x0F == 0x0F || byte >> 4 == 0x0F { break }
                }
                operands.append(0)
            case 32...246:
                operands.append(b0 - 139)
                position += 1
            case 247...250:
                operands.append((b0 - 247) * 256 + Int(try dict.u8(position + 1)) + 108)
                position += 2
            case 251...254:
                operands.append(-(b0 - 251) * 256 - Int(try dict.u8(position + 1)) - 108)
                position += 2
            default:
                throw .invalidValue(table: "CFF ")
            }
        }
        return result
    }
}
