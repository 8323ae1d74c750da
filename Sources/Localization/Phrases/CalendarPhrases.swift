/// Phrases of the calendar area: holiday schedule files and the deadline clock.
public enum CalendarPhrases {
    // MARK: Holiday schedule files (reported as file:line:column: message)

    public static let fileTooLarge = Phrase(
        "calendar.file.tooLarge",
        zh: "文件过大（{0}字节），节假日安排文件不得超过{1}字节，请确认是否选错了文件。",
        en: "The file is too large ({0} bytes); a holiday schedule may not exceed {1} bytes. Check that it is the right file.")
    public static let expectedDates = Phrase(
        "calendar.file.expectedDates",
        zh: "“{0}”应为一个日期或日期列表，如[2026-01-04]。",
        en: "“{0}” must be a date or a list of dates, such as [2026-01-04].")
    public static let badYear = Phrase(
        "calendar.file.badYear",
        zh: "年份“{0}”无效，应填写四位数字，如2026。",
        en: "“{0}” is not a valid year; write four digits, such as 2026.")
    public static let badDate = Phrase(
        "calendar.file.badDate",
        zh: "“{0}”不是有效日期，应按YYYY-MM-DD填写实际存在的日期。",
        en: "“{0}” is not a valid date; write a date that exists, as YYYY-MM-DD.")
    public static let dateOutsideYear = Phrase(
        "calendar.file.dateOutsideYear",
        zh: "日期{0}不在本文件所属的{1}年内。",
        en: "The date {0} is outside this file's year {1}.")
    public static let badOffRange = Phrase(
        "calendar.file.badOffRange",
        zh: "放假日期应为单个日期，或[起始日, 结束日]形式的区间。",
        en: "Days off must be a single date or a range [first, last].")
    public static let reversedRange = Phrase(
        "calendar.file.reversedRange",
        zh: "放假区间的起始日{0}晚于结束日{1}。",
        en: "The range starts on {0}, after its last day {1}.")
    public static let rangeTooLong = Phrase(
        "calendar.file.rangeTooLong",
        zh: "放假区间{0}至{1}共{2}天，超过{3}天；请核对是否把调休上班日误写成了区间。",
        en: "The range {0} to {1} spans {2} days, more than {3}; check that it is not a list of working days written as a range.")
    public static let offAlsoWorkday = Phrase(
        "calendar.file.offAlsoWorkday",
        zh: "{0}已列为放假日（第{1}行），不能同时列为调休上班日。",
        en: "{0} is already a day off (line {1}) and cannot also be an extra working day.")
    public static let workdayIsWeekday = Phrase(
        "calendar.file.workdayIsWeekday",
        zh: "{0}本来就是工作日（周一至周五），无需列为调休上班日。",
        en: "{0} falls on Monday to Friday and is already a working day; do not list it as an extra working day.")
    public static let duplicateDate = Phrase(
        "calendar.file.duplicateDate",
        zh: "{0}重复列出（首次见第{1}行）。",
        en: "{0} is listed more than once (first on line {1}).")
    public static let fileYearMismatch = Phrase(
        "calendar.file.fileYearMismatch",
        zh: "文件名表明为{0}年，但文件中填写的year为{1}。",
        en: "The file name says {0}, but its year is {1}.")
    public static let duplicateYear = Phrase(
        "calendar.file.duplicateYear",
        zh: "{0}年的节假日安排已从{1}载入，不能重复载入。",
        en: "The {0} schedule is already loaded from {1}.")

    // MARK: Deadline clock

    public static let unscheduledYears = Phrase(
        "calendar.deadline.unscheduledYears",
        zh: "{0}年的节假日安排尚未录入，期限暂按周一至周五推算；国务院公布安排并录入后须重新核对。",
        en: "No holiday schedule is loaded for {0}; the deadline counts Monday to Friday only and must be checked again once the State Council's schedule is added.")
    public static let levelNormal = Phrase("calendar.deadline.level.normal", zh: "正常", en: "On time")
    public static let levelYellow = Phrase("calendar.deadline.level.yellow", zh: "临近到期", en: "Due soon")
    public static let levelRed = Phrase("calendar.deadline.level.red", zh: "已超期", en: "Overdue")
    public static let remainingWorkdays = Phrase(
        "calendar.deadline.remainingWorkdays",
        zh: "剩余{0}个工作日，{1}到期",
        en: "{0} working days left, due {1}")
    public static let remainingDays = Phrase(
        "calendar.deadline.remainingDays",
        zh: "剩余{0}日，{1}到期",
        en: "{0} days left, due {1}")
    public static let dueToday = Phrase(
        "calendar.deadline.dueToday",
        zh: "今日（{0}）到期",
        en: "Due today ({0})")
    public static let overdueWorkdays = Phrase(
        "calendar.deadline.overdueWorkdays",
        zh: "已超期{0}个工作日（{1}到期）",
        en: "Overdue by {0} working days (due {1})")
    public static let overdueDays = Phrase(
        "calendar.deadline.overdueDays",
        zh: "已超期{0}日（{1}到期）",
        en: "Overdue by {0} days (due {1})")
    public static let overdueSince = Phrase(
        "calendar.deadline.overdueSince",
        zh: "期限已于{0}届满",
        en: "The deadline passed on {0}")

    public static let dueBeyondRange = Phrase("calendar.dueBeyondRange", zh: "{0} 之后第 {1} 天已超出可计算的日期范围（{2} 至 {3}）；请检查起始日期", en: "{1} days after {0} is beyond the dates that can be computed ({2} to {3}); check the start date")

    public static let all: [Phrase] = [
        dueBeyondRange,
        fileTooLarge, expectedDates,
        badYear, badDate, dateOutsideYear, badOffRange, reversedRange, rangeTooLong, offAlsoWorkday,
        workdayIsWeekday, duplicateDate, fileYearMismatch, duplicateYear,
        unscheduledYears, levelNormal, levelYellow, levelRed, remainingWorkdays, remainingDays,
        dueToday, overdueWorkdays, overdueDays, overdueSince,
    ]
}
