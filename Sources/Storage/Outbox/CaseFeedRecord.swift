import Foundation
import Workflow

/// 办件信息: the case as the hall shows it, rewritten at every operation (the target upserts it
/// under the serial). Field names are ours; `docs/feed-schema.md` maps them to the national
/// 政务服务办件信息 fields.
struct CaseFeedRecord: FeedPayload, Sendable {
    let serial: String
    let itemCode: String
    let itemName: String
    let itemKind: String
    let procedure: String
    let section: String
    let party: FeedParty
    let subject: String
    let openedAt: String
    let acceptedOn: String?
    let concludedOn: String?
    let status: String
    let step: String
    let stepName: String
    /// The end step a closed case reached (办结, 不予许可, 撤回...): its result.
    let result: String?
    let resultName: String?
    let promisedLimit: FeedLimit?
    let statutoryLimit: FeedLimit?
    let revision: Int
    let updatedAt: String

    init(_ state: CaseState, flow: ItemFlow?, section: String, openedAt: Date, deadlines: [CaseDeadline], at: Date) {
        serial = state.id
        itemCode = state.itemCode
        itemName = flow?.item.name ?? ""
        itemKind = flow?.item.kind.rawValue ?? ""
        procedure = state.procedureCode
        self.section = section
        party = FeedParty(state.party)
        subject = state.subject
        self.openedAt = FeedTime.iso(openedAt)
        acceptedOn = state.clock.startedOn?.description
        concludedOn = state.isClosed ? (state.clock.stoppedOn ?? state.history.last?.on)?.description : nil
        status = state.status.rawValue
        step = state.step
        stepName = flow?.step(state.step)?.name ?? state.step
        result = state.isClosed ? state.step : nil
        resultName = state.isClosed ? stepName : nil
        let due = { (kind: CaseDeadline.Kind) in deadlines.first { $0.kind == kind }?.status.due }
        promisedLimit = FeedLimit(flow?.item.promisedLimit, due: due(.promised))
        statutoryLimit = FeedLimit(flow?.item.statutoryLimit, due: due(.statutory))
        revision = state.revision
        updatedAt = FeedTime.iso(at)
    }
}

extension CaseFeedRecord {
    var json: JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.set("serial", serial)
        object.set("itemCode", itemCode)
        object.set("itemName", itemName)
        object.set("itemKind", itemKind)
        object.set("procedure", procedure)
        object.set("section", section)
        object.set("party", object: party.json)
        object.set("subject", subject)
        object.set("openedAt", openedAt)
        object.set("acceptedOn", acceptedOn)
        object.set("concludedOn", concludedOn)
        object.set("status", status)
        object.set("step", step)
        object.set("stepName", stepName)
        object.set("result", result)
        object.set("resultName", resultName)
        object.set("promisedLimit", object: promisedLimit?.json)
        object.set("statutoryLimit", object: statutoryLimit?.json)
        object.set("revision", revision)
        object.set("updatedAt", updatedAt)
        return object
    }
}
