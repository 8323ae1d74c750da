/// A single value: the payload of the region its parent found for it.
struct CompactSingleValueDecodingContainer: SingleValueDecodingContainer {
    let decoding: CompactDecoding
    var codingPath: [any CodingKey] { decoding.codingPath }

    func decodeNil() -> Bool { decoding.region.isNil }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if decoding.region.isNil {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: codingPath, debugDescription: "nil"))
        }
        if let primitive = try decoding.reader.primitive(type, decoding.region, codingPath) { return primitive }
        return try T(from: decoding)
    }
}
