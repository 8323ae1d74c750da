import Crypto
import Foundation

/// The SHA-256 of one audit record, fed field by field with the unit separator (U+001F) between
/// them: previous hash, seq, time in ms, user, case, event seq, kind, body. Appending hashes Swift
/// strings; verifying hashes the bytes SQLite hands out without copying them into strings. Both
/// feed the same bytes, so they agree. Small fields are gathered and hashed in one call: a record
/// is a few hundred bytes in eight fields, and a call per field cost more than the hashing.
struct ChainDigest {
    /// Made only when a large field (a document body) is hashed in place of being copied.
    private var hasher: SHA256?
    private var pending: [UInt8] = []
    private var first = true

    /// Fields longer than this are hashed where they are, not copied.
    static let copyLimit = 4_096

    static let separator: UInt8 = 0x1F
    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Adds one field. Fields after the first are preceded by the separator.
    mutating func field(_ bytes: UnsafeRawBufferPointer) {
        separate()
        if bytes.count > Self.copyLimit {
            var running = hasher ?? SHA256()
            running.update(data: pending)
            running.update(bufferPointer: bytes)
            pending.removeAll(keepingCapacity: true)
            hasher = running
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    /// Ready for the next record, keeping the buffer.
    mutating func reset() {
        hasher = nil
        pending.removeAll(keepingCapacity: true)
        first = true
    }

    mutating func field(_ text: String) {
        var text = text
        text.withUTF8 { field(UnsafeRawBufferPointer($0)) }
    }

    /// A decimal integer, written without allocating.
    mutating func field(_ number: Int64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var value = number.magnitude
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            } while value > 0
            if number < 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            field(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[index...])))
        }
    }

    private mutating func separate() {
        if first {
            first = false
        } else {
            pending.append(Self.separator)
        }
    }

    /// Writes the digest as 64 lower-case hex characters into `output`.
    func finish(into output: UnsafeMutableBufferPointer<UInt8>) {
        let digest: SHA256.Digest
        if var running = hasher {
            running.update(data: pending)
            digest = running.finalize()
        } else {
            digest = SHA256.hash(data: pending)
        }
        var index = 0
        digest.withUnsafeBytes { bytes in
            for byte in bytes {
                output[index] = Self.hexDigits[Int(byte >> 4)]
                output[index + 1] = Self.hexDigits[Int(byte & 0x0F)]
                index += 2
            }
        }
    }

    func hex() -> String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            finish(into: buffer)
            return 64
        }
    }

    /// The lower-case hex SHA-256 of `text`, for document bodies.
    static func hex(of text: String) -> String {
        var digest = ChainDigest()
        digest.field(text)
        return digest.hex()
    }
}
