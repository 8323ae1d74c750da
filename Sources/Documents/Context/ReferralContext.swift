import Workflow

/// The 处理建议书's particulars (条例 Arts. 65, 72 ②, 73): the measure proposed, in the article's
/// terms, the body it is proposed to, and the body and article the measure belongs to. Read from the
/// action issuing the document, else the latest proposal recorded on the case.
enum ReferralContext {
    static func values(action: ActionRecord?, history: [ActionRecord], item: ItemDefinition?) -> [String: Any]? {
        let recorded = [action].compactMap { $0 } + history.reversed()
        let key = CaseEngine.referredMeasureInput
        guard let inputs = recorded.lazy.compactMap(\.inputs).first(where: { $0[key] != nil }), let measure = inputs[key] else { return nil }
        let clean = DocumentText.clean
        return [
            "measure": clean(measure),
            "addressee": clean(inputs["addressee"] ?? ""),
            "authority": clean(item.flatMap { CaseEngine.referralAuthority($0, term: measure) } ?? ""),
            "basis": clean(item?.discretion?.basis ?? ""),
        ]
    }
}
