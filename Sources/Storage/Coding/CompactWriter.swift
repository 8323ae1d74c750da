import Workflow

/// The byte buffer a `CompactEncoder` writes into, and the regions still open in it.
///
/// Every value is a region: a four-byte little-endian length, then its bytes. Codable encodes
/// depth first, so one buffer serves the whole tree; a region's length is patched in when a write
/// at a shallower depth (or the end) shows it is complete. A container used after its parent moved
/// on would need its bytes in the middle of finished ones: that is refused, never mis-encoded.
final class CompactWriter {
    var bytes: [UInt8] = []
    /// A case's growing parts as encoded last time (see `CompactEncoder.encode(_:reusing:)`),
    /// and as encoded this time.
    var partsIn: EncodedParts?
    var partsOut = EncodedParts()
    /// Open regions, outermost first: where each one's length slot sits, and whether it is nil.
    private var open: [(id: Int, slot: Int, isNil: Bool)] = []
    private var nextID = 0

    static let nilLength: UInt32 = .max

    init() {
        bytes.reserveCapacity(4096)
    }

    /// Starts a region at the end of the buffer and returns its id.
    func openRegion() -> Int {
        nextID += 1
        open.append((nextID, bytes.count, false))
        bytes.append(contentsOf: [0, 0, 0, 0])
        return nextID
    }

    /// Makes `region` the innermost open region, closing (and patching) the regions inside it.
    /// False when `region` was already closed: its container is stale.
    func resume(_ region: Int) -> Bool {
        while let last = open.last, last.id != region {
            open.removeLast()
            patch(last.slot, length: last.isNil ? Self.nilLength : UInt32(bytes.count - last.slot - 4))
            if open.isEmpty { return false }
        }
        return !open.isEmpty
    }

    func markNil(_ region: Int) {
        if let index = open.lastIndex(where: { $0.id == region }) { open[index].isNil = true }
    }

    /// Closes every open region; the buffer is then complete.
    func finish() {
        while let last = open.popLast() {
            patch(last.slot, length: last.isNil ? Self.nilLength : UInt32(bytes.count - last.slot - 4))
        }
    }

    private func patch(_ slot: Int, length: UInt32) {
        bytes[slot] = UInt8(truncatingIfNeeded: length)
        bytes[slot + 1] = UInt8(truncatingIfNeeded: length >> 8)
        bytes[slot + 2] = UInt8(truncatingIfNeeded: length >> 16)
        bytes[slot + 3] = UInt8(truncatingIfNeeded: length >> 24)
    }

    // MARK: Primitives

    /// A complete region holding `payload`, written at once; `raw` writes the payload alone, into
    /// a region already open (a single-value container's).
    func region(_ payload: UnsafeRawBufferPointer, raw: Bool = false) {
        if !raw { length(UInt32(payload.count)) }
        bytes.append(contentsOf: payload)
    }

    func length(_ value: UInt32) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value >> 16))
        bytes.append(UInt8(truncatingIfNeeded: value >> 24))
    }

    func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A key: its UTF-8 length as a varint, then its bytes.
    func key(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A complete region holding a string's UTF-8 bytes.
    func string(_ text: String, raw: Bool = false) {
        var text = text
        text.withUTF8 { region(UnsafeRawBufferPointer($0), raw: raw) }
    }

    /// A complete region holding a signed integer, zig-zag varint encoded.
    func integer(_ value: Int64, raw: Bool = false) {
        let zigzag = UInt64(bitPattern: (value << 1) ^ (value >> 63))
        var scratch = (UInt64(0), UInt16(0))
        var count = 0
        withUnsafeMutableBytes(of: &scratch) { buffer in
            var rest = zigzag
            while rest >= 0x80 {
                buffer[count] = UInt8(truncatingIfNeeded: rest) | 0x80
                rest >>= 7
                count += 1
            }
            buffer[count] = UInt8(rest)
            count += 1
        }
        withUnsafeBytes(of: &scratch) { region(UnsafeRawBufferPointer(rebasing: $0[0..<count]), raw: raw) }
    }

    func unsigned(_ value: UInt64, raw: Bool = false) {
        integer(Int64(bitPattern: value), raw: raw)
    }

    func boolean(_ value: Bool, raw: Bool = false) {
        if !raw { length(1) }
        bytes.append(value ? 1 : 0)
    }

    func double(_ value: Double, raw: Bool = false) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { region($0, raw: raw) }
    }

    func nilRegion() {
        length(Self.nilLength)
    }
}
