/// Working days used by closed cases, as counts per value: the mean and the 90th percentile come
/// from a few dozen groups instead of every case.
struct UsedHistogram: Sendable, Hashable {
    private(set) var counts: [Int: Int] = [:]

    mutating func add(_ used: Int, count: Int) { counts[used, default: 0] += count }

    var total: Int { counts.values.reduce(0, +) }

    var mean: Double? {
        let n = total
        guard n > 0 else { return nil }
        return Double(counts.reduce(0) { $0 + $1.key * $1.value }) / Double(n)
    }

    /// The nearest-rank percentile: the smallest value with at least `p` of the cases at or below it.
    func percentile(_ p: Double) -> Int? {
        let n = total
        guard n > 0 else { return nil }
        let rank = max(1, Int((p * Double(n)).rounded(.up)))
        var seen = 0
        for (value, count) in counts.sorted(by: { $0.key < $1.key }) {
            seen += count
            if seen >= rank { return value }
        }
        return counts.keys.max()
    }
}
