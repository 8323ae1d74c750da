import Workflow

/// The hearing's particulars for the 听证通知书 and the 听证笔录 (行政处罚法 Art. 64): date, time,
/// place, public or not, the host, the day the notice was served, and each recusal request with
/// its outcome. Read from the case history, the latest value of each winning.
enum HearingContext {
    static func values(_ state: CaseState, names: [String: String]) -> [String: Any]? {
        guard let schedule = HearingSchedule(history: state.history) else { return nil }
        let clean = DocumentText.clean
        let host = schedule.host.map { names[$0] ?? $0 } ?? ""
        let recusals = state.history.filter { $0.action.hasPrefix("recusal-") }.map { record -> [String: Any] in
            ["name": clean(record.name), "reason": clean(record.reason ?? ""), "date": DocumentText.date(record.on)]
        }
        return [
            "date": DocumentText.date(schedule.date),
            "time": clean(schedule.time ?? ""),
            "place": clean(schedule.place ?? ""),
            "publicity": clean(schedule.publicity ?? ""),
            "host": clean(host),
            "servedOn": schedule.servedOn.map(DocumentText.date) ?? "",
            "recusals": recusals,
            "hasRecusals": !recusals.isEmpty,
        ]
    }
}
