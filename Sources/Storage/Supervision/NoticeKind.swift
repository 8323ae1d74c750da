/// What a supervision notice (督办) is: a 督办单 on one case, or a yellow or red card warning to
/// an officer or a section, as the city's e-supervision practice issues them (legal-facts §8).
public enum NoticeKind: String, Sendable, Hashable, CaseIterable {
    /// 督办单: a case the addressee must act on and answer for.
    case order
    /// 黄牌: a warning.
    case yellowCard = "yellow-card"
    /// 红牌: a serious warning.
    case redCard = "red-card"
}
