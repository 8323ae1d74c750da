import Foundation
import Testing
@testable import Storage
import Workflow

/// Which cases `archive --before` moves, and R22's three-year floor, without a database.
@Suite struct ArchivePlanTests {
    static func day(_ text: String) -> CivilDate { CivilDate(iso: text) ?? .earliest }

    static func candidate(_ id: String, concluded: String?, archived: Bool = false) -> ArchiveCandidate {
        ArchiveCandidate(caseID: id, concluded: concluded != nil, concludedOn: concluded.map(day), archived: archived)
    }

    @Test func aSettingShorterThanThreeYearsIsRefusedNamingR22() throws {
        for years in [0, 1, 2] {
            let error = #expect(throws: StorageError.self) { try RetentionPolicy(years: years) }
            #expect(error?.message.text(.zh).contains("R22") == true)
            #expect(error?.message.text(.zh).contains("\(years) 年") == true)
        }
        #expect(try RetentionPolicy(years: 3).years == 3)
        #expect(try RetentionPolicy(years: 10).years == 10)
        #expect(try RetentionPolicy(setting: nil) == .standard)
        #expect(try RetentionPolicy(setting: " 5 ").years == 5)
        #expect(throws: StorageError.self) { try RetentionPolicy(setting: "三年") }
        #expect(throws: StorageError.self) { try RetentionPolicy(setting: "2") }
    }

    @Test func theLatestDateIsTodayTheRetentionYearsEarlier() throws {
        #expect(RetentionPolicy.standard.latestCutoff(today: Self.day("2026-12-02")) == Self.day("2023-12-02"))
        #expect(try RetentionPolicy(years: 5).latestCutoff(today: Self.day("2026-12-02")) == Self.day("2021-12-02"))
        // 29 February in a year that has none: the day before.
        #expect(RetentionPolicy.standard.latestCutoff(today: Self.day("2028-02-29")) == Self.day("2025-02-28"))
    }

    @Test func aDateInsideTheRetentionPeriodIsRefusedNamingR22() throws {
        let today = Self.day("2026-12-02")
        let error = #expect(throws: StorageError.self) {
            try ArchivePlan.make([], before: Self.day("2023-12-03"), today: today, policy: .standard)
        }
        #expect(error?.message.text(.zh).contains("R22") == true)
        #expect(error?.message.text(.zh).contains("2023-12-02") == true)
        #expect(try ArchivePlan.make([], before: Self.day("2023-12-02"), today: today, policy: .standard).caseCount == 0)
        // A longer retention moves the latest date back.
        #expect(throws: StorageError.self) { try ArchivePlan.make([], before: Self.day("2022-01-01"), today: today, policy: try RetentionPolicy(years: 5)) }
    }

    @Test func onlyConcludedCasesBeforeTheDateNotYetArchivedQualify() throws {
        let candidates = [
            Self.candidate("XK2021000003", concluded: "2021-06-30"),
            Self.candidate("XK2021000001", concluded: "2021-03-01"),
            Self.candidate("XK2021000002", concluded: nil),                          // still open
            Self.candidate("XK2021000004", concluded: "2021-05-01", archived: true), // moved already
            Self.candidate("XK2022000001", concluded: "2022-12-31"),                 // on the day: not before it
            Self.candidate("XK2022000002", concluded: "2022-01-05"),
            Self.candidate("XK2020000009", concluded: "2020-11-11"),
        ]
        let plan = try ArchivePlan.make(candidates, before: Self.day("2022-12-31"), today: Self.day("2026-12-02"), policy: .standard, batchSize: 2)
        #expect(plan.caseCount == 4)
        #expect(plan.perYear.map(\.year) == [2020, 2021, 2022])
        #expect(plan.perYear.map(\.cases) == [1, 2, 1])
        #expect(plan.batches.map(\.caseIDs) == [["XK2020000009"], ["XK2021000001", "XK2021000003"], ["XK2022000002"]])
        let small = try ArchivePlan.make(candidates, before: Self.day("2022-12-31"), today: Self.day("2026-12-02"), policy: .standard, batchSize: 1)
        #expect(small.batches.count == 4)
        #expect(small.batches.allSatisfy { $0.caseIDs.count == 1 })
    }

    @Test func archiveFilesAreNamedByYearBesideTheDatabase() {
        #expect(ArchiveFile.path(for: 2022, beside: "/var/lib/powerdesk/powerdesk.sqlite") == "/var/lib/powerdesk/powerdesk.archive-2022.sqlite")
        #expect(ArchiveFile.path(for: 2021, beside: "desk.db") == "desk.db.archive-2021.sqlite")
        #expect(ArchiveFile.name(for: 2022, beside: "/tmp/x/desk.sqlite") == "desk.archive-2022.sqlite")
    }
}
