import Foundation

/// SplitMix64: a small random generator whose whole sequence follows from its seed, so a test
/// that draws its plan from it can be replayed by giving the printed seed back.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The seed from `variable` in the environment when set (to replay a failure), else a new one.
    static func seed(from variable: String) -> UInt64 {
        if let text = ProcessInfo.processInfo.environment[variable], let seed = UInt64(text) { return seed }
        return UInt64.random(in: 0...UInt64.max)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
