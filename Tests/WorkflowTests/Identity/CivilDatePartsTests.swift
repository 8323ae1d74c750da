import Testing
@testable import Workflow

@Suite("Civil dates")
struct CivilDatePartsTests {
    @Test("Gregorian leap years", arguments: [(1900, false), (2000, true), (2004, true), (2023, false), (2024, true), (2100, false), (2400, true)])
    func leapYears(_ year: Int, _ leap: Bool) {
        #expect(CivilDateParts.isLeapYear(year) == leap)
        #expect(CivilDateParts(year: year, month: 2, day: 29).isValid == leap)
    }

    @Test("validity agrees with Foundation's calendar for every day of two years", arguments: [1900, 2000])
    func validityAgrees(_ year: Int) {
        for month in 0...13 {
            for day in 0...32 {
                #expect(CivilDateParts(year: year, month: month, day: day).isValid == IdentityReference.dateExists(year, month, day),
                        "\(year)-\(month)-\(day)")
            }
        }
    }

    @Test("ordering and display")
    func orderingAndDisplay() {
        let a = CivilDateParts(year: 2025, month: 6, day: 1)
        let b = CivilDateParts(year: 2025, month: 6, day: 2)
        let c = CivilDateParts(year: 2026, month: 1, day: 1)
        #expect(a < b && b < c && !(b < a))
        #expect(a.description == "2025-06-01")
        #expect(CivilDateParts(year: 999, month: 1, day: 2).description == "0999-01-02")
    }
}
