import Crypto

/// MD5, the digest PDF uses for its /ID. Used here only to derive stable names from content
/// (file identifier, subset tag), never for security: swift-crypto's `Insecure.MD5`, which the
/// package already links for the audit chain, instead of a second, hand-written one (issue 14).
enum MD5 {
    static func digest(_ message: [UInt8]) -> [UInt8] {
        Array(Insecure.MD5.hash(data: message))
    }
}
