/// The scrypt cost a password hash was made with, stored beside the hash (`scrypt:N:r:p`) so a
/// hash made at an older cost still verifies and is upgraded at the next successful sign-in.
struct PasswordParameters: Sendable, Hashable {
    let rounds: Int
    let blockSize: Int
    let parallelism: Int

    /// OWASP's recommendation for scrypt: N = 2^17, r = 8, p = 1 (128 MiB per hash).
    static let standard = PasswordParameters(rounds: 1 << 17, blockSize: 8, parallelism: 1)
    /// The cost before v8, kept for demo and training databases: their accounts' password is the
    /// published "demo", so a costly hash protects nothing there and would only slow every login.
    static let light = PasswordParameters(rounds: 1 << 14, blockSize: 8, parallelism: 1)

    static func `for`(_ kind: DatabaseKind) -> PasswordParameters {
        kind == .production ? standard : light
    }

    var text: String { "scrypt:\(rounds):\(blockSize):\(parallelism)" }

    /// Parses the stored form; nil for anything else, including costs so high that a tampered row
    /// could make every sign-in exhaust memory.
    init?(text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 4, parts[0] == "scrypt", let rounds = Int(parts[1]), let blockSize = Int(parts[2]), let parallelism = Int(parts[3]),
              (1 << 10...1 << 20).contains(rounds), rounds & (rounds - 1) == 0, (1...16).contains(blockSize), (1...4).contains(parallelism)
        else { return nil }
        self.init(rounds: rounds, blockSize: blockSize, parallelism: parallelism)
    }

    init(rounds: Int, blockSize: Int, parallelism: Int) {
        self.rounds = rounds
        self.blockSize = blockSize
        self.parallelism = parallelism
    }
}
