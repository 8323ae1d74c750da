import Workflow

/// Which cases `powerdesk archive --before` moves, and in which batches: concluded before the
/// date, past the retention period, not archived already; grouped by the year of conclusion (one
/// archive file per year) and cut into batches of at most `batchSize`, in case order so a run
/// resumed after a kill picks up exactly what is left.
public struct ArchivePlan: Sendable, Equatable {
    public let before: CivilDate
    public let batches: [ArchiveBatch]

    public var caseCount: Int { batches.reduce(0) { $0 + $1.caseIDs.count } }

    /// Cases per year of conclusion, in year order.
    public var perYear: [(year: Int, cases: Int)] {
        var counts: [Int: Int] = [:]
        for batch in batches { counts[batch.year, default: 0] += batch.caseIDs.count }
        return counts.keys.sorted().map { ($0, counts[$0] ?? 0) }
    }

    /// The plan for `candidates`; refuses a date that would break the retention period.
    public static func make(_ candidates: [ArchiveCandidate], before: CivilDate, today: CivilDate, policy: RetentionPolicy,
                            batchSize: Int = 500) throws -> ArchivePlan {
        let cutoff = try policy.check(before: before, today: today)
        var byYear: [Int: [String]] = [:]
        for candidate in candidates where qualifies(candidate, before: cutoff) {
            if let day = candidate.concludedOn { byYear[day.year, default: []].append(candidate.caseID) }
        }
        let size = max(1, batchSize)
        var batches: [ArchiveBatch] = []
        for year in byYear.keys.sorted() {
            let ids = (byYear[year] ?? []).sorted()
            for start in stride(from: 0, to: ids.count, by: size) {
                batches.append(ArchiveBatch(year: year, caseIDs: Array(ids[start..<min(start + size, ids.count)])))
            }
        }
        return ArchivePlan(before: cutoff, batches: batches)
    }

    /// Concluded before the cut-off and not archived yet.
    static func qualifies(_ candidate: ArchiveCandidate, before cutoff: CivilDate) -> Bool {
        guard candidate.concluded, !candidate.archived, let day = candidate.concludedOn else { return false }
        return day < cutoff
    }
}
