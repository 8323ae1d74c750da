/// 行政处罚法 Art. 64: the hearing notice fixes the hearing's date, time, place, whether it is
/// public, and its host, and is served seven (working, Art. 85) days before the date. The period
/// is a procedure parameter; the particulars are the notice action's declared inputs, read back
/// from the case history (the latest value of each wins: a host replaced after a recusal).
public struct HearingSchedule: Sendable, Hashable {
    public static let noticeParameter = "hearing-notice-workdays"
    public static let dateInput = "hearing-date"
    public static let timeInput = "hearing-time"
    public static let placeInput = "hearing-place"
    public static let publicityInput = "hearing-public"
    public static let hostInput = "hearing-host"
    /// The day the document was served, where the action records a service (else the action's day).
    public static let servedInput = "served-on"

    public let date: CivilDate
    public let time: String?
    public let place: String?
    public let publicity: String?
    public let host: String?
    public let servedOn: CivilDate?

    /// The particulars as they stand after every action of the history; nil before any notice.
    public init?(history: [ActionRecord]) {
        var values: [String: String] = [:]
        var served: CivilDate?
        for record in history {
            guard let inputs = record.inputs else { continue }
            values.merge(inputs) { $1 }
            if inputs[Self.dateInput] != nil { served = inputs[Self.servedInput].flatMap(CivilDate.init(iso:)) ?? record.on }
        }
        guard let date = values[Self.dateInput].flatMap(CivilDate.init(iso:)) else { return nil }
        self.date = date
        time = values[Self.timeInput]
        place = values[Self.placeInput]
        publicity = values[Self.publicityInput]
        host = values[Self.hostInput]
        servedOn = served
    }

    /// The earliest lawful hearing date for a notice served on `servedOn`: after the `workdays`-th
    /// working day following service, so that many whole working days lie between the two (the
    /// stricter reading of "举行听证的七日前").
    public static func earliestDate(servedOn: CivilDate, workdays: Int, calendar: WorkCalendar) -> CivilDate {
        calendar.due(from: servedOn, adding: workdays + 1, unit: .workday).date
    }
}
