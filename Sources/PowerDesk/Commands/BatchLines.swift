import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lines of a file descriptor, read as they arrive, so a batch on standard input acts on each line
/// when it comes rather than after the input ends.
///
/// Reading is linear in the input: each byte is scanned for a newline once, and consumed lines
/// are dropped in bulk, not one by one from the front. A line longer than `limit` is never held
/// whole: its bytes are skipped up to its newline and it comes back as `.oversize`, so a 50 MB
/// line costs neither minutes nor memory and the lines after it still run.
struct BatchLines: Sequence, IteratorProtocol {
    enum Line: Equatable {
        case text(String)
        /// Longer than the limit; its content was discarded.
        case oversize
        /// Not valid UTF-8: refused rather than stored with replacement characters.
        case invalidUTF8
    }

    /// The longest line accepted: far above any real operation, small enough to hold safely.
    static let defaultLimit = 1 << 20
    static let chunkSize = 1 << 16

    let descriptor: Int32
    let limit: Int
    private var buffer: [UInt8] = []
    /// Where the current line starts in `buffer`, and how far it has been searched for a newline.
    private var start = 0
    private var scanned = 0
    private var skippingOversize = false
    private var finished = false
    /// The error that ended reading early (a directory, an I/O error), if one did.
    private(set) var readError: Int32?

    init(_ handle: FileHandle, limit: Int = BatchLines.defaultLimit) {
        descriptor = handle.fileDescriptor
        self.limit = limit
    }

    mutating func next() -> Line? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                scanned = start
                if skippingOversize || line.count > limit {
                    skippingOversize = false
                    return .oversize
                }
                return Self.decode(line)
            }
            scanned = buffer.count
            if buffer.count - start > limit {
                // Too long already: forget what is held and skip on to the newline.
                skippingOversize = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if finished {
                guard start < buffer.count || skippingOversize else { return nil }
                let line = buffer[start...]
                buffer.removeAll()
                start = 0
                scanned = 0
                if skippingOversize {
                    skippingOversize = false
                    return .oversize
                }
                return Self.decode(line)
            }
            if start > 0, start >= buffer.count / 2 {
                buffer.removeSubrange(0..<start)
                scanned -= start
                start = 0
            }
            readChunk()
        }
    }

    private mutating func readChunk() {
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { readError = errno }
            if count <= 0 {
                finished = true
            } else {
                buffer.append(contentsOf: chunk[0..<count])
            }
            return
        }
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> Line {
        guard let text = String(validating: bytes, as: UTF8.self) else { return .invalidUTF8 }
        return .text(text)
    }
}
