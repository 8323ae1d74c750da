import Foundation
import Workflow

/// An audit record said in words for the printed trail of a case archive: the action's name and
/// the steps it moved between, the document and its number, a print and whether it was a copy.
enum AuditDescription {
    static func describe(kind: String, body: String, flow: ItemFlow?, bureau: BureauDefinition) -> String {
        if kind.hasPrefix("case.") {
            guard let event = try? EventCoding.value(CaseEvent.self, from: body) else { return kind }
            return describe(event, flow: flow)
        }
        let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        // A numbered document by its number, an unnumbered one by its name.
        let typeName = (object["type"] as? String).map { bureau.document($0)?.name ?? $0 }
        let number = (object["number"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? typeName ?? ""
        switch kind {
        case "document.issued": return "出具文书 \(number)"
        case "document.corrected": return "更正文书，出具 \(number)"
        case "document.printed": return "打印 \(number)" + ((object["copy"] as? Bool) == true ? "（副本）" : "")
        case "document.printFailed": return "打印失败 \(number)"
        case "document.writtenToFile": return "写入文件（未打印） \(number) \(object["path"] as? String ?? "")"
        case "archive.printed": return "打印案卷"
        case "archive.writtenToFile": return "案卷写入文件（未打印） \(object["path"] as? String ?? "")"
        case "attachment.added": return "上传附件"
        default: return kind
        }
    }

    static func describe(_ event: CaseEvent, flow: ItemFlow?) -> String {
        switch event {
        case .opened: return "登记办件"
        case let .materialsAdded(materials, _, _): return "登记材料 \(materials.values.reduce(0, +)) 份"
        case let .factsRecorded(facts, _, _): return "录入关键事实 \(facts.count) 项"
        case let .acted(record):
            let from = flow?.step(record.from)?.name ?? record.from
            let to = flow?.step(record.to)?.name ?? record.to
            return from == to ? record.name : "\(record.name)（\(from)→\(to)）"
        case let .absorbed(into, _, _, _): return "并入 \(into)"
        case let .partyAmended(address, _, reason, _, _): return "更正当事人信息：地址 \(address)（\(reason)）"
        }
    }
}
