/// PDF string encodings used for metadata and hex glyph codes.
enum PDFText {
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// A text string as UTF-16BE with byte-order mark, in hex: safe for any language in /Title.
    static func utf16Hex(_ text: String) -> String {
        "<FEFF" + hex(utf16: Array(text.utf16)) + ">"
    }

    static func hex(utf16 units: [UInt16]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 4)
        for unit in units { appendHex(unit, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Four uppercase hex digits of a 16-bit code.
    static func appendHex(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes.append(hexDigits[Int(value >> 12) & 0xF])
        bytes.append(hexDigits[Int(value >> 8) & 0xF])
        bytes.append(hexDigits[Int(value >> 4) & 0xF])
        bytes.append(hexDigits[Int(value) & 0xF])
    }

    static func hex(bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A PDF name from arbitrary text: letters and digits only, so no escaping is ever needed.
    static func name(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }.map(Character.init))
    }
}
