import Foundation

/// Reads what `CompactEncoder` wrote.
struct CompactDecoder {
    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBytes { buffer in
            guard buffer.first == CompactEncoder.magic else { throw CompactReader.damaged([]) }
            let reader = CompactReader(buffer: buffer)
            let (region, next) = try reader.region(at: 1, within: buffer.count, [])
            guard next == buffer.count else { throw CompactReader.damaged([]) }
            return try reader.value(type, region, [])
        }
    }

    /// Whether `bytes` are in this form (the first byte), rather than older JSON.
    static func isCompact(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.first == CompactEncoder.magic
    }
}

/// The `Decoder` handed to each value: the region it reads.
struct CompactDecoding: Decoder {
    let reader: CompactReader
    let region: CompactReader.Region
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try CompactKeyedDecodingContainer<Key>(decoding: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecodingContainer(decoding: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactSingleValueDecodingContainer(decoding: self)
    }
}
