import Foundation
import Workflow

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
        try encode(value, reusing: nil).bytes
    }

    /// The same, reusing the bytes of a case's history records and opinions that are unchanged
    /// since `parts` was made: a case's state is rewritten at every operation, and those, the bulk
    /// of it, only grow.
    func encode<T: Encodable>(_ value: T, reusing parts: EncodedParts?) throws -> (bytes: [UInt8], parts: EncodedParts) {
        let writer = CompactWriter()
        writer.partsIn = parts ?? EncodedParts()
        writer.bytes.append(Self.magic)
        let region = writer.openRegion()
        try value.encode(to: CompactEncoding(writer: writer, region: region, codingPath: []))
        writer.finish()
        return (writer.bytes, writer.partsOut)
    }

    /// The encoding of one value of a primitive type straight into `writer`, without going
    /// through `Encodable` (the common case, and several times cheaper). False for other types.
    static func primitive<T: Encodable>(_ value: T, _ writer: CompactWriter, raw: Bool) -> Bool {
        // Type identity, not `as?`: a dynamic cast per value cost more than the encoding itself.
        if T.self == String.self {
            writer.string(unsafeBitCast(value, to: String.self), raw: raw)
        } else if T.self == Int.self {
            writer.integer(Int64(unsafeBitCast(value, to: Int.self)), raw: raw)
        } else if T.self == Bool.self {
            writer.boolean(unsafeBitCast(value, to: Bool.self), raw: raw)
        } else if T.self == Double.self {
            writer.double(unsafeBitCast(value, to: Double.self), raw: raw)
        } else if T.self == Int64.self {
            writer.integer(unsafeBitCast(value, to: Int64.self), raw: raw)
        } else if T.self == Int32.self {
            writer.integer(Int64(unsafeBitCast(value, to: Int32.self)), raw: raw)
        } else if T.self == UInt64.self {
            writer.unsigned(unsafeBitCast(value, to: UInt64.self), raw: raw)
        } else if T.self == UInt.self {
            writer.unsigned(UInt64(unsafeBitCast(value, to: UInt.self)), raw: raw)
        } else {
            return false
        }
        return true
    }
}

/// The `Encoder` handed to each value: where it writes (its region). The coding path stays the
/// top level's: growing it for every value cost an allocation per value, and this form's errors
/// are program errors, not user input.
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
        if T.self == [ActionRecord].self, let memo = writer.partsIn {
            writer.partsOut.records = try elements(unsafeBitCast(value, to: [ActionRecord].self), memo: memo.records)
            return
        }
        if T.self == [Opinion].self, let memo = writer.partsIn {
            writer.partsOut.opinions = try elements(unsafeBitCast(value, to: [Opinion].self), memo: memo.opinions)
            return
        }
        if T.self == [String: Int].self, let memo = writer.partsIn {
            writer.partsOut.counts = try whole(unsafeBitCast(value, to: [String: Int].self), memo: memo.counts)
            return
        }
        if T.self == [String: FactValue].self, let memo = writer.partsIn {
            writer.partsOut.facts = try whole(unsafeBitCast(value, to: [String: FactValue].self), memo: memo.facts)
            return
        }
        if T.self == CaseParty.self, let memo = writer.partsIn {
            writer.partsOut.party = try whole(unsafeBitCast(value, to: CaseParty.self), memo: memo.party)
            return
        }
        try plain(value)
    }

    /// A nested value as a region of its own, encoded through its `Encodable`.
    private func plain<T: Encodable>(_ value: T) throws {
        if try sortedDictionary(value) { return }
        let inner = writer.openRegion()
        try value.encode(to: CompactEncoding(writer: writer, region: inner, codingPath: codingPath))
        try resume()
    }

    /// The dictionaries a case's state holds, laid out as `Dictionary.encode(to:)` lays them out
    /// but in key order instead of hash order (which differs from process to process): so a state
    /// encodes to the same bytes wherever it is encoded, and `audit verify` compares a replayed
    /// state's bytes with the stored ones before it pays for decoding them. Decoding reads either
    /// order. False for other types.
    private func sortedDictionary<T: Encodable>(_ value: T) throws -> Bool {
        if T.self == [String: Int].self {
            try keyed(unsafeBitCast(value, to: [String: Int].self))
        } else if T.self == [String: FactValue].self {
            try keyed(unsafeBitCast(value, to: [String: FactValue].self))
        } else if T.self == [String: String].self {
            try keyed(unsafeBitCast(value, to: [String: String].self))
        } else if T.self == [ActionKind: Int].self {
            // Not a `CodingKeyRepresentable` key: the standard library writes key, value, key, value…
            let list = CompactEncoding(writer: writer, region: writer.openRegion(), codingPath: codingPath)
            for (kind, count) in unsafeBitCast(value, to: [ActionKind: Int].self).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try list.resume()
                try list.nested(kind, key: nil)
                try list.resume()
                try list.nested(count, key: nil)
            }
            try resume()
        } else {
            return false
        }
        return true
    }

    private func keyed<V: Encodable>(_ dictionary: [String: V]) throws {
        let entries = CompactEncoding(writer: writer, region: writer.openRegion(), codingPath: codingPath)
        for (key, element) in dictionary.sorted(by: { $0.key < $1.key }) {
            try entries.resume()
            writer.key(key)
            try entries.nested(element, key: nil)
        }
        try resume()
    }

    /// A nested value laid out exactly as `plain` would, its bytes taken from the memo when the
    /// value there is the same.
    private func whole<V: Encodable & Equatable & Sendable>(_ value: V, memo: EncodedParts.Element<V>?) throws -> EncodedParts.Element<V> {
        if let memo, memo.value == value {
            writer.bytes.append(contentsOf: memo.bytes)
            try resume()
            return memo
        }
        let start = writer.bytes.count
        try plain(value)
        return EncodedParts.Element(value: value, bytes: Array(writer.bytes[start...]))
    }

    /// An array laid out exactly as `Array.encode(to:)` would, each element's bytes taken from the
    /// memo when the element there is the same.
    private func elements<E: Encodable & Equatable & Sendable>(_ elements: [E], memo: [EncodedParts.Element<E>]) throws -> [EncodedParts.Element<E>] {
        let list = CompactEncoding(writer: writer, region: writer.openRegion(), codingPath: codingPath)
        var made: [EncodedParts.Element<E>] = []
        made.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if index < memo.count, memo[index].value == element {
                writer.bytes.append(contentsOf: memo[index].bytes)
                made.append(memo[index])
            } else {
                let start = writer.bytes.count
                try list.nested(element, key: nil)
                made.append(EncodedParts.Element(value: element, bytes: Array(writer.bytes[start...])))
            }
        }
        try resume()
        return made
    }

    /// A region left open for a nested container, which writes into it until its parent writes again.
    func nestedEncoding(key: (any CodingKey)?) -> CompactEncoding {
        CompactEncoding(writer: writer, region: writer.openRegion(), codingPath: codingPath)
    }
}
