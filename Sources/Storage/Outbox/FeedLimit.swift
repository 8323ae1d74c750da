import Workflow

/// A time limit as the exchange carries it: the number and whether the days are working days
/// (承诺期限/法定期限 and their 单位), and the due date once the clock has started.
struct FeedLimit: FeedPayload, Sendable, Hashable {
    let days: Int
    let unit: String
    let due: String?

    init?(_ limit: TimeLimit?, due: CivilDate?) {
        guard let limit else { return nil }
        days = limit.days
        unit = limit.unit.rawValue
        self.due = due?.description
    }
}

extension FeedLimit {
    var json: JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.set("days", days)
        object.set("unit", unit)
        object.set("due", due)
        return object
    }
}
