import Foundation

/// Where one value of the tree goes; a class, because nested containers fill it after they are
/// handed out.
final class JSONSlot {
    enum Node {
        /// Already JSON: a number, a literal or a quoted string.
        case scalar([UInt8])
        case object(JSONObject)
        case array(JSONArray)
    }

    var node: Node = .scalar(Array("null".utf8))

    final class JSONObject {
        var entries: [(key: String, slot: JSONSlot)] = []
    }

    final class JSONArray {
        var items: [JSONSlot] = []
    }

    var object: JSONObject {
        if case let .object(object) = node { return object }
        let object = JSONObject()
        node = .object(object)
        return object
    }

    var array: JSONArray {
        if case let .array(array) = node { return array }
        let array = JSONArray()
        node = .array(array)
        return array
    }

    static func write(_ node: Node, into output: inout [UInt8]) {
        switch node {
        case let .scalar(bytes):
            output.append(contentsOf: bytes)
        case let .object(object):
            output.append(UInt8(ascii: "{"))
            for (index, entry) in object.entries.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                quote(entry.key, into: &output)
                output.append(UInt8(ascii: ":"))
                write(entry.slot.node, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        case let .array(array):
            output.append(UInt8(ascii: "["))
            for (index, item) in array.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(item.node, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string as Foundation writes it: quote, backslash and control characters escaped,
    /// everything else (slashes, CJK) as it is.
    static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    static func quoted(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        quote(text, into: &bytes)
        return bytes
    }

    static func number(_ value: Double) -> [UInt8]? {
        guard value.isFinite else { return nil }
        if value == 0, value.sign == .minus { return Array("-0".utf8) }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return Array(String(Int64(value)).utf8) }
        return Array(value.description.utf8)
    }
}
