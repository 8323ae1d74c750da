import Foundation

/// Unicode → glyph, from the font's `cmap` (format 12 preferred, format 4 otherwise). Kept as
/// sorted ranges and looked up by binary search, so loading costs no expansion to a dictionary.
struct CharacterMap: Sendable {
    struct Segment: Sendable {
        var start: UInt32
        var end: UInt32
        /// glyph = code + delta (taken modulo 65536 when `wraps`, as format 4 requires).
        var delta: Int
        var wraps: Bool
        /// Format 4 segments that index the glyph array: the array entry for `start`, relative to the subtable.
        var arrayOffset: Int?
    }

    private let segments: [Segment]
    private let subtable: ByteReader
    let glyphCount: Int

    init(cmap: ByteReader, glyphCount: Int) throws(FontDefect) {
        self.glyphCount = glyphCount
        let count = Int(try cmap.u16(2))
        guard cmap.contains(4, 8 * count) else { throw .truncated(table: "cmap") }
        var best: (rank: Int, offset: Int, format: UInt16)?
        for index in 0..<count {
            let record = 4 + 8 * index
            let platform = try cmap.u16(record)
            let encoding = try cmap.u16(record + 2)
            let offset = Int(try cmap.u32(record + 4))
            guard let format = try? cmap.u16(offset) else { continue }
            let rank: Int? = switch (platform, encoding, format) {
            case (3, 10, 12): 0
            case (0, 4, 12), (0, 6, 12): 1
            case (3, 1, 4): 2
            case (0, 3, 4): 3
            case (0, _, 4): 4
            default: nil
            }
            if let rank, rank < best?.rank ?? Int.max { best = (rank, offset, format) }
        }
        guard let best else { throw .noUnicodeMap }
        let subtable = try cmap.region(from: best.offset)
        self.subtable = subtable
        let parsed = best.format == 12 ? try Self.format12(subtable) : try Self.format4(subtable)
        self.segments = parsed.sorted { $0.start < $1.start }
    }

    /// The glyph for a code point; 0 (.notdef) when the font has none.
    func glyph(for code: UInt32) -> UInt16 {
        var low = 0
        var high = segments.count - 1
        var found: Segment?
        while low <= high {
            let middle = (low + high) / 2
            if segments[middle].start <= code {
                found = segments[middle]
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        guard let segment = found, code <= segment.end else { return 0 }
        var glyph: Int
        if let arrayOffset = segment.arrayOffset {
            guard let raw = try? subtable.u16(arrayOffset + 2 * Int(code - segment.start)), raw != 0 else { return 0 }
            glyph = (Int(raw) + segment.delta) & 0xFFFF
        } else {
            glyph = Int(code) + segment.delta
            if segment.wraps { glyph &= 0xFFFF }
        }
        return glyph > 0 && glyph < glyphCount ? UInt16(glyph) : 0
    }

    private static func format12(_ table: ByteReader) throws(FontDefect) -> [Segment] {
        let groups = Int(try table.u32(12))
        guard groups <= (table.count - 16) / 12 else { throw .truncated(table: "cmap") }
        var segments: [Segment] = []
        segments.reserveCapacity(groups)
        for index in 0..<groups {
            let record = 16 + 12 * index
            let start = try table.u32(record)
            let end = min(try table.u32(record + 4), 0x10FFFF)
            let first = try table.u32(record + 8)
            guard start <= end else { continue }
            segments.append(Segment(start: start, end: end, delta: Int(first) - Int(start), wraps: false, arrayOffset: nil))
        }
        return segments
    }

    private static func format4(_ table: ByteReader) throws(FontDefect) -> [Segment] {
        let segmentCount = Int(try table.u16(6)) / 2
        guard table.contains(14, 8 * segmentCount + 2) else { throw .truncated(table: "cmap") }
        var segments: [Segment] = []
        segments.reserveCapacity(segmentCount)
        for index in 0..<segmentCount {
            let end = UInt32(try table.u16(14 + 2 * index))
            let start = UInt32(try table.u16(16 + 2 * segmentCount + 2 * index))
            let delta = Int(try table.u16(16 + 4 * segmentCount + 2 * index))
            let rangeOffsetPosition = 16 + 6 * segmentCount + 2 * index
            let rangeOffset = Int(try table.u16(rangeOffsetPosition))
            guard start <= end, start != 0xFFFF else { continue }
            segments.append(Segment(
                start: start, end: end, delta: delta, wraps: true,
                arrayOffset: rangeOffset == 0 ? nil : rangeOffsetPosition + rangeOffset))
        }
        return segments
    }
}
