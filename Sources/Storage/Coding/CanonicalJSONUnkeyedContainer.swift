import Foundation

struct CanonicalJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let array: JSONSlot.JSONArray
    let codingPath: [any CodingKey]
    var count: Int { array.items.count }

    private func add() -> JSONSlot {
        let slot = JSONSlot()
        array.items.append(slot)
        return slot
    }

    mutating func encodeNil() throws {
        _ = add()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try CanonicalJSONEncoding.encode(value, into: add(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(CanonicalJSONKeyedContainer<NestedKey>(object: add().object, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        CanonicalJSONUnkeyedContainer(array: add().array, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        CanonicalJSONEncoding(slot: add(), codingPath: codingPath)
    }
}
