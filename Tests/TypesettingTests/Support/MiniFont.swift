import Foundation
@testable import Typesetting

/// A small but complete TrueType font cut from the fixture font by our own subsetter, with a
/// format 4 cmap (glyph-array form) and a name table added: small enough to corrupt byte by
/// byte, and a check that the subsetter's output is a font a parser accepts.
enum MiniFont {
    static let characters = "中华人民共和国行政处罚决定书，。2026年"

    static func bytes(family: String = "Mini Test") throws -> [UInt8] {
        let font = try Fixture.font()
        var mapping: [UInt32: UInt16] = [:]
        for character in characters {
            guard let glyph = font.glyph(for: character), let scalar = character.unicodeScalars.first else { continue }
            mapping[scalar.value] = glyph
        }
        let subset = try FontSubsetter.subset(font, glyphs: Set(mapping.values))
        let file = ByteReader(subset.program, name: "subset")
        let directory = try TableDirectory(file: file, faceOffset: 0)
        var tables: [String: [UInt8]] = [:]
        for (tag, range) in directory.tables { tables[tag] = Array(subset.program[range]) }
        tables["cmap"] = cmap(mapping.compactMapValues { subset.newGlyph[$0] })
        tables["name"] = name(family: family)
        return FontSubsetter.assemble(tables)
    }

    /// A cmap with one (3,1) format 4 subtable whose segments index the glyph array.
    static func cmap(_ mapping: [UInt32: UInt16]) -> [UInt8] {
        let codes = mapping.keys.filter { $0 < 0xFFFF }.sorted()
        var segments: [(start: UInt16, end: UInt16, glyphs: [UInt16])] = []
        for code in codes {
            let glyph = mapping[code] ?? 0
            if let last = segments.last, UInt32(last.end) + 1 == code {
                segments[segments.count - 1].end = UInt16(code)
                segments[segments.count - 1].glyphs.append(glyph)
            } else {
                segments.append((UInt16(code), UInt16(code), [glyph]))
            }
        }
        let count = segments.count + 1
        var sub = ByteWriter()
        sub.u16(4)
        sub.u16(0)  // length, patched below
        sub.u16(0)
        sub.u16(UInt16(2 * count))
        var power = 1
        var log = 0
        while power * 2 <= count {
            power *= 2
            log += 1
        }
        sub.u16(UInt16(2 * power))
        sub.u16(UInt16(log))
        sub.u16(UInt16(2 * count - 2 * power))
        for segment in segments { sub.u16(segment.end) }
        sub.u16(0xFFFF)
        sub.u16(0)
        for segment in segments { sub.u16(segment.start) }
        sub.u16(0xFFFF)
        for _ in segments { sub.u16(0) }
        sub.u16(1)
        var arrayIndex = 0
        for (index, segment) in segments.enumerated() {
            sub.u16(UInt16(2 * (count - index) + 2 * arrayIndex))
            arrayIndex += segment.glyphs.count
        }
        sub.u16(0)
        for segment in segments { for glyph in segment.glyphs { sub.u16(glyph) } }
        sub.set16(UInt16(sub.count), at: 2)

        var table = ByteWriter()
        table.u16(0)
        table.u16(1)
        table.u16(3)
        table.u16(1)
        table.u32(12)
        table.append(sub.bytes)
        return table.bytes
    }

    static func name(family: String) -> [UInt8] {
        let text = Array(family.utf16)
        var table = ByteWriter()
        table.u16(0)
        table.u16(1)
        table.u16(6 + 12)
        table.u16(3)
        table.u16(1)
        table.u16(0x0409)
        table.u16(1)
        table.u16(UInt16(2 * text.count))
        table.u16(0)
        for unit in text { table.u16(unit) }
        return table.bytes
    }
}
