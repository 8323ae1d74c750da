import Foundation

/// The tables of one face in a font file: where each lies. A `.ttc` holds several faces that
/// share tables, so regions are kept as absolute file offsets.
struct TableDirectory: Sendable {
    private static let trueTypeVersion: UInt32 = 0x0001_0000
    private static let appleTrueType: UInt32 = 0x7472_7565  // 'true'
    private static let openTypeCFF: UInt32 = 0x4F54_544F  // 'OTTO'
    private static let collection: UInt32 = 0x7474_6366  // 'ttcf'

    let tables: [String: Range<Int>]

    /// Where each face's directory starts: one for a `.ttf`, several for a `.ttc`.
    static func faceOffsets(in file: ByteReader) throws(FontDefect) -> [Int] {
        guard file.count >= 12 else { throw file.count == 0 ? .notFont : .fileTruncated }
        let tag = try file.u32(0)
        switch tag {
        case collection:
            let count = Int(try file.u32(8))
            guard count >= 1, count <= 4096 else { throw .notFont }
            guard file.contains(12, 4 * count) else { throw .fileTruncated }
            var offsets: [Int] = []
            for index in 0..<count {
                offsets.append(Int(try file.u32(12 + 4 * index)))
            }
            return offsets
        case trueTypeVersion, appleTrueType, openTypeCFF:
            return [0]
        default:
            throw .notFont
        }
    }

    init(file: ByteReader, faceOffset: Int) throws(FontDefect) {
        guard file.contains(faceOffset, 12) else { throw .fileTruncated }
        let version = try file.u32(faceOffset)
        guard version == Self.trueTypeVersion || version == Self.appleTrueType || version == Self.openTypeCFF else {
            throw .notFont
        }
        let count = Int(try file.u16(faceOffset + 4))
        guard file.contains(faceOffset + 12, 16 * count) else { throw .fileTruncated }
        var tables: [String: Range<Int>] = [:]
        for index in 0..<count {
            let record = faceOffset + 12 + 16 * index
            let tag = Self.tagName(try file.u32(record))
            let offset = Int(try file.u32(record + 8))
            let length = Int(try file.u32(record + 12))
            guard file.contains(offset, length) else { throw .fileTruncated }
            tables[tag] = offset..<(offset + length)
        }
        self.tables = tables
    }

    func has(_ tag: String) -> Bool { tables[tag] != nil }

    /// The table as a reader, or nil when the face has none.
    func optional(_ tag: String, in file: ByteReader) throws(FontDefect) -> ByteReader? {
        guard let range = tables[tag] else { return nil }
        return try file.region(range.lowerBound, range.count, name: tag)
    }

    func require(_ tag: String, in file: ByteReader) throws(FontDefect) -> ByteReader {
        guard let reader = try optional(tag, in: file) else { throw .missingTable(tag) }
        return reader
    }

    static func tagName(_ value: UInt32) -> String {
        let bytes = [value >> 24, value >> 16, value >> 8, value].map { UInt8($0 & 0xFF) }
        return String(decoding: bytes.map { (0x20...0x7E).contains($0) ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }
}
