import _CryptoExtras
import Crypto
import Foundation

/// scrypt password hashes with a per-user salt, at the cost given by `PasswordParameters`.
enum PasswordHasher {
    static let length = 32

    static func salt() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    static func hash(_ password: String, salt: [UInt8], parameters: PasswordParameters) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8), salt: salt, outputByteCount: length, rounds: parameters.rounds,
            blockSize: parameters.blockSize, parallelism: parameters.parallelism
        )
        return key.withUnsafeBytes { Array($0) }
    }

    /// Compares in time independent of where the first difference lies.
    static func matches(_ password: String, salt: [UInt8], hash expected: [UInt8], parameters: PasswordParameters) -> Bool {
        guard let actual = try? hash(password, salt: salt, parameters: parameters), actual.count == expected.count else { return false }
        return zip(actual, expected).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Spends the time of a real check on a name that has no account, so that how long a wrong
    /// sign-in takes does not tell which user names exist.
    static func checkAgainstDummy(_ password: String, parameters: PasswordParameters) {
        _ = matches(password, salt: Array(repeating: 0, count: 16), hash: Array(repeating: 0, count: length), parameters: parameters)
    }
}
