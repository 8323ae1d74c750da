/// 投诉 or 意见建议 (R26): both are taken in and answered; only a complaint can be upheld.
public enum ComplaintKind: String, Sendable, Hashable, CaseIterable {
    case complaint
    case opinion
}
