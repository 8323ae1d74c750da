/// Entries of a keyed container: each key, then its value as a region.
struct CompactKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoding: CompactEncoding
    var codingPath: [any CodingKey] { encoding.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        try encoding.resume()
        encoding.writer.key(key.stringValue)
        encoding.writer.nilRegion()
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoding.resume()
        encoding.writer.key(key.stringValue)
        try encoding.nested(value, key: key)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        try encoding.resume()
        encoding.writer.key(key.stringValue)
        encoding.writer.string(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        try encoding.resume()
        encoding.writer.key(key.stringValue)
        encoding.writer.integer(Int64(value))
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try encoding.resume()
        encoding.writer.key(key.stringValue)
        encoding.writer.boolean(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        // A stale parent is reported when the nested container or the parent writes next.
        _ = encoding.writer.resume(encoding.region)
        encoding.writer.key(key.stringValue)
        return KeyedEncodingContainer(CompactKeyedEncodingContainer<NestedKey>(encoding: encoding.nestedEncoding(key: key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        _ = encoding.writer.resume(encoding.region)
        encoding.writer.key(key.stringValue)
        return CompactUnkeyedEncodingContainer(encoding: encoding.nestedEncoding(key: key))
    }

    mutating func superEncoder() -> any Encoder {
        _ = encoding.writer.resume(encoding.region)
        encoding.writer.key("super")
        return encoding.nestedEncoding(key: nil)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        _ = encoding.writer.resume(encoding.region)
        encoding.writer.key(key.stringValue)
        return encoding.nestedEncoding(key: key)
    }
}
