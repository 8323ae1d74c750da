import Foundation

/// The `Encoder` that fills one slot of the tree.
struct CanonicalJSONEncoding: Encoder {
    let slot: JSONSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CanonicalJSONKeyedContainer<Key>(object: slot.object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CanonicalJSONUnkeyedContainer(array: slot.array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CanonicalJSONSingleValueContainer(slot: slot, codingPath: codingPath)
    }

    /// Fills `slot` with `value`: primitives directly, dates as seconds since 1970, anything else
    /// through its own `encode(to:)`.
    static func encode<T: Encodable>(_ value: T, into slot: JSONSlot, codingPath: [any CodingKey]) throws {
        if T.self == String.self {
            slot.node = .scalar(JSONSlot.quoted(unsafeBitCast(value, to: String.self)))
        } else if T.self == Int.self {
            slot.node = .scalar(Array(String(unsafeBitCast(value, to: Int.self)).utf8))
        } else if T.self == Int64.self {
            slot.node = .scalar(Array(String(unsafeBitCast(value, to: Int64.self)).utf8))
        } else if T.self == Bool.self {
            slot.node = .scalar(Array((unsafeBitCast(value, to: Bool.self) ? "true" : "false").utf8))
        } else if T.self == Date.self {
            try encode(unsafeBitCast(value, to: Date.self).timeIntervalSince1970, into: slot, codingPath: codingPath)
        } else if T.self == Double.self {
            let number = unsafeBitCast(value, to: Double.self)
            guard let bytes = JSONSlot.number(number) else {
                throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: codingPath, debugDescription: "not a finite number"))
            }
            slot.node = .scalar(bytes)
        } else {
            try value.encode(to: CanonicalJSONEncoding(slot: slot, codingPath: codingPath))
        }
    }
}
