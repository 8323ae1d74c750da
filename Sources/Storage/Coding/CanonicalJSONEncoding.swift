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
        switch value {
        case let text as String: slot.node = .scalar(JSONSlot.quoted(text))
        case let number as Int: slot.node = .scalar(Array(String(number).utf8))
        case let number as Int64: slot.node = .scalar(Array(String(number).utf8))
        case let flag as Bool: slot.node = .scalar(Array((flag ? "true" : "false").utf8))
        case let date as Date: try encode(date.timeIntervalSince1970, into: slot, codingPath: codingPath)
        case let number as Double:
            guard let bytes = JSONSlot.number(number) else {
                throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: codingPath, debugDescription: "not a finite number"))
            }
            slot.node = .scalar(bytes)
        default:
            try value.encode(to: CanonicalJSONEncoding(slot: slot, codingPath: codingPath))
        }
    }
}
