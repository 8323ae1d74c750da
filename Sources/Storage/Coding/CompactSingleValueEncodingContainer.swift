/// A single value written as the payload of the region its parent opened for it.
struct CompactSingleValueEncodingContainer: SingleValueEncodingContainer {
    let encoding: CompactEncoding
    var codingPath: [any CodingKey] { encoding.codingPath }

    mutating func encodeNil() throws {
        try encoding.resume()
        encoding.writer.markNil(encoding.region)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoding.resume()
        if CompactEncoder.primitive(value, encoding.writer, raw: true) { return }
        try value.encode(to: encoding)
    }
}
