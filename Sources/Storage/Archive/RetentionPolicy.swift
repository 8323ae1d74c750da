import Foundation
import Localization
import Workflow

/// How long concluded cases stay in the business system before they may be archived. R22: the
/// detailed run data stays at least three years; the bureau may keep it longer (configuration
/// `retention-years`), never shorter.
public struct RetentionPolicy: Sendable, Equatable {
    /// R22's floor, in years.
    public static let minimumYears = 3
    public static let standard = RetentionPolicy(checkedYears: minimumYears)

    public let years: Int

    private init(checkedYears: Int) { years = checkedYears }

    /// A configured number of years; shorter than R22's floor is refused, naming R22.
    public init(years: Int) throws {
        guard years >= Self.minimumYears else { throw StorageError(ArchivePhrases.retentionTooShort(years, Self.minimumYears)) }
        self.init(checkedYears: years)
    }

    /// The configuration's text (`retention-years: 5`); none means R22's three years.
    public init(setting: String?) throws {
        guard let setting = setting?.trimmingCharacters(in: .whitespaces), !setting.isEmpty else {
            self = .standard
            return
        }
        guard let years = Int(setting) else { throw StorageError(ArchivePhrases.retentionNotNumber(setting)) }
        try self.init(years: years)
    }

    /// The latest `--before` allowed on `today`: the same day `years` earlier (28 February for
    /// a 29 February whose year has none). A case concluded before it has been kept long enough.
    public func latestCutoff(today: CivilDate) -> CivilDate {
        let year = today.year - years
        return CivilDate(year: year, month: today.month, day: today.day) ?? CivilDate(year: year, month: today.month, day: today.day - 1) ?? today
    }

    /// `before` itself, or the refusal naming R22 when cases concluded before it would leave the
    /// business system too early.
    public func check(before: CivilDate, today: CivilDate) throws -> CivilDate {
        let latest = latestCutoff(today: today)
        guard before <= latest else { throw StorageError(ArchivePhrases.beforeTooLate(before.description, today.description, years, latest.description)) }
        return before
    }
}
