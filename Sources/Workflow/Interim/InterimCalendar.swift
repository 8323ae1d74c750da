// Interim stand-in until Calendar/ lands; deleted at integration.
import Foundation
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int
    public init?(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
    public init?(iso: String) { return nil }
    public var description: String { "\(year)-\(month)-\(day)" }
    public func adding(days: Int) -> CivilDate { self }
    public func days(until other: CivilDate) -> Int { 0 }
    public static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    public static func inShanghai(_ instant: Date) -> CivilDate { CivilDate(year: 2026, month: 1, day: 1)! }
}
public enum DayUnit: String, Sendable, Codable, CaseIterable { case workday, day }
public struct PausePeriod: Sendable, Hashable, Codable { public let start: CivilDate; public let end: CivilDate }
public struct DueDate: Sendable, Hashable { public let date: CivilDate; public let unscheduledYears: [Int] }
public enum DeadlineLevel: String, Sendable, Codable, CaseIterable { case normal, yellow, red }
public struct DeadlinePolicy: Sendable, Hashable, Codable { public var yellowBefore: Int = 1; public var unit: DayUnit = .workday }
public struct DeadlineStatus: Sendable, Hashable { public let due: CivilDate; public let level: DeadlineLevel; public let remaining: Int; public let unit: DayUnit; public let unscheduledYears: [Int] }
public struct HolidaySchedule: Sendable, Hashable {}
public struct WorkCalendar: Sendable {
    public init(schedules: [HolidaySchedule]) {}
    public func due(from start: CivilDate, adding n: Int, unit: DayUnit, pauses: [PausePeriod] = []) -> DueDate { DueDate(date: start, unscheduledYears: []) }
    public func count(_ unit: DayUnit, after from: CivilDate, through to: CivilDate) -> Int { 0 }
    public func status(of due: DueDate, today: CivilDate, policy: DeadlinePolicy) -> DeadlineStatus { DeadlineStatus(due: due.date, level: .normal, remaining: 0, unit: .day, unscheduledYears: []) }
}
