/// The unit a statutory period is stated in: 工作日 (working days) or 自然日 (calendar days).
public enum DayUnit: String, Sendable, Codable, CaseIterable {
    /// 工作日: Monday to Friday, less the State Council's holidays, plus its extra working days.
    case workday
    /// 自然日: every calendar day counts.
    case day
}
