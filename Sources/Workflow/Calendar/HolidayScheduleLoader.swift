import Localization

/// Builds the working calendar from the schedule files an admin maintains, one per year.
///
/// Reading the files is left to the caller (Storage or the desk), so Workflow stays free of file
/// I/O; this only checks what no single file can: that `2026.yaml` says `year: 2026` and that no
/// year is loaded twice. A file with problems is left out, so its year counts as unscheduled and
/// deadlines touching it are flagged rather than computed from a half-read schedule.
public enum HolidayScheduleLoader {
    public struct Result: Sendable {
        public let calendar: WorkCalendar
        public let schedules: [HolidaySchedule]
        /// Every problem of every file, in the order the files were given.
        public let problems: [ScheduleProblem]
    }

    /// - Parameter files: each file's name (as it should appear in messages) and its text.
    public static func load(_ files: [(file: String, text: String)]) -> Result {
        var schedules: [HolidaySchedule] = []
        var loadedFrom: [Int: String] = [:]
        var problems: [ScheduleProblem] = []
        for (file, text) in files {
            let (parsed, fileProblems) = HolidayScheduleParser.parse(text, file: file)
            problems += fileProblems
            guard let schedule = parsed else { continue }
            if let named = yearInName(file), named != schedule.year {
                problems.append(ScheduleProblem(
                    file: file, line: 1, column: 1,
                    message: CalendarPhrases.fileYearMismatch(named, schedule.year)))
                continue
            }
            if let earlier = loadedFrom[schedule.year] {
                problems.append(ScheduleProblem(
                    file: file, line: 1, column: 1,
                    message: CalendarPhrases.duplicateYear(schedule.year, earlier)))
                continue
            }
            loadedFrom[schedule.year] = file
            schedules.append(schedule)
        }
        return Result(calendar: WorkCalendar(schedules: schedules), schedules: schedules, problems: problems)
    }

    /// 2026 for `…/2026.yaml` or `2026.yml`; nil when the name is not a bare year.
    static func yearInName(_ file: String) -> Int? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        guard stem.utf8.count == 4, stem.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(stem)
    }
}
