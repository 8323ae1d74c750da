import Foundation

/// Events as canonical JSON, byte for byte what Foundation's `JSONEncoder` writes with sorted keys,
/// unescaped slashes and dates as whole seconds since 1970 (the form every stored event and audit
/// record already has), several times faster: the tree it builds is sorted once and written
/// straight into bytes, with no intermediate strings per value. `CanonicalJSONTests` compares the
/// two on every demo event.
struct CanonicalJSONEncoder {
    func encode<T: Encodable>(_ value: T) throws -> String {
        let slot = JSONSlot()
        try CanonicalJSONEncoding.encode(value, into: slot, codingPath: [])
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        JSONSlot.write(slot.node, into: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
