import CZlib

/// zlib compression for PDF streams (FlateDecode) and the embedded font program.
enum Flate {
    static func compress(_ bytes: [UInt8], level: Int32 = 6) throws(TypesettingError) -> [UInt8] {
        let source = bytes.isEmpty ? [0] : bytes
        let sourceLength = uLong(bytes.count)
        var length = compressBound(sourceLength)
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = source.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                compress2(out.baseAddress, &length, input.baseAddress, sourceLength, level)
            }
        }
        guard status == Z_OK else { throw TypesettingError.compressionFailed(code: status) }
        output.removeSubrange(Int(length)...)
        return output
    }
}
