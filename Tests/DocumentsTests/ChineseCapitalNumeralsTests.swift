import Documents
import Testing
import Workflow

/// Capital amounts checked against hand-written values (the 支付结算办法 rules: 整 after 元,
/// one 零 for a run of zeros, 壹 before 拾).
@Suite struct ChineseCapitalNumeralsTests {
    @Test(arguments: [
        (0, "零元整"), (100, "壹元整"), (1_000, "壹拾元整"), (2_000_000, "贰万元整"), (2_300_000, "贰万叁仟元整"),
        (13_000_000, "壹拾叁万元整"), (30_000_000, "叁拾万元整"), (10_000_100, "壹拾万零壹元整"), (10_010_000, "壹拾万零壹佰元整"),
        (100_100, "壹仟零壹元整"), (1_005, "壹拾元零伍分"), (5, "伍分"), (50, "伍角"), (105, "壹元零伍分"), (150, "壹元伍角"),
        (1_234_567, "壹万贰仟叁佰肆拾伍元陆角柒分"), (10_000_000_000, "壹亿元整"), (10_001_000_000, "壹亿零壹万元整"), (10_010_000_000, "壹亿零壹拾万元整"),
        (100_000_100_000_000, "壹万亿零壹佰万元整"), (20_000, "贰佰元整"), (300_000, "叁仟元整"),
    ] as [(Int64, String)])
    func capitals(_ fen: Int64, _ expected: String) {
        #expect(ChineseCapitalNumerals.yuan(Money(fen: fen)) == expected)
    }

    @Test func negativeAmountsHaveNoCapitals() {
        #expect(ChineseCapitalNumerals.yuan(Money(fen: -100)) == nil)
    }

    @Test(arguments: [(0, "0.00"), (5, "0.05"), (100_000, "1,000.00"), (13_000_000, "130,000.00"), (123_456_789, "1,234,567.89")] as [(Int64, String)])
    func figures(_ fen: Int64, _ expected: String) {
        #expect(ChineseCapitalNumerals.figure(Money(fen: fen)) == expected)
    }
}
