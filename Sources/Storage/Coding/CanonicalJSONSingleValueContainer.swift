import Foundation

struct CanonicalJSONSingleValueContainer: SingleValueEncodingContainer {
    let slot: JSONSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        slot.node = .scalar(Array("null".utf8))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try CanonicalJSONEncoding.encode(value, into: slot, codingPath: codingPath)
    }
}
