import Localization
import Yams

/// Reads one year's holiday schedule file (`Resources/calendar/YYYY.yaml`).
///
/// The file is typed in by an admin from the State Council's notice. It is read through the same
/// positioned layer as the definitions (`YAMLDocument`, `MappingReader`), so a typo — a tab, an
/// unknown key, a missing one, a broken bracket — gets the same message in a schedule as in a
/// definition (issue 14: the two had one parser each and two wordings). What only a schedule can
/// get wrong (dates, ranges, a workday that is already one) is checked here. Every problem of a
/// file is reported in one pass, each at its line and column. A file with any problem yields no
/// schedule: its year then counts as unscheduled and every deadline touching it is flagged, which
/// is safer than using half a schedule.
///
/// ```yaml
/// year: 2026
/// source: 国务院办公厅关于2026年部分节假日安排的通知
/// holidays:
///   - name: 元旦
///     off: [2026-01-01, 2026-01-03]   # inclusive range, or a single date
///     workdays: [2026-01-04]          # a list (or a single date) of weekend days worked
/// ```
public enum HolidayScheduleParser {
    public static let topLevelKeys = ["year", "source", "holidays"]
    public static let holidayKeys = ["name", "off", "workdays"]
    /// Real files are about 1 KB; the cap keeps a wrong file (a log, a binary) from being scanned.
    public static let maximumBytes = 256 * 1024
    /// The longest official block is 9 days; a longer range is almost surely a list of workdays
    /// written in the `off` form.
    public static let longestOffRange = 31

    public static func parse(_ text: String, file: String) -> (HolidaySchedule?, [ScheduleProblem]) {
        var reader = Reader(file: file)
        let schedule = reader.read(text)
        let problems = reader.sink.sorted.map { diagnostic in
            ScheduleProblem(
                file: diagnostic.location.file, line: diagnostic.location.line, column: diagnostic.location.column,
                message: diagnostic.message)
        }
        return (problems.isEmpty ? schedule : nil, problems)
    }

    /// One pass over one file, collecting problems as it goes.
    private struct Reader {
        let file: String
        let sink = DiagnosticSink()
        var year: Int?

        init(file: String) { self.file = file }

        func report(_ node: Node, _ message: Message) {
            sink.error(MappingReader.location(of: node, file: file), message)
        }

        mutating func read(_ text: String) -> HolidaySchedule? {
            let size = text.utf8.count
            if size > HolidayScheduleParser.maximumBytes {
                sink.error(
                    SourceLocation(file: file, line: 1, column: 1),
                    CalendarPhrases.fileTooLarge(size, HolidayScheduleParser.maximumBytes))
                return nil
            }
            guard let root = YAMLDocument.parse(SourceFile(path: file, text: text), into: sink),
                let top = MappingReader(root, file: file, sink: sink, allowed: HolidayScheduleParser.topLevelKeys)
            else { return nil }
            year = top.node("year", required: true).flatMap { parseYear($0) }
            let source = top.string("source", required: true)
            let holidays = top.node("holidays", required: true).map { parseHolidays($0) } ?? []
            guard let year, let source else { return nil }
            return HolidaySchedule(year: year, source: source, holidays: holidays)
        }

        // MARK: - Parts of the file

        func parseYear(_ node: Node) -> Int? {
            guard let string = node.scalar?.string, string.utf8.count == 4,
                  string.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                  let value = Int(string), CivilDate.supportedYears.contains(value)
            else {
                report(node, CalendarPhrases.badYear(Reader.describe(node)))
                return nil
            }
            return value
        }

