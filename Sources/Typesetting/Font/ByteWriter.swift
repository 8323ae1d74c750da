import Foundation

/// Big-endian output for rebuilt font tables.
struct ByteWriter: Sendable {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    mutating func u8(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func u16(_ value: UInt16) {
        bytes.append(UInt8(value >> 8))
        bytes.append(UInt8(value & 0xFF))
    }

    mutating func i16(_ value: Int16) {
        u16(UInt16(bitPattern: value))
    }

    mutating func u32(_ value: UInt32) {
        bytes.append(UInt8(value >> 24))
        bytes.append(UInt8((value >> 16) & 0xFF))
        bytes.append(UInt8((value >> 8) & 0xFF))
        bytes.append(UInt8(value & 0xFF))
    }

    mutating func append(_ data: Data) {
        bytes.append(contentsOf: data)
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Zero bytes up to the next multiple of four: sfnt tables and long-format glyphs are aligned so.
    mutating func padToFour() {
        while bytes.count % 4 != 0 { bytes.append(0) }
    }

    /// Overwrites a big-endian 16-bit value already written.
    mutating func set16(_ value: UInt16, at offset: Int) {
        guard offset >= 0, offset + 1 < bytes.count else { return }
        bytes[offset] = UInt8(value >> 8)
        bytes[offset + 1] = UInt8(value & 0xFF)
    }

    /// Overwrites a big-endian 32-bit value already written.
    mutating func set32(_ value: UInt32, at offset: Int) {
        guard offset >= 0, offset + 3 < bytes.count else { return }
        bytes[offset] = UInt8(value >> 24)
        bytes[offset + 1] = UInt8((value >> 16) & 0xFF)
        bytes[offset + 2] = UInt8((value >> 8) & 0xFF)
        bytes[offset + 3] = UInt8(value & 0xFF)
    }
}
