import Foundation

/// Bounds-checked big-endian reads over one region of a font file. Font bytes are input, so every
/// read is checked and a bad offset becomes a `FontDefect`, never a trap.
struct ByteReader: Sendable {
    let data: Data
    /// Where the region starts, counted from `data.startIndex`.
    let base: Int
    let count: Int
    /// The table tag named in errors.
    let name: String

    /// The whole of `data` as one region.
    init(_ data: Data, name: String) {
        self.data = data
        self.base = 0
        self.count = data.count
        self.name = name
    }

    private init(data: Data, base: Int, count: Int, name: String) {
        self.data = data
        self.base = base
        self.count = count
        self.name = name
    }

    /// A sub-region; `offset` and `length` are relative to this region.
    func region(_ offset: Int, _ length: Int, name: String? = nil) throws(FontDefect) -> ByteReader {
        try check(offset, length)
        return ByteReader(data: data, base: base + offset, count: length, name: name ?? self.name)
    }

    /// The rest of the region from `offset` on.
    func region(from offset: Int, name: String? = nil) throws(FontDefect) -> ByteReader {
        try region(offset, count - max(0, offset), name: name)
    }

    func contains(_ offset: Int, _ length: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= count && length <= count - offset
    }

    private func check(_ offset: Int, _ length: Int) throws(FontDefect) {
        guard contains(offset, length) else { throw .truncated(table: name) }
    }

    @inline(__always)
    private func byte(_ offset: Int) -> UInt8 {
        data[data.startIndex + base + offset]
    }

    func u8(_ offset: Int) throws(FontDefect) -> UInt8 {
        try check(offset, 1)
        return byte(offset)
    }

    func u16(_ offset: Int) throws(FontDefect) -> UInt16 {
        try check(offset, 2)
        return UInt16(byte(offset)) << 8 | UInt16(byte(offset + 1))
    }

    func i16(_ offset: Int) throws(FontDefect) -> Int16 {
        Int16(bitPattern: try u16(offset))
    }

    func u32(_ offset: Int) throws(FontDefect) -> UInt32 {
        try check(offset, 4)
        return UInt32(byte(offset)) << 24 | UInt32(byte(offset + 1)) << 16
            | UInt32(byte(offset + 2)) << 8 | UInt32(byte(offset + 3))
    }

    /// A copy of `length` bytes, for tables and glyphs carried into the subset unchanged.
    func bytes(_ offset: Int, _ length: Int) throws(FontDefect) -> Data {
        try check(offset, length)
        let start = data.startIndex + base + offset
        return data.subdata(in: start..<(start + length))
    }

    /// The whole region as bytes.
    func allBytes() -> Data {
        let start = data.startIndex + base
        return data.subdata(in: start..<(start + count))
    }
}
