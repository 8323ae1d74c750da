import Workflow

/// Counts and evidence gathered per (section, item) while reading a quarter's rows; rolled up
/// into the sections, the powers and the total afterwards. The item is "" for what concerns a
/// section but no case (a 黄牌 to a section, a complaint about no case).
struct EvaluationTally {
    struct Cell {
        var counts = EvaluationCounts()
        var evidence: [EvaluationMeasure: Set<String>] = [:]
    }

    struct Key: Hashable {
        let section: String
        let item: String
    }

    var cells: [Key: Cell] = [:]

    mutating func add(_ section: String, _ item: String, _ measure: EvaluationMeasure, evidence: String?, _ change: (inout EvaluationCounts) -> Void) {
        let key = Key(section: section, item: item)
        change(&cells[key, default: Cell()].counts)
        if let evidence { cells[key, default: Cell()].evidence[measure, default: []].insert(evidence) }
    }

    /// The cells whose key passes `include`, summed.
    func sum(_ include: (Key) -> Bool) -> Cell {
        var out = Cell()
        for (key, cell) in cells where include(key) {
            out.counts = out.counts + cell.counts
            for (measure, ids) in cell.evidence { out.evidence[measure, default: []].formUnion(ids) }
        }
        return out
    }
}
