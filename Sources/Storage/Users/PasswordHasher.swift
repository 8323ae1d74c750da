import _CryptoExtras
import Crypto
import Foundation

/// scrypt password hashes with a per-user salt. The cost is set so a login takes tens of
/// milliseconds: unnoticeable to a clerk, expensive for someone trying a stolen file offline.
enum PasswordHasher {
    static let rounds = 1 << 14
    static let blockSize = 8
    static let parallelism = 1
    static let length = 32

    static func salt() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    static func hash(_ password: String, salt: [UInt8]) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8), salt: salt, outputByteCount: length, rounds: rounds,
            blockSize: blockSize, parallelism: parallelism
        )
        return key.withUnsafeBytes { Array($0) }
    }

    /// Compares in time independent of where the first difference lies.
    static func matches(_ password: String, salt: [UInt8], hash expected: [UInt8]) -> Bool {
        guard let actual = try? hash(password, salt: salt), actual.count == expected.count else { return false }
        return zip(actual, expected).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
