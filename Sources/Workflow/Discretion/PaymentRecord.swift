/// The payment of a fine and what non-payment costs (行政处罚法 Art. 67, 72(一)): the party pays
/// within the period from receipt of the decision; after its last day 加处罚款 of a share of the
/// fine a day accrues, never more than the fine. The share and the remedy periods are procedure
/// parameters; the input codes are the ones the `executed` action declares.
public struct PaymentRecord: Sendable, Hashable {
    public static let amountInput = "paid-amount"
    public static let dateInput = "paid-on"
    public static let receiptInput = "payment-receipt"
    /// 加处罚款 per day in thousandths of the fine (3% = 30).
    public static let surchargeParameter = "surcharge-per-mille-per-day"
    public static let reviewDaysParameter = "review-days"
    public static let litigationMonthsParameter = "litigation-months"
    public static let reminderDaysParameter = "reminder-days"
    /// The 催告书 (行政强制法 Art. 35) whose age the court application waits for.
    public static let reminderDocument = "payment-reminder"
    public static let parameterNames = [surchargeParameter, reviewDaysParameter, litigationMonthsParameter, reminderDaysParameter]

    /// The 加处罚款 owed on `day` for a fine due on `due`: whole days after the due date times
    /// the daily share, rounded down to the fen, capped at the fine.
    public static func surcharge(fine: Money, due: CivilDate, on day: CivilDate, perMille: Int64) -> Money {
        let days = Int64(max(0, due.days(until: day)))
        let (perDay, overflow1) = fine.fen.multipliedReportingOverflow(by: perMille)
        let (total, overflow2) = (perDay / 1000).multipliedReportingOverflow(by: days)
        if overflow1 || overflow2 { return fine }
        return Money(fen: min(fine.fen, total))
    }

    /// Days after the due date on `day` (0 on or before it).
    public static func daysOverdue(due: CivilDate, on day: CivilDate) -> Int { max(0, due.days(until: day)) }

    /// The same day `months` later, clamped to the month's last day (民法典 Art. 202: a month
    /// period ends on the corresponding day).
    public static func adding(months: Int, to date: CivilDate) -> CivilDate {
        let index = date.year * 12 + (date.month - 1) + months
        let year = index / 12, month = index % 12 + 1
        for day in [date.day, 30, 29, 28] where day <= date.day {
            if let result = CivilDate(year: year, month: month, day: day) { return result }
        }
        return date
    }

    /// Yuan with two decimals, as inputs keep money.
    public static func yuanText(_ money: Money) -> String {
        let cents = money.fen % 100
        return String(money.fen / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }
}
