import Foundation
import Workflow

/// A change request waiting for confirmation (R3).
public struct DefinitionDraft: Sendable, Hashable {
    public let version: Int64
    public let note: String
    public let createdBy: String
    public let createdOn: CivilDate
    public let lawChangedOn: CivilDate?
    /// The files that differ from the version in force, so the legal post sees what changes.
    public let changedFiles: [String]

    /// Filing is due within 20 days of the change of law or duties (the plan's 20日; the unit is
    /// not stated, so calendar days, the stricter reading).
    public static let filingLimit = TimeLimit(days: 20, unit: .day)

    public func filingDue(calendar: WorkCalendar) -> CivilDate? {
        lawChangedOn.map { calendar.due(from: $0, adding: Self.filingLimit.days, unit: Self.filingLimit.unit).date }
    }
}
