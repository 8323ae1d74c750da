/// A range of fine amounts as the law writes it: fixed yuan (10万元以上30万元以下), a multiple of
/// a fact (违法所得1倍以上3倍以下) or a percentage of one (工程造价5%以上10%以下), with the range
/// that applies when that fact cannot be determined (违法所得无法确定的，处5万元以下罚款).
public struct AmountRange: Sendable, Hashable, Codable {
    public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
        case fixed
        case multiple
        case percent
    }

    public let basis: Basis
    /// The money fact the range is a multiple or percentage of.
    public let fact: String?
    /// Fixed: fen. Multiple and percent: the factor in thousandths (1倍 = 1000, 5% = 50).
    public let min: Int64
    public let max: Int64
    /// The fixed range in fen when the basis fact is unknown; nil when the law gives none.
    public let undetermined: ClosedRange<Int64>?
    /// Stored optional so that definition versions stored before it existed still decode.
    private let upperExcluded: Bool?
    /// "不满 max": the upper bound is not part of the range (以上、以下 include their number, 不满
    /// does not), so that adjacent levels never share an amount. An `undetermined` range written
    /// with `below-max` is stored one fen short instead.
    public var belowMax: Bool { upperExcluded ?? false }

    public init(basis: Basis, fact: String?, min: Int64, max: Int64, undetermined: ClosedRange<Int64>?, belowMax: Bool = false) {
        self.basis = basis
        self.fact = fact
        self.min = min
        self.max = max
        self.undetermined = undetermined
        self.upperExcluded = belowMax ? true : nil
    }

    /// Whether `value` (fen for a fixed range, thousandths for a factor) lies at or under the
    /// upper bound: strictly under it for a range "不满" its bound.
    public func admitsUpTo(_ value: Int64) -> Bool { belowMax ? value < max : value <= max }

    /// The range in money for a case, given the value of its basis fact. Bounds are rounded
    /// inwards, so a resolved range never exceeds what the law allows.
    public func resolve(base: Money?) -> ClosedRange<Money>? {
        switch basis {
        case .fixed:
            let upper = max - (belowMax ? 1 : 0)
            return min <= upper ? Money(fen: min)...Money(fen: upper) : nil
        case .multiple, .percent:
            // Absent means "cannot be determined"; zero is determined (查明无违法所得).
            guard let base, base.fen >= 0 else {
                return undetermined.map { Money(fen: $0.lowerBound)...Money(fen: $0.upperBound) }
            }
            let low = (base.fen.multipliedReportingOverflow(by: min), base.fen.multipliedReportingOverflow(by: max))
            guard !low.0.overflow, !low.1.overflow else { return nil }
            let lower = (low.0.partialValue + 999) / 1000
            // 不满: the largest fen strictly under the bound (nothing is under 0: a base of 0 gives 0).
            let exact = low.1.partialValue
            let upper = belowMax && exact > 0 ? (exact % 1000 == 0 ? exact / 1000 - 1 : exact / 1000) : exact / 1000
            return lower <= upper ? Money(fen: lower)...Money(fen: upper) : nil
        }
    }

    /// Whether this range lies inside `outer` for every possible value of the basis fact.
    /// Ranges on different bases cannot be compared, and count as not contained.
    public func isInside(_ outer: AmountRange) -> Bool {
        guard basis == outer.basis, fact == outer.fact else { return false }
        guard min >= outer.min, max <= outer.max else { return false }
        switch (undetermined, outer.undetermined) {
        case (nil, _): return true
        case (let inner?, let outerRange?): return inner.lowerBound >= outerRange.lowerBound && inner.upperBound <= outerRange.upperBound
        case (.some, nil): return false
        }
    }
}
