import Foundation

/// A compact binary form for any `Encodable`, for values PowerDesk stores and reads back often
/// and that nobody reads by eye: the case state of every case row (written at every operation,
/// read for every queue row) and the compiled definitions. Several times faster than JSON both
/// ways. Keys are kept, so a type that gains an optional field still reads what was written
/// before it; the first byte tells this form from JSON written by older versions.
///
/// Layout: the magic byte, then one value. A value is a region: a little-endian `UInt32` length
/// (`UInt32.max` for nil), then its bytes. A keyed container's bytes are entries (varint key
/// length, key, value); an unkeyed container's are values one after another; a primitive's are
/// its payload (integers zig-zag varint, doubles their eight bytes, strings their UTF-8).
struct CompactEncoder {
    static let magic: UInt8 = 0xC5

    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = CompactWriter()
        writer.bytes.append(Self.magic)
        let region = writer.openRegion()
        try value.encode(to: CompactEncoding(writer: writer, region: region, codingPath: []))
        writer.finish()
        return writer.bytes
    }

    /// The encoding of one value of a primitive type straight into `writer`, without going
    /// through `Encodable` (the common case, and several times cheaper). False for other types.
    static func primitive<T: Encodable>(_ value: T, _ writer: CompactWriter, raw: Bool) -> Bool {
        switch value {
        case let text as String: writer.string(text, raw: raw)
        case let number as Int: writer.integer(Int64(number), raw: raw)
        case let number as Int64: writer.integer(number, raw: raw)
        case let flag as Bool: writer.boolean(flag, raw: raw)
        case let number as Double: writer.double(number, raw: raw)
        case let number as Int32: writer.integer(Int64(number), raw: raw)
        case let number as UInt64: writer.unsigned(number, raw: raw)
        case let number as UInt: writer.unsigned(UInt64(number), raw: raw)
        default: return false
        }
        return true
    }
}

/// The `Encoder` handed to each value: where it writes (its region) and its coding path.
struct CompactEncoding: Encoder {
    let writer: CompactWriter
    let region: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedEncodingContainer<Key>(encoding: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncodingContainer(encoding: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleValueEncodingContainer(encoding: self)
    }

    /// Continues writing in this encoder's region, or fails for a container used out of order.
    func resume() throws {
        guard writer.resume(region) else {
            throw EncodingError.invalidValue(region, EncodingError.Context(codingPath: codingPath, debugDescription: "container used after its parent moved on"))
        }
    }

    /// Encodes a nested value as a region of its own, at the end of the buffer.
    func nested<T: Encodable>(_ value: T, key: (any CodingKey)?) throws {
        if CompactEncoder.primitive(value, writer, raw: false) { return }
        let inner = writer.openRegion()
        try value.encode(to: CompactEncoding(writer: writer, region: inner, codingPath: key.map { codingPath + [$0] } ?? codingPath))
        try resume()
    }

    /// A region left open for a nested container, which writes into it until its parent writes again.
    func nestedEncoding(key: (any CodingKey)?) -> CompactEncoding {
        CompactEncoding(writer: writer, region: writer.openRegion(), codingPath: key.map { codingPath + [$0] } ?? codingPath)
    }
}
