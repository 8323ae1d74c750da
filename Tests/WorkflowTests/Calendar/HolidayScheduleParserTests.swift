import Testing
import Localization
@testable import Workflow

@Suite("Holiday schedule parser")
struct HolidayScheduleParserTests {
    /// (line, column, phrase key) of each problem, the shape most assertions compare.
    func positions(_ problems: [ScheduleProblem]) -> [String] {
        problems.map { "\($0.line):\($0.column) \($0.message.key)" }
    }

    @Test func parsesAValidFile() throws {
        let text = """
            year: 2030
            source: 测试通知
            holidays:
              - name: 元旦
                off: 2030-01-01
              - name: 春节
                off: [2030-02-02, 2030-02-08]
                workdays: [2030-01-26, 2030-02-09]
              - name: 清明节
                off: [2030-04-05]
                workdays: 2030-04-07
              - name: 端午节
                off: [2030-06-05, 2030-06-05]
                workdays: []
            """
        let (schedule, problems) = HolidayScheduleParser.parse(text, file: "2030.yaml")
        #expect(problems.isEmpty, "\(problems.map(\.description))")
        let parsed = try #require(schedule)
        #expect(parsed.year == 2030)
        #expect(parsed.source == "测试通知")
        #expect(parsed.holidays.map(\.name) == ["元旦", "春节", "清明节", "端午节"])
        #expect(parsed.offDays.count == 1 + 7 + 1 + 1)
        #expect(parsed.extraWorkdays == Set(["2030-01-26", "2030-02-09", "2030-04-07"].compactMap(CivilDate.init(iso:))))
        #expect(parsed.holidays[1].off.first?.description == "2030-02-02")
        #expect(parsed.holidays[1].off.last?.description == "2030-02-08")
    }

