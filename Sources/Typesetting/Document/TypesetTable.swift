/// A grid table: columns sized by relative weights across the text width.
public struct TypesetTable: Sendable, Equatable {
    /// Relative weights, normalised to the text width.
    public var columnWidths: [Double]
    /// Drawn on a light grey fill and repeated at the top of each page the table reaches.
    public var header: [String]?
    public var rows: [[String]]
    /// Points; 12 unless given.
    public var fontSize: Double

    public init(columnWidths: [Double], header: [String]?, rows: [[String]], fontSize: Double = 12) {
        self.columnWidths = columnWidths
        self.header = header
        self.rows = rows
        self.fontSize = fontSize
    }
}
