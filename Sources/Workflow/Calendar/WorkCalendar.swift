/// Counts working days under the State Council's holiday arrangements (R11).
///
/// A day is a working day when it is Monday to Friday and not a day off of its year, or when it is
/// listed as an extra working day. Years without a loaded schedule fall back to Monday to Friday,
/// and every computation that relied on such a year says which ones, so nothing is silently guessed.
///
/// Internally the calendar is a cumulative function `C(d)` = working days before day number `d`:
/// a closed-form weekday count plus the running sum of the schedules' few deviations, found by
/// binary search. Counting is then O(log k) and adding is a short galloping search, with no
/// day-by-day loops, because every queue refresh evaluates thousands of deadlines.
public struct WorkCalendar: Sendable {
    private let schedules: [Int: HolidaySchedule]
    /// Day numbers whose status differs from the Monday-to-Friday rule, ascending.
    private let deviations: [Int]
    /// `adjustment[i]` = net working days added by `deviations[0..<i]` (count + 1 entries).
    private let adjustment: [Int]
    /// C(d) at the two ends of the representable range, the bounds of every search.
    private let countAtFloor: Int
    private let countAtCeiling: Int

    /// Schedules are keyed by year; should two share a year, the later one in the list wins
    /// (the loader reports such duplicates before they get here).
    public init(schedules: [HolidaySchedule]) {
        var byYear: [Int: HolidaySchedule] = [:]
        for schedule in schedules { byYear[schedule.year] = schedule }
        self.schedules = byYear

        var status: [Int: Bool] = [:]  // day number → is a working day
        for schedule in byYear.values {
            for date in schedule.offDays { status[date.dayNumber] = false }
        }
        // A date listed both ways (the parser reports it) counts as a working day: that errs
        // toward the earlier deadline, the safe side for a bureau that must not miss one.
        for schedule in byYear.values {
            for date in schedule.extraWorkdays { status[date.dayNumber] = true }
        }
        var deviations: [Int] = []
        var adjustment: [Int] = [0]
        for (day, works) in status.sorted(by: { $0.key < $1.key })
        where works != WorkCalendar.isWeekday(day) {
            deviations.append(day)
            adjustment.append((adjustment.last ?? 0) + (works ? 1 : -1))
        }
        self.deviations = deviations
        self.adjustment = adjustment
        self.countAtFloor = WorkCalendar.workdaysBefore(
            CivilDate.minDayNumber + 1, deviations: deviations, adjustment: adjustment)
        self.countAtCeiling = WorkCalendar.workdaysBefore(
            CivilDate.maxDayNumber + 1, deviations: deviations, adjustment: adjustment)
    }

    /// The years with a loaded schedule, ascending.
    public var scheduledYears: [Int] { schedules.keys.sorted() }

    public func schedule(for year: Int) -> HolidaySchedule? { schedules[year] }

    public func hasSchedule(for year: Int) -> Bool { schedules[year] != nil }

    public func isWorkday(_ date: CivilDate) -> Bool {
        let day = date.dayNumber
        let index = firstDeviation(atOrAfter: day)
        let natural = WorkCalendar.isWeekday(day)
        return index < deviations.count && deviations[index] == day ? !natural : natural
    }

    /// Units in (from, to]; negative (minus the units in (to, from]) when `to` is before `from`.
    public func count(_ unit: DayUnit, after from: CivilDate, through to: CivilDate) -> Int {
        count(unit, after: from.dayNumber, through: to.dayNumber)
    }

    /// `start` + `n` units, counting from the day after `start`; pauses add the units they cover.
    ///
    /// - For working days the result is always a working day: the n-th one after `start`.
    /// - `n` = 0 gives `start`; a negative `n` counts back to the |n|-th unit before `start`.
    /// - Pauses are clipped to after `start` (the clock was not running before it) and merged
    ///   where they overlap, so no day is added twice.
    /// - Calendar-day periods never consult a schedule, so they are never flagged.
    public func due(from start: CivilDate, adding n: Int, unit: DayUnit, pauses: [PausePeriod] = []) -> DueDate {
        let s = start.dayNumber
        let intervals = mergedPauses(pauses, after: s)
        var covered = 0
        for (after, through) in intervals { covered += count(unit, after: after, through: through) }
        let total = WorkCalendar.clampUnits(n, plus: covered)

        switch unit {
        case .day:
            let beyond = s + total > CivilDate.maxDayNumber || s + total < CivilDate.minDayNumber
            return DueDate(date: CivilDate(dayNumber: s + total), beyondRange: beyond)
        case .workday:
            let due = workday(from: s, adding: total)
            let target = total > 0 ? workdaysBefore(s + 1) + total : workdaysBefore(s) + total + 1
            let beyond = total != 0 && (countAtFloor >= target || countAtCeiling < target)
            var ranges: [ClosedRange<Int>] = intervals.map { ($0.0 + 1)...$0.1 }
            if total > 0 { ranges.append((s + 1)...max(s + 1, due)) }
            if total < 0 { ranges.append(min(due, s - 1)...(s - 1)) }
            return DueDate(date: CivilDate(dayNumber: due), unscheduledYears: unscheduledYears(in: ranges), beyondRange: beyond)
        }
    }

