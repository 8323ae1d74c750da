import Foundation
import Testing
@testable import Workflow

@Suite("CivilDate")
struct CivilDateTests {
    func d(_ iso: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CivilDate {
        try CalendarTestSupport.date(iso, sourceLocation: sourceLocation)
    }

    @Test func rejectsImpossibleDates() {
        #expect(CivilDate(year: 2026, month: 2, day: 30) == nil)
        #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 0, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test(arguments: ["2026-2-03", "2026-02-3", "20260203", "2026/02/03", "２０２６-02-03", "2026-02-03 ",
                      "", "2026-02-30", "+026-02-03", "2026-0x-03"])
    func rejectsMalformedISO(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func isoRoundTripAndPadding() throws {
        let date = try CalendarTestSupport.date("0987-03-04")
        #expect(date.year == 987 && date.month == 3 && date.day == 4)
        #expect(date.description == "0987-03-04")
        #expect(try CalendarTestSupport.date("2026-12-31").description == "2026-12-31")
    }

    @Test func codableAsISOString() throws {
        let date = try CalendarTestSupport.date("2026-02-10")
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-02-10"]"#)
        #expect(try JSONDecoder().decode([CivilDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
    }

    @Test func weekdaysOfKnownDates() throws {
        #expect(try CalendarTestSupport.date("2026-02-10").weekday == 2)  // Tuesday
        #expect(try CalendarTestSupport.date("2026-01-04").weekday == 7)  // Sunday
        #expect(try CalendarTestSupport.date("2025-02-08").weekday == 6)  // Saturday
        #expect(try CalendarTestSupport.date("1970-01-01").weekday == 4)  // Thursday
        #expect(try CalendarTestSupport.date("1969-12-29").weekday == 1)  // Monday
        #expect(try CalendarTestSupport.date("2000-01-01").weekday == 6)  // Saturday
    }

    @Test func arithmeticAcrossMonthsAndLeapYears() throws {
        #expect(try d("2024-02-28").adding(days: 1) == d("2024-02-29"))
        #expect(try d("2025-02-28").adding(days: 1) == d("2025-03-01"))
        #expect(try d("2025-12-31").adding(days: 1) == d("2026-01-01"))
        #expect(try d("2026-03-01").adding(days: -1) == d("2026-02-28"))
        #expect(try d("2025-01-01").days(until: d("2026-01-01")) == 365)
        #expect(try d("2024-01-01").days(until: d("2025-01-01")) == 366)
        #expect(try d("2026-03-16").days(until: d("2026-02-10")) == -34)
    }

    @Test func arithmeticClampsInsteadOfTrapping() throws {
        let date = try CalendarTestSupport.date("2026-02-10")
        #expect(date.adding(days: .max) == CivilDate.latest)
        #expect(date.adding(days: .min) == CivilDate.earliest)
        #expect(CivilDate.latest.adding(days: 1) == CivilDate.latest)
        #expect(CivilDate.latest.description == "9999-12-31")
        #expect(CivilDate.earliest.description == "0001-01-01")
    }

    @Test func orderingIsChronological() throws {
        #expect(try d("2025-12-31") < d("2026-01-01"))
        #expect(try d("2026-01-31") < d("2026-02-01"))
        #expect(try !(d("2026-02-01") < d("2026-02-01")))
    }

    /// Every day 1990–2040 against Foundation: ISO form, weekday and successor.
    @Test func agreesWithFoundationDayByDay() throws {
        var instant = try #require(CalendarOracle.instant("1990-01-01"))
        var date = try CalendarTestSupport.date("1990-01-01")
        for _ in 0..<(51 * 366) {
            #expect(date.description == CalendarOracle.iso(instant))
            let foundationWeekday = CalendarOracle.utc.component(.weekday, from: instant)  // 1 = Sunday
            #expect(date.weekday == (foundationWeekday + 5) % 7 + 1)
            instant = try #require(CalendarOracle.utc.date(byAdding: .day, value: 1, to: instant))
            date = date.adding(days: 1)
        }
    }

    @Test func instantToShanghaiDateIgnoresProcessTimeZone() throws {
        let parse = { (text: String) throws -> Date in
            try #require(ISO8601DateFormatter().date(from: text))
        }
        #expect(try CivilDate.inShanghai(parse("2026-11-29T16:30:00Z")) == CalendarTestSupport.date("2026-11-30"))
        #expect(try CivilDate.inShanghai(parse("2026-11-29T15:59:59Z")) == CalendarTestSupport.date("2026-11-29"))
        #expect(try CivilDate.inShanghai(parse("2026-11-29T16:00:00Z")) == CalendarTestSupport.date("2026-11-30"))
        #expect(try CivilDate.inShanghai(parse("2025-12-31T16:00:00Z")) == CalendarTestSupport.date("2026-01-01"))
        #expect(try CivilDate.inShanghai(parse("2026-11-30T07:59:59+08:00")) == CalendarTestSupport.date("2026-11-30"))
    }

    /// China has kept UTC+8 without DST since 1991, so the zone database and plain arithmetic
    /// must agree on every instant since; each step lands at a different time of day.
    @Test func zoneDatabaseAgreesWithFixedOffsetSince1992() throws {
        var seconds = try #require(ISO8601DateFormatter().date(from: "1992-01-01T00:00:00Z")).timeIntervalSince1970
        let end = try #require(ISO8601DateFormatter().date(from: "2040-01-01T00:00:00Z")).timeIntervalSince1970
        var checked = 0
        while seconds < end {
            let instant = Date(timeIntervalSince1970: seconds)
            #expect(CivilDate.inShanghai(instant) == CivilDate.inFixedChinaOffset(instant))
            seconds += 86_400 * 3 + 3_599  // drifts an hour a step through every time of day
            checked += 1
        }
        #expect(checked > 5_000)
        let parse = { (text: String) throws -> Date in try #require(ISO8601DateFormatter().date(from: text)) }
        #expect(try CivilDate.inFixedChinaOffset(parse("2026-11-29T16:30:00Z")) == d("2026-11-30"))
        #expect(try CivilDate.inFixedChinaOffset(parse("2026-11-29T15:59:59Z")) == d("2026-11-29"))
        #expect(try CivilDate.inFixedChinaOffset(parse("1969-12-31T16:00:00Z")) == d("1970-01-01"))
        #expect(try CivilDate.inFixedChinaOffset(parse("1969-12-31T15:59:59Z")) == d("1969-12-31"))
    }

    /// Month lengths against Foundation, including century leap rules.
    @Test(arguments: [1900, 1999, 2000, 2024, 2025, 2026, 2100])
    func monthLengthsMatchFoundation(year: Int) throws {
        for month in 1...12 {
            let first = try #require(CalendarOracle.utc.date(from: DateComponents(year: year, month: month, day: 1)))
            let length = try #require(CalendarOracle.utc.range(of: .day, in: .month, for: first)).count
            #expect(CivilDate(year: year, month: month, day: length) != nil, "\(year)-\(month)")
            #expect(CivilDate(year: year, month: month, day: length + 1) == nil, "\(year)-\(month)")
        }
    }

    @Test func extremeInstantsClamp() {
        #expect(CivilDate.inShanghai(Date(timeIntervalSince1970: .infinity)) == CivilDate.latest)
        #expect(CivilDate.inShanghai(Date(timeIntervalSince1970: -.infinity)) == CivilDate.earliest)
        #expect(CivilDate.inShanghai(Date(timeIntervalSince1970: .nan)) == CivilDate.earliest)
        #expect(CivilDate.inShanghai(Date(timeIntervalSince1970: 1e18)) == CivilDate.latest)
    }
}
