import GRDB
import Workflow

/// Sorts the 双公示 decisions by their deadline on `today`: a pure function of the decisions, the
/// working-day calendar and the day, so that tests give it any dates.
enum DisclosureDeadlines {
    /// A decision in publication and not yet public is pending up to its due day and late after
    /// it; one public after its due day is late for good. A decision withdrawn, replaced or made
    /// secret before it went public owes nothing.
    static func report(_ decisions: [DisclosureDecision], policy: DisclosurePolicy, calendar: WorkCalendar, today: CivilDate) -> DisclosureDeadlineReport {
        var report = DisclosureDeadlineReport(days: policy.publicityDays, basis: policy.publicityBasis)
        for decision in decisions {
            let entry = decision.entry
            let due = calendar.due(from: entry.decidedOn, adding: policy.publicityDays, unit: .workday).date
            let line = DisclosureDeadlineCase(caseID: entry.caseID, number: entry.number, itemName: entry.itemName, decidedOn: entry.decidedOn,
                                              dueOn: due, publishedOn: decision.publishedOn)
            if let published = decision.publishedOn {
                if published > due { report.publishedLate.append(line) }
            } else if decision.inPublication {
                if today > due { report.unpublishedLate.append(line) } else { report.pending.append(line) }
            }
        }
        return report
    }
}
