import Foundation

/// The names a face gives itself in its `name` table: the family a collection is searched by and
/// the PostScript name the PDF calls the font by.
struct FontNames: Sendable, Equatable {
    /// Every family name the face declares (ids 1 and 16, all languages), first the English one.
    var families: [String]
    var postScriptName: String?

    var family: String? { families.first }

    static let empty = FontNames(families: [], postScriptName: nil)

    init(families: [String], postScriptName: String?) {
        self.families = families
        self.postScriptName = postScriptName
    }

    /// Reads the names; a damaged `name` table only loses names, it never fails the font, since
    /// the outlines may still be perfectly usable.
    init(table: ByteReader?) {
        guard let table else {
            self = .empty
            return
        }
        var english: [String] = []
        var others: [String] = []
        var postScript: String?
        do {
            let count = Int(try table.u16(2))
            let storage = Int(try table.u16(4))
            for index in 0..<count {
                let record = 6 + 12 * index
                guard table.contains(record, 12) else { break }
                let platform = try table.u16(record)
                let encoding = try table.u16(record + 2)
                let language = try table.u16(record + 4)
                let nameID = try table.u16(record + 6)
                let length = Int(try table.u16(record + 8))
                let offset = Int(try table.u16(record + 10))
                guard nameID == 1 || nameID == 16 || nameID == 6,
                      let bytes = try? table.bytes(storage + offset, length),
                      let text = Self.decode(bytes, platform: platform, encoding: encoding),
                      !text.isEmpty
                else { continue }
                if nameID == 6 {
                    if postScript == nil || platform == 3 { postScript = text }
                    continue
                }
                let isEnglish = (platform == 3 && language == 0x0409) || (platform == 1 && language == 0)
                if isEnglish, nameID == 1 { english.insert(text, at: 0) } else if isEnglish { english.append(text) } else { others.append(text) }
            }
        } catch {
            // Keep whatever was read before the damage.
        }
        var seen = Set<String>()
        self.families = (english + others).filter { seen.insert($0).inserted }
        self.postScriptName = postScript
    }

    private static func decode(_ bytes: Data, platform: UInt16, encoding: UInt16) -> String? {
        switch platform {
        case 0, 3:
            guard bytes.count % 2 == 0 else { return nil }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var iterator = bytes.makeIterator()
            while let high = iterator.next(), let low = iterator.next() {
                units.append(UInt16(high) << 8 | UInt16(low))
            }
            return String(decoding: units, as: UTF16.self)
        case 1 where encoding == 0:
            // Mac Roman; its ASCII half is all a font name normally uses.
            return String(decoding: bytes.filter { $0 < 0x80 }, as: UTF8.self)
        default:
            return nil
        }
    }
}
