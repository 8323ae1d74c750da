import Workflow

/// The service record (送达) a document prints: method, date, recipient and the number of the
/// 送达回证 or postal receipt. The action issuing the document is read first (送达决定书 makes the
/// 送达回证 of its own service), else the latest service recorded on the case.
enum ServiceContext {
    static let methodInput = "service-method"
    static let recipientInput = "recipient"
    static let receiptInput = "receipt-number"

    static func values(action: ActionRecord?, history: [ActionRecord]) -> [String: Any]? {
        let recorded = [action].compactMap { $0 } + history.reversed()
        guard let inputs = recorded.lazy.compactMap(\.inputs).first(where: { $0[methodInput] != nil }) else { return nil }
        let clean = DocumentText.clean
        let date = inputs[HearingSchedule.servedInput].flatMap(CivilDate.init(iso:)).map(DocumentText.date) ?? ""
        let receipt = clean(inputs[receiptInput] ?? "")
        return [
            "method": clean(inputs[methodInput] ?? ""),
            "date": date,
            "recipient": clean(inputs[recipientInput] ?? ""),
            "receiptNumber": receipt,
            "hasReceiptNumber": !receipt.isEmpty,
        ]
    }
}
