/// An unkeyed container's values, read in order.
struct CompactUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let decoding: CompactDecoding
    private var offset: Int
    private(set) var currentIndex = 0
    let count: Int?
    var codingPath: [any CodingKey] { decoding.codingPath }
    var isAtEnd: Bool { offset >= decoding.region.end }

    init(decoding: CompactDecoding) throws {
        guard !decoding.region.isNil else { throw CompactReader.damaged(decoding.codingPath) }
        self.decoding = decoding
        offset = decoding.region.start
        var count = 0
        var scan = offset
        while scan < decoding.region.end {
            scan = try decoding.reader.region(at: scan, within: decoding.region.end, decoding.codingPath).next
            count += 1
        }
        self.count = count
    }

    private mutating func next() throws -> CompactReader.Region {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "no more values"))
        }
        let (region, next) = try decoding.reader.region(at: offset, within: decoding.region.end, codingPath)
        offset = next
        currentIndex += 1
        return region
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        let (region, next) = try decoding.reader.region(at: offset, within: decoding.region.end, codingPath)
        guard region.isNil else { return false }
        offset = next
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let region = try next()
        // A nil region decodes only as an Optional; anything else finds it damaged.
        return try decoding.reader.value(type, region, codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let region = try next()
        return KeyedDecodingContainer(try CompactKeyedDecodingContainer<NestedKey>(
            decoding: CompactDecoding(reader: decoding.reader, region: region, codingPath: codingPath)))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecodingContainer(decoding: CompactDecoding(reader: decoding.reader, region: try next(), codingPath: codingPath))
    }

    mutating func superDecoder() throws -> any Decoder {
        CompactDecoding(reader: decoding.reader, region: try next(), codingPath: codingPath)
    }
}
