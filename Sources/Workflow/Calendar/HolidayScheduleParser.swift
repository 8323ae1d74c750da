import Localization
import Yams

/// Reads one year's holiday schedule file (`Resources/calendar/YYYY.yaml`).
///
/// The file is typed in by an admin from the State Council's notice, so the parser checks
/// everything it can and reports every problem of a file in one pass, each at its line and
/// column, instead of stopping at the first. A file with any problem yields no schedule: its
/// year then counts as unscheduled and every deadline touching it is flagged, which is safer
/// than using half a schedule.
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
    /// Deeper nesting never occurs in a schedule and would only risk the recursive composer's stack.
    static let maximumNesting = 64

    public static func parse(_ text: String, file: String) -> (HolidaySchedule?, [ScheduleProblem]) {
        var reader = Reader(file: file)
        let schedule = reader.read(text)
        let problems = reader.problems.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
        return (problems.isEmpty ? schedule : nil, problems)
    }

    /// One pass over one file, collecting problems as it goes.
    private struct Reader {
        let file: String
        var problems: [ScheduleProblem] = []
        var year: Int?

        init(file: String) { self.file = file }

        mutating func report(line: Int, column: Int, _ message: Message) {
            problems.append(ScheduleProblem(file: file, line: line, column: column, message: message))
        }

        mutating func report(_ mark: Mark?, _ message: Message) {
            report(line: mark?.line ?? 1, column: mark?.column ?? 1, message)
        }

        mutating func read(_ text: String) -> HolidaySchedule? {
            let size = text.utf8.count
            if size > HolidayScheduleParser.maximumBytes {
                report(line: 1, column: 1, CalendarPhrases.fileTooLarge(size, HolidayScheduleParser.maximumBytes))
                return nil
            }
            if let (line, column) = Reader.tooDeep(text) {
                report(line: line, column: column, CalendarPhrases.nestingTooDeep(HolidayScheduleParser.maximumNesting))
                return nil
            }
            let root: Node?
            do {
                root = try Yams.compose(yaml: text)
            } catch let error as YamlError {
                reportYamlError(error, in: text)
                return nil
            } catch {
                report(line: 1, column: 1, CalendarPhrases.yamlSyntax(String(describing: error)))
                return nil
            }
            guard let root else {
                report(line: 1, column: 1, CalendarPhrases.emptyFile())
                return nil
            }
            guard case .mapping(let top) = root else {
                report(root.mark, CalendarPhrases.topLevelNotMapping())
                return nil
            }

            var yearNode: Node?
            var sourceNode: Node?
            var holidaysNode: Node?
            for (key, value) in top {
                switch key.string {
                case "year": yearNode = value
                case "source": sourceNode = value
                case "holidays": holidaysNode = value
                default: reportUnknownKey(key, allowed: HolidayScheduleParser.topLevelKeys)
                }
            }

            if let yearNode {
                year = parseYear(yearNode)
            } else {
                report(top.mark, CalendarPhrases.missingKey("year"))
            }
            var source: String?
            if let sourceNode {
                source = nonEmptyText(sourceNode, key: "source")
            } else {
                report(top.mark, CalendarPhrases.missingKey("source"))
            }
            var holidays: [NamedHoliday] = []
            if let holidaysNode {
                holidays = parseHolidays(holidaysNode)
            } else {
                report(top.mark, CalendarPhrases.missingKey("holidays"))
            }

            guard let year, let source else { return nil }
            return HolidaySchedule(year: year, source: source, holidays: holidays)
        }

        // MARK: - Parts of the file

        mutating func parseYear(_ node: Node) -> Int? {
            let raw = Reader.describe(node)
            guard let string = node.scalar?.string, string.utf8.count == 4,
                  string.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                  let value = Int(string), CivilDate.supportedYears.contains(value)
            else {
                report(node.mark, CalendarPhrases.badYear(raw))
                return nil
            }
            return value
        }

        mutating func parseHolidays(_ node: Node) -> [NamedHoliday] {
            guard case .sequence(let entries) = node else {
                report(node.mark, CalendarPhrases.expectedList("holidays"))
                return []
            }
            if entries.isEmpty { report(node.mark, CalendarPhrases.emptyHolidays()) }

            var holidays: [NamedHoliday] = []
            var offSeen: [CivilDate: Int] = [:]   // date → line first listed
            var workSeen: [CivilDate: Int] = [:]
            var workdaysToCheck: [(CivilDate, Mark?)] = []
            for entry in entries {
                guard case .mapping(let fields) = entry else {
                    report(entry.mark, CalendarPhrases.holidayNotMapping())
                    continue
                }
                var nameNode: Node?
                var offNode: Node?
                var workdaysNode: Node?
                for (key, value) in fields {
                    switch key.string {
                    case "name": nameNode = value
                    case "off": offNode = value
                    case "workdays": workdaysNode = value
                    default: reportUnknownKey(key, allowed: HolidayScheduleParser.holidayKeys)
                    }
                }
                var name: String?
                if let nameNode {
                    name = nonEmptyText(nameNode, key: "name")
                } else {
                    report(fields.mark, CalendarPhrases.missingKey("name"))
                }
                var off: [CivilDate] = []
                if let offNode {
                    off = parseOff(offNode)
                    for date in off {
                        if let first = offSeen[date] {
                            report(offNode.mark, CalendarPhrases.duplicateDate(date, first))
                        } else {
                            offSeen[date] = offNode.mark?.line ?? 1
                        }
                    }
                } else {
                    report(fields.mark, CalendarPhrases.missingKey("off"))
                }
                var workdays: [CivilDate] = []
                if let workdaysNode {
                    for (date, mark) in parseWorkdays(workdaysNode) {
                        if let first = workSeen[date] {
                            report(mark, CalendarPhrases.duplicateDate(date, first))
                            continue
                        }
                        workSeen[date] = mark?.line ?? 1
                        workdays.append(date)
                        workdaysToCheck.append((date, mark))
                    }
                }
                if let name { holidays.append(NamedHoliday(name: name, off: off, workdays: workdays)) }
            }
            // Checked after every entry is read: the clashing day off may come in a later entry.
            for (date, mark) in workdaysToCheck {
                if let offLine = offSeen[date] {
                    report(mark, CalendarPhrases.offAlsoWorkday(date, offLine))
                }
                if date.weekday <= 5 {
                    report(mark, CalendarPhrases.workdayIsWeekday(date))
                }
            }
            return holidays
        }

        /// A single date, `[date]`, or an inclusive range `[first, last]`.
        mutating func parseOff(_ node: Node) -> [CivilDate] {
            switch node {
            case .scalar:
                return date(node).map { [$0] } ?? []
            case .sequence(let items) where items.count == 1 || items.count == 2:
                let dates = items.map { date($0) }
                guard let first = dates.first ?? nil, let last = dates.last ?? nil else { return [] }
                if last < first {
                    report(node.mark, CalendarPhrases.reversedRange(first, last))
                    return []
                }
                let length = first.days(until: last) + 1
                if length > HolidayScheduleParser.longestOffRange {
                    report(node.mark, CalendarPhrases.rangeTooLong(first, last, length, HolidayScheduleParser.longestOffRange))
                    return []
                }
                return (0..<length).map { first.adding(days: $0) }
            default:
                report(node.mark, CalendarPhrases.badOffRange())
                return []
            }
        }

        /// A single date or a list of dates; an empty value means none.
        mutating func parseWorkdays(_ node: Node) -> [(CivilDate, Mark?)] {
            switch node {
            case .scalar(let scalar):
                if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return [] }
                return date(node).map { [($0, node.mark)] } ?? []
            case .sequence(let items):
                return items.compactMap { item in date(item).map { ($0, item.mark) } }
            default:
                report(node.mark, CalendarPhrases.expectedDates("workdays"))
                return []
            }
        }

        /// A real `YYYY-MM-DD` date inside the file's year; nil (and a problem) otherwise.
        mutating func date(_ node: Node) -> CivilDate? {
            guard let string = node.scalar?.string, let date = CivilDate(iso: string) else {
                report(node.mark, CalendarPhrases.badDate(Reader.describe(node)))
                return nil
            }
            if let year, date.year != year {
                report(node.mark, CalendarPhrases.dateOutsideYear(date, year))
                return nil
            }
            return date
        }

        mutating func nonEmptyText(_ node: Node, key: String) -> String? {
            guard let string = node.scalar?.string,
                  !string.allSatisfy({ $0.isWhitespace })
            else {
                report(node.mark, CalendarPhrases.expectedText(key))
                return nil
            }
            return string
        }

        mutating func reportUnknownKey(_ key: Node, allowed: [String]) {
            report(key.mark, CalendarPhrases.unknownKey(Reader.describe(key), allowed.joined(separator: ", ")))
        }

        mutating func reportYamlError(_ error: YamlError, in text: String) {
            switch error {
            case let .scanner(context, problem, mark, _),
                 let .parser(context, problem, mark, _),
                 let .composer(context, problem, mark, _):
                if Reader.isTab(at: mark, in: text) {
                    report(mark, CalendarPhrases.tabIndentation())
                } else {
                    let detail = context.map { "\(problem) (\($0.text), \($0.mark))" } ?? problem
                    report(mark, CalendarPhrases.yamlSyntax(detail))
                }
            case let .reader(problem, offset, _, _):
                let (line, column) = Reader.position(ofCharacter: offset ?? 0, in: text)
                report(line: line, column: column, CalendarPhrases.yamlSyntax(problem))
            case let .duplicatedKeysInMapping(duplicates, context):
                report(context.mark, CalendarPhrases.duplicateKey(duplicates.joined(separator: ", ")))
            default:
                report(line: 1, column: 1, CalendarPhrases.yamlSyntax(String(describing: error)))
            }
        }

        // MARK: - Helpers

        /// Short text of a node for a message: the scalar itself, or a stand-in for a collection.
        static func describe(_ node: Node) -> String {
            switch node {
            case .scalar(let scalar): scalar.string
            case .sequence: "[…]"
            case .mapping: "{…}"
            case .alias: "*…"
            }
        }

        /// Whether libyaml stopped on a tab: its own wording ("cannot start any token") hides why.
        static func isTab(at mark: Mark, in text: String) -> Bool {
            guard mark.line >= 1, mark.column >= 1 else { return false }
            var line = 1
            var column = 1
            for scalar in text.unicodeScalars {
                if line == mark.line, column == mark.column { return scalar == "\t" }
                if line > mark.line { return false }
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return false
        }

        /// 1-based line and column (in Unicode scalars, as libyaml counts) of a character offset.
        static func position(ofCharacter offset: Int, in text: String) -> (Int, Int) {
            var line = 1
            var column = 1
            for (index, character) in text.enumerated() {
                if index >= offset { break }
                if character.isNewline {
                    line += 1
                    column = 1
                } else {
                    column += character.unicodeScalars.count
                }
            }
            return (line, column)
        }

        /// Where nesting first gets deeper than any schedule needs, if it does: flow brackets, or
        /// a line whose leading indentation and `-`/`?` markers open that many block levels.
        static func tooDeep(_ text: String) -> (Int, Int)? {
            let limit = HolidayScheduleParser.maximumNesting
            var depth = 0
            var line = 1
            var column = 0
            var atLineStart = true
            for scalar in text.unicodeScalars {
                column += 1
                switch scalar {
                case "\n":
                    line += 1
                    column = 0
                    atLineStart = true
                    continue
                case "[", "{":
                    depth += 1
                    if depth > limit { return (line, column) }
                case "]", "}":
                    depth = max(0, depth - 1)
                default:
                    break
                }
                if atLineStart {
                    if scalar == " " || scalar == "-" || scalar == "?" {
                        // Each block level takes at least one column of indentation or one marker.
                        if column > limit * 4 { return (line, column) }
                    } else {
                        atLineStart = false
                    }
                }
            }
            return nil
        }
    }
}
