import Storage

/// The cases behind one number of the board, as listed when Enter was pressed on it.
struct BoardDrill {
    let measure: BoardMeasure
    let rowName: String
    let total: Int
    let ids: [String]
    var selected = 0
    var top = 0
}
