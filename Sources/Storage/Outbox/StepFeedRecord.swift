import Foundation
import Workflow

/// 环节信息: one action on a case: the step it was taken at, the post and officer, the opinion,
/// when the step began and ended, and what came of it.
struct StepFeedRecord: FeedPayload, Sendable {
    let serial: String
    let index: Int
    let step: String
    let stepName: String
    let post: String?
    let action: String
    let actionName: String
    let officerID: String
    let officerName: String
    let participants: [String]
    let opinion: String?
    let verdict: String?
    let reason: String?
    let startedAt: String
    let endedAt: String
    let nextStep: String
    let abnormal: Bool

    init(serial: String, index: Int, record: ActionRecord, flow: ItemFlow?, startedAt: Date) {
        self.serial = serial
        self.index = index
        step = record.from
        stepName = flow?.step(record.from)?.name ?? record.from
        post = flow?.step(record.from)?.post
        action = record.action
        actionName = record.name
        officerID = record.userID
        officerName = record.actorName
        participants = record.participants
        opinion = record.opinion?.text
        verdict = record.opinion?.verdict.rawValue
        reason = record.reason
        self.startedAt = FeedTime.iso(startedAt)
        endedAt = FeedTime.iso(record.at)
        nextStep = record.to
        abnormal = record.kind.isAbnormal
    }
}

extension StepFeedRecord {
    var json: JSONObjectBuilder {
        var object = JSONObjectBuilder()
        object.set("serial", serial)
        object.set("index", index)
        object.set("step", step)
        object.set("stepName", stepName)
        object.set("post", post)
        object.set("action", action)
        object.set("actionName", actionName)
        object.set("officerID", officerID)
        object.set("officerName", officerName)
        object.set("participants", strings: participants)
        object.set("opinion", opinion)
        object.set("verdict", verdict)
        object.set("reason", reason)
        object.set("startedAt", startedAt)
        object.set("endedAt", endedAt)
        object.set("nextStep", nextStep)
        object.set("abnormal", abnormal)
        return object
    }
}
