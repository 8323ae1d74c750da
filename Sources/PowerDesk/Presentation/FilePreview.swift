import Foundation

/// What a terminal can show of a filed file: a PDF's text (from `pdftotext`, by the caller) or
/// an image's size in pixels, read from its header. Pure.
enum FilePreview {
    /// Width and height of a PNG or JPEG, nil for anything else or a damaged header.
    static func imageSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(65_536))
        func big(_ at: Int, _ count: Int) -> Int? {
            guard at >= 0, at + count <= bytes.count else { return nil }
            return bytes[at..<(at + count)].reduce(0) { $0 << 8 | Int($1) }
        }
        // PNG: the IHDR chunk follows the 8-byte signature.
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), let width = big(16, 4), let height = big(20, 4) { return (width, height) }
        // JPEG: walk the segments to a start-of-frame marker.
        guard bytes.starts(with: [0xFF, 0xD8]) else { return nil }
        var at = 2
        while at + 9 < bytes.count, bytes[at] == 0xFF {
            let marker = bytes[at + 1]
            guard let length = big(at + 2, 2), length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                guard let height = big(at + 5, 2), let width = big(at + 7, 2) else { return nil }
                return (width, height)
            }
            at += 2 + length
        }
        return nil
    }
}
