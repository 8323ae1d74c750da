import Foundation

/// What a file is, read from its first bytes and (for ZIP containers) its entry names, never
/// from its name: an `.exe` renamed `.pdf` is still a program. The kinds a case file may hold
/// (R17: tables, documents, images); OFD is China's own fixed-layout format (GB/T 33190).
public enum FileKind: String, Sendable, Codable, CaseIterable {
    case pdf, jpeg, png, tiff, ofd, docx, xlsx

    /// What the content says, or why it is not accepted.
    public enum Detection: Sendable, Equatable {
        case accepted(FileKind)
        case program(String)
        case unknown
    }

    public static func detect(_ data: Data) -> Detection {
        let head = [UInt8](data.prefix(8))
        func starts(_ bytes: [UInt8]) -> Bool { head.count >= bytes.count && Array(head.prefix(bytes.count)) == bytes }
        if starts(Array("%PDF-".utf8)) { return .accepted(.pdf) }
        if starts([0xFF, 0xD8, 0xFF]) { return .accepted(.jpeg) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .accepted(.png) }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .accepted(.tiff) }
        if starts([0x4D, 0x5A]) { return .program("Windows (MZ)") }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return .program("ELF") }
        if starts([0xCF, 0xFA, 0xED, 0xFE]) || starts([0xCE, 0xFA, 0xED, 0xFE]) || starts([0xCA, 0xFE, 0xBA, 0xBE]) { return .program("Mach-O") }
        if starts(Array("#!".utf8)) { return .program("script (#!)") }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            let names = zipEntryNames(data)
            if names.contains("OFD.xml") { return .accepted(.ofd) }
            if names.contains("word/document.xml") { return .accepted(.docx) }
            if names.contains("xl/workbook.xml") { return .accepted(.xlsx) }
        }
        return .unknown
    }

    /// The names in a ZIP file's central directory (at its end, after the entries), read without
    /// unpacking anything; an archive cut short or malformed gives the names read so far.
    static func zipEntryNames(_ data: Data) -> Set<String> {
        let bytes = [UInt8](data)
        // End of central directory: signature 50 4B 05 06, within the last 64 KiB + 22 bytes.
        let lowest = max(0, bytes.count - 65_557)
        var end = bytes.count - 22
        while end >= lowest, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 0x05 && bytes[end + 3] == 0x06) { end -= 1 }
        guard end >= lowest, end >= 0 else { return [] }
        func u16(_ at: Int) -> Int { at + 1 < bytes.count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : 0 }
        func u32(_ at: Int) -> Int { at + 3 < bytes.count ? u16(at) | u16(at + 2) << 16 : 0 }
        let count = u16(end + 10)
        var offset = u32(end + 16)
        var names: Set<String> = []
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else { break }
            let nameLength = u16(offset + 28), extra = u16(offset + 30), comment = u16(offset + 32)
            guard offset + 46 + nameLength <= bytes.count else { break }
            names.insert(String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self))
            offset += 46 + nameLength + extra + comment
        }
        return names
    }

    /// The name people know the kind by.
    public var label: String {
        switch self {
        case .pdf: "PDF"
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .tiff: "TIFF"
        case .ofd: "OFD"
        case .docx: "Word (DOCX)"
        case .xlsx: "Excel (XLSX)"
        }
    }
}