    /// Sorted years, among those `first...last` spans, that have no loaded schedule.
    public func unscheduledYears(from first: CivilDate, through last: CivilDate) -> [Int] {
        let (low, high) = first <= last ? (first, last) : (last, first)
        return unscheduledYears(in: [low.dayNumber...high.dayNumber])
    }

    // MARK: - Internals shared with the deadline status

    func count(_ unit: DayUnit, after from: Int, through to: Int) -> Int {
        switch unit {
        case .day: to - from
        case .workday: workdaysBefore(to + 1) - workdaysBefore(from + 1)
        }
    }

    func unscheduledYears(in ranges: [ClosedRange<Int>]) -> [Int] {
        var years = Set<Int>()
        for range in ranges {
            let first = CivilDate(dayNumber: range.lowerBound).year
            let last = CivilDate(dayNumber: range.upperBound).year
            for year in first...max(first, last) where schedules[year] == nil { years.insert(year) }
        }
        return years.sorted()
    }

    // MARK: - The cumulative working-day function

    /// C(d): working days in [anchor, d) for a fixed anchor, so C(b + 1) - C(a + 1) counts (a, b].
    private func workdaysBefore(_ day: Int) -> Int {
        WorkCalendar.workdaysBefore(day, deviations: deviations, adjustment: adjustment)
    }

    private static func workdaysBefore(_ day: Int, deviations: [Int], adjustment: [Int]) -> Int {
        weekdaysBefore(day) + adjustment[firstDeviation(atOrAfter: day, in: deviations)]
    }

    private func firstDeviation(atOrAfter day: Int) -> Int {
        WorkCalendar.firstDeviation(atOrAfter: day, in: deviations)
    }

    /// Index of the first deviation ≥ `day` (= number of deviations before `day`).
    private static func firstDeviation(atOrAfter day: Int, in deviations: [Int]) -> Int {
        var low = 0
        var high = deviations.count
        while low < high {
            let mid = (low + high) / 2
            if deviations[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The n-th working day after `start` (n > 0) or before it (n < 0); `start` itself for 0.
    private func workday(from start: Int, adding n: Int) -> Int {
        if n == 0 { return start }
        // The answer is the first day d with C(d + 1) ≥ target.
        let target = n > 0 ? workdaysBefore(start + 1) + n : workdaysBefore(start) + n + 1
        let minDay = CivilDate.minDayNumber
        let maxDay = CivilDate.maxDayNumber
        if countAtFloor >= target { return minDay }
        if countAtCeiling < target { return maxDay }

        // Gallop from the Monday-to-Friday estimate to bracket the answer: C(low+1) < target ≤ C(high+1).
        let estimate = min(max(start + n * 7 / 5, minDay), maxDay)
        var low: Int
        var high: Int
        var step = 8
        if workdaysBefore(estimate + 1) >= target {
            high = estimate
            low = max(estimate - step, minDay - 1)
            while low >= minDay, workdaysBefore(low + 1) >= target {
                high = low
                step *= 2
                low = max(low - step, minDay - 1)
            }
        } else {
            low = estimate
            high = min(estimate + step, maxDay)
            while workdaysBefore(high + 1) < target {
                low = high
                step *= 2
                high = min(high + step, maxDay)
            }
        }
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if workdaysBefore(mid + 1) >= target { high = mid } else { low = mid }
        }
        return high
    }

    /// Pauses as (after, through] day-number intervals: clipped to after `start`, empty ones
    /// dropped, overlapping or touching ones merged.
    private func mergedPauses(_ pauses: [PausePeriod], after start: Int) -> [(Int, Int)] {
        let clipped = pauses
            .map { (max($0.start.dayNumber, start), $0.end.dayNumber) }
            .filter { $0.0 < $0.1 }
            .sorted { $0.0 < $1.0 }
        var merged: [(Int, Int)] = []
        for interval in clipped {
            if let last = merged.last, interval.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, interval.1)
            } else {
                merged.append(interval)
            }
        }
        return merged
    }

    // MARK: - Closed forms

    /// 1969-12-29, day number -3, was a Monday.
    private static let mondayAnchor = -3

    /// Monday-to-Friday days in [anchor, day), negative before the anchor; exact for any day.
    private static func weekdaysBefore(_ day: Int) -> Int {
        let offset = day - mondayAnchor
        var weeks = offset / 7
        var rest = offset % 7
        if rest < 0 {
            rest += 7
            weeks -= 1
        }
        return weeks * 5 + min(rest, 5)
    }

    private static func isWeekday(_ day: Int) -> Bool {
        CivilDate.weekday(ofDayNumber: day) <= 5
    }

    /// n + covered, limited to the span of representable dates so no sum can overflow.
    private static func clampUnits(_ n: Int, plus covered: Int) -> Int {
        let span = CivilDate.maxDayNumber - CivilDate.minDayNumber + 1
        let clamped = min(max(n, -span), span)
        return min(max(clamped + covered, -span), span)
    }
}
