import Foundation
@testable import Typesetting

/// Realistic documents of the bureau, built the way the Documents module will build them.
enum SampleDocuments {
    static let opening = """
        当事人擅自设立宗教活动场所一案，本局于2026年2月20日立案调查，现已调查终结。本局依法送达了《行政处罚事先告知书》（通民宗罚告字〔2026〕9号），当事人在法定期限内未提出陈述、申辩，也未要求听证。
        """
    static let facts = """
        经查，当事人于2026年1月5日至2026年2月20日期间，未经宗教事务部门批准，在南通市崇川区某小区3幢1单元201室擅自设立固定宗教活动处所，组织信教群众开展集体宗教活动共计12次，并以“奉献”名义收取财物合计人民币20,000.00元。上述行为违反了《宗教事务条例》第四十一条第一款的规定。
        """
    static let evidence = """
        以上事实有现场检查笔录、当事人身份证复印件（公民身份号码32060219800101001X）、询问笔录、收款凭证及银行流水明细等证据证明，证据清单如下：
        """
    static let decision = """
        根据《宗教事务条例》第六十九条的规定，本局决定对当事人作出如下行政处罚：1.责令停止活动；2.没收违法所得人民币20,000.00元；3.并处罚款人民币30,000.00元。罚款应当自收到本决定书之日起十五日内缴至指定银行（开户行：中国工商银行南通分行，账号：1111020309000123456），逾期每日按罚款数额的百分之三加处罚款。
        """
    static let remedy = """
        当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向南通市人民政府申请行政复议，或者在六个月内向南通市崇川区人民法院提起行政诉讼。
        """

    static let table = TypesetTable(
        columnWidths: [1, 4, 2, 2],
        header: ["序号", "证据名称", "来源", "页数"],
        rows: [
            ["1", "现场检查笔录（2026年2月20日）及现场照片", "执法人员制作", "14"],
            ["2", "当事人身份证复印件", "当事人提供", "1"],
            ["3", "询问笔录（当事人、证人王某某、证人李某某）", "执法人员制作", "9"],
            ["4", "收款凭证及中国工商银行南通分行账户流水明细", "银行调取", "23"],
        ])

    static func penaltyDecision(copyMark: String? = nil) -> TypesetDocument {
        TypesetDocument(
            title: "行政处罚决定书 通民宗罚决字〔2026〕12号",
            blocks: [
                .title("南通市民族宗教事务局\n行政处罚决定书"),
                .blank,
                .centered("通民宗罚决字〔2026〕12号"),
                .blank,
                .plain("当事人：张某某，男，1980年1月1日出生，公民身份号码：32060219800101001X，住址：江苏省南通市崇川区某某路88号。"),
                .paragraph(opening),
                .heading("一、违法事实和证据"),
                .paragraph(facts),
                .paragraph(evidence),
                .table(table),
                .heading("二、行政处罚的依据和决定"),
                .paragraph(decision),
                .heading("三、申请行政复议或者提起行政诉讼的途径和期限"),
                .paragraph(remedy),
                .blank,
                .right("南通市民族宗教事务局"),
                .right("2026年3月16日"),
                .rule,
                .small("抄送：南通市崇川区民族宗教事务局。本决定书一式三份，送达当事人、存档、送执法监督机构各一份。"),
            ],
            copyMark: copyMark,
            creationDate: Date(timeIntervalSince1970: 1_773_624_600))
    }

    /// A longer decision in the shape of the user trial's: lead-ins ending in a colon, a
    /// fine whose last line "整）。" once stood alone, an evidence table with narrow "序号" and
    /// "页号" columns and a footnote, a signature, and an approval table whose signature row is
    /// made taller with line breaks.
    static func longDecision() -> TypesetDocument {
        let exhibits = TypesetTable(
            columnWidths: [30, 200, 80, 30],
            header: ["序号", "证据名称", "来源", "页号"],
            rows: (1...9).map { index in
                ["\(index)", ["现场检查笔录及现场照片", "当事人身份证复印件", "询问笔录（当事人）", "询问笔录（证人王某某）",
                              "收款凭证", "中国工商银行南通分行账户流水明细", "场所租赁合同", "信教群众名单", "告知书送达回证"][index - 1],
                 index % 3 == 0 ? "当事人提供" : "执法人员制作", "\(index * 3 - 2)"]
            })
        let approval = TypesetTable(
            columnWidths: [1, 4],
            header: nil,
            rows: [
                ["承办人意见", "建议按照一般程序作出行政处罚决定。\n\n签名：\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日"],
                ["负责人意见", "\n\n\n签名：\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日"],
            ])
        return TypesetDocument(
            title: "行政处罚决定书 通民宗罚决字〔2026〕15号",
            blocks: [
                .title("南通市民族宗教事务局\n行政处罚决定书"),
                .blank,
                .centered("通民宗罚决字〔2026〕15号"),
                .blank,
                .plain("当事人：张某某，男，1980年1月1日出生，公民身份号码：32060219800101001X，住址：江苏省南通市崇川区某某路88号。\n委托代理人：李某某，江苏某某律师事务所律师。"),
                .paragraph(opening),
                .heading("一、违法事实和证据"),
                .plain("本案认定的主要事实："),
                .paragraph(facts),
                .paragraph(facts.replacingOccurrences(of: "经查，", with: "另查明，")),
                .paragraph("上述事实有下列证据证明："),
                .table(exhibits),
                .small("注：以上证据均经当事人核对无异议，并已随卷归档。"),
                .paragraph("本局于2026年3月2日向当事人送达了《行政处罚事先告知书》，告知其拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩和要求听证的权利。当事人在法定期限内未提出陈述、申辩意见，也未要求举行听证。"),
                .heading("二、行政处罚的依据和决定"),
                .paragraph(decision),
                .paragraph("综上，根据《宗教事务条例》第六十九条的规定，本局决定对当事人作出如下行政处罚：责令停止活动，没收违法所得人民币20,000.00元，并处罚款人民币130,000.00元（大写：壹拾叁万元整）。"),
                .heading("三、申请行政复议或者提起行政诉讼的途径和期限"),
                .paragraph(remedy),
                .paragraph(remedy.replacingOccurrences(of: "当事人如不服", with: "当事人逾期不申请行政复议、不提起行政诉讼，又不履行")),
                .blank,
                .right("南通市民族宗教事务局"),
                .right("2026年3月16日"),
                .pageBreak,
                .title("审批意见"),
                .table(approval),
            ],
            creationDate: Date(timeIntervalSince1970: 1_773_624_600))
    }

    /// Every sentence the sample holds, for checking that extraction gives it all back.
    static var sentences: [String] {
        let texts = [opening, facts, evidence, decision, remedy]
        var result: [String] = []
        for text in texts {
            result += text.split(whereSeparator: { "。；".contains($0) }).map(String.init)
        }
        return result.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
