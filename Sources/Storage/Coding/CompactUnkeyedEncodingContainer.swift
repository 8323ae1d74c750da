/// Values of an unkeyed container, one region after another.
struct CompactUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let encoding: CompactEncoding
    private(set) var count = 0
    var codingPath: [any CodingKey] { encoding.codingPath }

    init(encoding: CompactEncoding) {
        self.encoding = encoding
    }

    mutating func encodeNil() throws {
        try encoding.resume()
        encoding.writer.nilRegion()
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoding.resume()
        try encoding.nested(value, key: nil)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        _ = encoding.writer.resume(encoding.region)
        count += 1
        return KeyedEncodingContainer(CompactKeyedEncodingContainer<NestedKey>(encoding: encoding.nestedEncoding(key: nil)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        _ = encoding.writer.resume(encoding.region)
        count += 1
        return CompactUnkeyedEncodingContainer(encoding: encoding.nestedEncoding(key: nil))
    }

    mutating func superEncoder() -> any Encoder {
        _ = encoding.writer.resume(encoding.region)
        count += 1
        return encoding.nestedEncoding(key: nil)
    }
}
