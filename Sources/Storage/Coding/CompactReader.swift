/// Reading the compact form: bounds-checked, so a damaged value is a decoding error, never a
/// crash or a read outside the buffer.
struct CompactReader {
    /// One value's bytes within the buffer; `isNil` for an encoded nil.
    struct Region {
        let start: Int
        let end: Int
        let isNil: Bool
    }

    let buffer: UnsafeRawBufferPointer

    static func damaged(_ path: [any CodingKey]) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: "damaged compact encoding"))
    }

    /// The region whose length slot starts at `offset`, and where the next one starts.
    func region(at offset: Int, within end: Int, _ path: [any CodingKey]) throws -> (Region, next: Int) {
        guard offset >= 0, offset + 4 <= end else { throw Self.damaged(path) }
        let length = UInt32(buffer[offset]) | UInt32(buffer[offset + 1]) << 8 | UInt32(buffer[offset + 2]) << 16 | UInt32(buffer[offset + 3]) << 24
        if length == CompactWriter.nilLength { return (Region(start: offset + 4, end: offset + 4, isNil: true), offset + 4) }
        let stop = offset + 4 + Int(length)
        guard stop <= end else { throw Self.damaged(path) }
        return (Region(start: offset + 4, end: stop, isNil: false), stop)
    }

    func varint(at offset: inout Int, within end: Int, _ path: [any CodingKey]) throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Self.damaged(path) }
            let byte = buffer[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    func bytes(_ region: Region) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: buffer[region.start..<region.end])
    }

    // MARK: Primitives

    func string(_ region: Region, _ path: [any CodingKey]) throws -> String {
        guard !region.isNil else { throw Self.damaged(path) }
        return String(decoding: bytes(region), as: UTF8.self)
    }

    func integer(_ region: Region, _ path: [any CodingKey]) throws -> Int64 {
        guard !region.isNil else { throw Self.damaged(path) }
        var offset = region.start
        let zigzag = try varint(at: &offset, within: region.end, path)
        guard offset == region.end else { throw Self.damaged(path) }
        return Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
    }

    func boolean(_ region: Region, _ path: [any CodingKey]) throws -> Bool {
        guard !region.isNil, region.end - region.start == 1 else { throw Self.damaged(path) }
        return buffer[region.start] != 0
    }

    func double(_ region: Region, _ path: [any CodingKey]) throws -> Double {
        guard !region.isNil, region.end - region.start == 8 else { throw Self.damaged(path) }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(buffer[region.start + index]) << (8 * UInt64(index)) }
        return Double(bitPattern: bits)
    }

    /// A primitive decoded straight from its region, or nil when `T` is not a primitive.
    func primitive<T: Decodable>(_ type: T.Type, _ region: Region, _ path: [any CodingKey]) throws -> T? {
        // Type identity, not casts: see `CompactEncoder.primitive`.
        if T.self == String.self { return unsafeBitCast(try string(region, path), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(Int(try integer(region, path)), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try boolean(region, path), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try double(region, path), to: T.self) }
        if T.self == Int64.self { return unsafeBitCast(try integer(region, path), to: T.self) }
        if T.self == Int32.self {
            guard let value = Int32(exactly: try integer(region, path)) else { throw Self.damaged(path) }
            return unsafeBitCast(value, to: T.self)
        }
        if T.self == UInt64.self { return unsafeBitCast(UInt64(bitPattern: try integer(region, path)), to: T.self) }
        if T.self == UInt.self { return unsafeBitCast(UInt(UInt64(bitPattern: try integer(region, path))), to: T.self) }
        return nil
    }

    func value<T: Decodable>(_ type: T.Type, _ region: Region, _ path: [any CodingKey]) throws -> T {
        if let primitive = try primitive(type, region, path) { return primitive }
        return try T(from: CompactDecoding(reader: self, region: region, codingPath: path))
    }
}