        func parseHolidays(_ node: Node) -> [NamedHoliday] {
            guard case .sequence(let entries) = node else {
                report(node, DefinitionPhrases.expectedList("holidays"))
                return []
            }
            if entries.isEmpty { report(node, DefinitionPhrases.emptyValue("holidays")) }

            var holidays: [NamedHoliday] = []
            var offSeen: [CivilDate: Int] = [:]   // date → line first listed
            var workSeen: [CivilDate: Int] = [:]
            var workdaysToCheck: [(CivilDate, Node)] = []
            for entry in entries {
                guard
                    let fields = MappingReader(
                        entry, file: file, sink: sink, allowed: HolidayScheduleParser.holidayKeys)
                else { continue }
                let name = fields.string("name", required: true)
                var off: [CivilDate] = []
                if let offNode = fields.node("off", required: true) {
                    off = parseOff(offNode)
                    for date in off {
                        if let first = offSeen[date] {
                            report(offNode, CalendarPhrases.duplicateDate(date, first))
                        } else {
                            offSeen[date] = offNode.mark?.line ?? 1
                        }
                    }
                }
                var workdays: [CivilDate] = []
                if let workdaysNode = fields.node("workdays") {
                    for (date, mark) in parseWorkdays(workdaysNode) {
                        if let first = workSeen[date] {
                            report(mark, CalendarPhrases.duplicateDate(date, first))
                            continue
                        }
                        workSeen[date] = mark.mark?.line ?? 1
                        workdays.append(date)
                        workdaysToCheck.append((date, mark))
                    }
                }
                if let name { holidays.append(NamedHoliday(name: name, off: off, workdays: workdays)) }
            }
            // Checked after every entry is read: the clashing day off may come in a later entry.
            for (date, node) in workdaysToCheck {
                if let offLine = offSeen[date] {
                    report(node, CalendarPhrases.offAlsoWorkday(date, offLine))
                }
                if date.weekday <= 5 {
                    report(node, CalendarPhrases.workdayIsWeekday(date))
                }
            }
            return holidays
        }

        /// A single date, `[date]`, or an inclusive range `[first, last]`.
        func parseOff(_ node: Node) -> [CivilDate] {
            switch node {
            case .scalar:
                return date(node).map { [$0] } ?? []
            case .sequence(let items) where items.count == 1 || items.count == 2:
                let dates = items.map { date($0) }
                guard let first = dates.first ?? nil, let last = dates.last ?? nil else { return [] }
                if last < first {
                    report(node, CalendarPhrases.reversedRange(first, last))
                    return []
                }
                let length = first.days(until: last) + 1
                if length > HolidayScheduleParser.longestOffRange {
                    report(
                        node, CalendarPhrases.rangeTooLong(first, last, length, HolidayScheduleParser.longestOffRange))
                    return []
                }
                return (0..<length).map { first.adding(days: $0) }
            default:
                report(node, CalendarPhrases.badOffRange())
                return []
            }
        }

        /// A single date or a list of dates, each with its node; an empty value means none.
        func parseWorkdays(_ node: Node) -> [(CivilDate, Node)] {
            switch node {
            case .scalar(let scalar):
                if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return [] }
                return date(node).map { [($0, node)] } ?? []
            case .sequence(let items):
                return items.compactMap { item in date(item).map { ($0, item) } }
            default:
                report(node, CalendarPhrases.expectedDates("workdays"))
                return []
            }
        }

        /// A real `YYYY-MM-DD` date inside the file's year; nil (and a problem) otherwise.
        func date(_ node: Node) -> CivilDate? {
            guard let string = node.scalar?.string, let date = CivilDate(iso: string) else {
                report(node, CalendarPhrases.badDate(Reader.describe(node)))
                return nil
            }
            if let year, date.year != year {
                report(node, CalendarPhrases.dateOutsideYear(date, year))
                return nil
            }
            return date
        }

        /// Short text of a node for a message: the scalar itself, or a stand-in for a collection.
        static func describe(_ node: Node) -> String {
            switch node {
            case .scalar(let scalar): scalar.string
            case .sequence: "[…]"
            case .mapping: "{…}"
            case .alias: "*…"
            }
        }
    }
}
