import Foundation

struct CanonicalJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONSlot.JSONObject
    let codingPath: [any CodingKey]

    private func add(_ key: Key) -> JSONSlot {
        let slot = JSONSlot()
        object.entries.append((key.stringValue, slot))
        return slot
    }

    mutating func encodeNil(forKey key: Key) throws {
        _ = add(key)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try CanonicalJSONEncoding.encode(value, into: add(key), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(CanonicalJSONKeyedContainer<NestedKey>(object: add(key).object, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        CanonicalJSONUnkeyedContainer(array: add(key).array, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let slot = JSONSlot()
        object.entries.append(("super", slot))
        return CanonicalJSONEncoding(slot: slot, codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        CanonicalJSONEncoding(slot: add(key), codingPath: codingPath)
    }
}
