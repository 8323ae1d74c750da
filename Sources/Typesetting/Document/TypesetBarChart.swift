/// A horizontal bar chart (a statistics report's picture): one labelled bar a line, lengths
/// proportional to the values against `maximum` (the largest value when nil), value printed after.
public struct TypesetBarChart: Sendable, Equatable {
    public var bars: [TypesetBar]
    public var maximum: Double?

    public init(bars: [TypesetBar], maximum: Double? = nil) {
        self.bars = bars
        self.maximum = maximum
    }
}
