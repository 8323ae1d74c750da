/// One row of the board: an item, section or officer and its numbers. A measure with nothing to
/// say (no case closed, so no time used) is absent rather than zero.
public struct BoardRow: Sendable, Hashable {
    /// The code or user id the summaries are kept under; nil for the total.
    public let key: String?
    public let name: String
    public internal(set) var values: [BoardMeasure: Double]

    public init(key: String?, name: String, values: [BoardMeasure: Double] = [:]) {
        self.key = key
        self.name = name
        self.values = values
    }

    public subscript(_ measure: BoardMeasure) -> Double? { values[measure] }
}