    @Test func reportsEveryProblemInOnePassAtItsPosition() {
        let text = """
            year: 2026
            source: 测试
            colour: red
            holidays:
              - name: 春节
                off: [2026-02-15, 2026-02-30]
                workdays: [2026-02-16, 2025-02-14]
              - name: 国庆节
                off: [2026-10-01, 2026-10-07]
                workdays: [2026-10-03]
                note: x
              - off: [2026-05-01, 2026-04-28]
            """
        let (schedule, problems) = HolidayScheduleParser.parse(text, file: "Resources/calendar/2026.yaml")
        #expect(schedule == nil)
        let expected = [
            "3:1 definition.unknownKey",
            "6:23 calendar.file.badDate",
            "7:16 calendar.file.workdayIsWeekday",  // 2026-02-16 is a Monday
            "7:28 calendar.file.dateOutsideYear",
            "10:16 calendar.file.offAlsoWorkday",
            "11:5 definition.unknownKeySuggest",  // "note": did you mean "name"?
            "12:5 definition.missingKey",  // the third entry has no name
            "12:10 calendar.file.reversedRange",
        ]
        #expect(positions(problems) == expected)
        #expect(problems[1].message.args == ["2026-02-30"])
        #expect(problems[4].message.args == ["2026-10-03", "9"])
        #expect(problems[0].description.hasPrefix("Resources/calendar/2026.yaml:3:1: "))
        #expect(
            problems[0].text(.en)
                == "Resources/calendar/2026.yaml:3:1: unknown key \"colour\"; keys allowed here: year, source, holidays"
        )
    }

    @Test func reportsMissingTopLevelKeys() {
        let (schedule, problems) = HolidayScheduleParser.parse("# 只有注释\nsource: 测试\n", file: "x.yaml")
        #expect(schedule == nil)
        #expect(positions(problems) == ["2:1 definition.missingKey", "2:1 definition.missingKey"])
        #expect(problems.map(\.message.args) == [["year"], ["holidays"]])
    }

    @Test func checksYearAndDatesAgainstEachOther() {
        let text = """
            year: 26
            source: ""
            holidays:
              - name: a
                off: 2026-13-01
                workdays: {day: 2026-01-04}
              - name: b
                off: [2026-01-01, 2026-01-02, 2026-01-03]
              - name: c
                off: [2026-01-01, 2026-03-01]
              - just a string
            """
        let (_, problems) = HolidayScheduleParser.parse(text, file: "f")
        let expected = [
            "1:7 calendar.file.badYear",
            "2:9 definition.emptyValue",
            "5:10 calendar.file.badDate",
            "6:15 calendar.file.expectedDates",
            "8:10 calendar.file.badOffRange",
            "10:10 calendar.file.rangeTooLong",
            "11:5 definition.expectedMapping",
        ]
        #expect(positions(problems) == expected)
    }

    /// 2030-01-07 is a Monday; only Saturday and Sunday may be listed as extra working days.
    @Test(arguments: zip(["07", "08", "09", "10", "11", "12", "13"], [true, true, true, true, true, false, false]))
    func onlyWeekendDaysCanBeExtraWorkdays(day: String, flagged: Bool) {
        let text = "year: 2030\nsource: s\nholidays:\n  - name: a\n    off: 2030-01-01\n    workdays: 2030-01-\(day)\n"
        let (_, problems) = HolidayScheduleParser.parse(text, file: "f")
        #expect(positions(problems) == (flagged ? ["6:15 calendar.file.workdayIsWeekday"] : []))
    }

    @Test func reportsDatesListedTwice() {
        let text = """
            year: 2026
            source: s
            holidays:
              - name: a
                off: [2026-01-01, 2026-01-03]
                workdays: [2026-01-04, 2026-01-04]
              - name: b
                off: 2026-01-02
            """
        let (_, problems) = HolidayScheduleParser.parse(text, file: "f")
        #expect(positions(problems) == ["6:28 calendar.file.duplicateDate", "8:10 calendar.file.duplicateDate"])
        #expect(problems.map(\.message.args) == [["2026-01-04", "6"], ["2026-01-02", "5"]])
    }

    @Test(arguments: [
        ("year: 2026\nsource: s\nholidays:\n\t- name: a\n", 4),                 // a tab indents
        ("year: 2026\nsource: s\nholidays:\n  - name: a\n off: 2026-01-01\n", 5),  // broken indentation
        ("year: 2026\nsource: [unclosed\n", 3),
        ("year: 2026\nyear: 2027\n", 1),                                         // duplicate key
        ("year: 2026\n---\nyear: 2027\n", 2),                                    // two documents
    ])
    func unparseableYAMLGivesOneErrorWithItsPosition(text: String, line: Int) {
        let (schedule, problems) = HolidayScheduleParser.parse(text, file: "bad.yaml")
        #expect(schedule == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.line == line)
        #expect(problems.first?.description.hasPrefix("bad.yaml:\(line):") == true)
    }

    @Test func tabsAreNamedAsSuch() {
        let (_, problems) = HolidayScheduleParser.parse("year: 2026\nsource: s\nholidays:\n\t- name: a\n", file: "f")
        #expect(positions(problems) == ["4:1 definition.tabIndent"])
    }

    @Test func binaryInputIsAnErrorNotACrash() {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x0A, 0x01, 0x9C]
        let text = String(decoding: bytes, as: UTF8.self)
        let (schedule, problems) = HolidayScheduleParser.parse(text, file: "powerdesk")
        #expect(schedule == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.message.key == "definition.yamlSyntax")
        #expect(problems.first?.line == 1)
    }

    @Test(arguments: ["", "   \n# nothing\n"])
    func emptyFileIsOneProblem(text: String) {
        let (schedule, problems) = HolidayScheduleParser.parse(text, file: "2027.yaml")
        #expect(schedule == nil)
        #expect(positions(problems) == ["1:1 definition.emptyFile"])
    }

    @Test(arguments: ["- 2026-01-01\n", "2026\n", "holidays\n"])
    func topLevelMustBeAMapping(text: String) {
        let (_, problems) = HolidayScheduleParser.parse(text, file: "f")
        #expect(positions(problems) == ["1:1 definition.expectedMapping"])
    }

    @Test func pathologicalInputsAreRefusedNotCrashed() {
        let deepFlow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(positions(HolidayScheduleParser.parse(deepFlow, file: "f").1) == ["1:41 definition.tooDeep"])
        let deepBlock = String(repeating: "- ", count: 50_000) + "x\n"
        #expect(HolidayScheduleParser.parse(deepBlock, file: "f").1.map(\.message.key) == ["definition.tooDeep"])
        let huge = "year: 2026\n" + String(repeating: "# padding\n", count: 30_000)
        #expect(HolidayScheduleParser.parse(huge, file: "f").1.map(\.message.key) == ["calendar.file.tooLarge"])
        let aliases = "year: 2026\nsource: &s s\nholidays:\n  - name: *s\n    off: *s\n"
        #expect(HolidayScheduleParser.parse(aliases, file: "f").0 == nil)
    }

    /// One mistake, one message: the same slip in a schedule and in a definition file is reported
    /// by the same layer, in the same words, at the same place (issue 14).
    @Test(arguments: [
        ("year: 2026\nsource: s\nholidays:\n\t- name: a\n", "definition.tabIndent", 4, 1),
        ("year: 2026\nyear: 2027\nsource: s\nholidays: []\n", "definition.duplicateKey", 1, 1),
        ("year: 2026\nsource: [unclosed\nholidays: []\n", "definition.yamlSyntax", 3, 10),
        ("yaer: 2026\nsource: s\nholidays: []\n", "definition.unknownKeySuggest", 1, 1),
    ])
    func aScheduleAndADefinitionShareTheirMessages(text: String, key: String, line: Int, column: Int) throws {
        let (_, problems) = HolidayScheduleParser.parse(text, file: "calendar/2026.yaml")
        let problem = try #require(problems.first { $0.message.key == key }, "\(problems.map(\.description))")
        // The definitions' reader on the same text, asked for the same keys.
        let sink = DiagnosticSink()
        if let root = YAMLDocument.parse(SourceFile(path: "calendar/2026.yaml", text: text), into: sink) {
            _ = MappingReader(root, file: "calendar/2026.yaml", sink: sink, allowed: ["year", "source", "holidays"])
        }
        let diagnostic = try #require(sink.sorted.first { $0.message.key == key })
        #expect(problem.text(.zh) == diagnostic.rendered(.zh))
        #expect(problem.line == line)
        if key != "definition.yamlSyntax" { #expect(problem.column == column) }
    }

    @Test func loaderChecksNamesAndDuplicateYears() throws {
        let files = try CalendarTestSupport.files()
        let text2026 = try #require(files.last?.text)
        let result = HolidayScheduleLoader.load([
            (file: "calendar/2026.yaml", text: text2026),
            (file: "calendar/2027.yaml", text: text2026),           // wrong year inside
            (file: "calendar/2026-copy.yaml", text: text2026),      // same year twice
            (file: "calendar/2025.yaml", text: "year: 2025\n"),     // broken: left out
        ])
        #expect(result.schedules.map(\.year) == [2026])
        #expect(result.problems.map(\.message.key) == [
            "calendar.file.fileYearMismatch", "calendar.file.duplicateYear",
                "definition.missingKey", "definition.missingKey",
            ])
        #expect(result.problems[1].message.args == ["2026", "calendar/2026.yaml"])
        #expect(!result.calendar.hasSchedule(for: 2025))
        #expect(result.calendar.hasSchedule(for: 2026))
    }
}
