import Documents
import Foundation
import Testing
import Workflow

/// Each document type, rendered from a case the engine walked through its real flow, carries
/// what the law asks of it: Art. 59 of the Administrative Penalty Law for a decision, the
/// one-time list of everything missing for a correction notice (Licensing Law Art. 32), the
/// remedies in every decision against the party, the seal line and date in every letter.
@Suite struct DocumentContentTests {
    static let samples: [String: DocumentFixtures.Sample] = {
        guard let set = DocumentFixtures.compilation.set else { return [:] }
        return (try? DocumentFixtures.samples(set: set)) ?? [:]
    }()

    static let agency = "南通市民族宗教事务局"
    static let remedies = ["六十日", "南通市人民政府", "行政复议", "六个月", "人民法院", "行政诉讼"]
    static let sealed = ["（印章）"]

    func sample(_ code: String) throws -> DocumentFixtures.Sample {
        try #require(Self.samples[code], "no sample of \(code)")
    }

    /// Every text the document must contain, reported all at once when some are missing.
    func expectContains(_ sample: DocumentFixtures.Sample, _ required: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let flat = sample.text.replacingOccurrences(of: "\n", with: "")
        let missing = required.filter { !flat.contains($0) }
        #expect(missing.isEmpty, "\(sample.type.code) lacks \(missing)\n\(sample.text)", sourceLocation: sourceLocation)
    }

    @Test(arguments: ["acceptance-notice", "correction-notice", "refusal-decision", "licence-grant", "licence-denial", "extension-notice",
                      "filing-form", "investigation-report", "penalty-notice", "hearing-notice", "hearing-transcript", "penalty-decision",
                      "no-penalty-decision", "on-site-decision", "service-receipt", "case-cover", "approval-grant", "approval-denial",
                      "review-opinion", "opinion-letter", "filing-certificate", "filing-rejection", "inspection-notice", "inspection-record",
                      "inspection-opinion", "rectification-notice"])
    func everyDocumentNamesItsAgencyPartyNumberAndCase(_ code: String) throws {
        let sample = try sample(code)
        var required = [Self.agency, sample.state.party.name]
        if code != "case-cover" { required.append(sample.type.name) }
        if let word = sample.type.word { required.append(word) }
        expectContains(sample, required)
        #expect(!sample.text.contains("{{") && !sample.text.contains("}}"), "\(code) has an unrendered tag")
        // Every line of the rendered text carries a layout mark the typesetter understands.
        for line in sample.text.split(separator: "\n") {
            #expect(MarkupLine.parse(line) != nil, "\(code): unmarked line \(line)")
        }
    }

    @Test func penaltyDecisionHoldsEverythingArticle59Requires() throws {
        let sample = try sample("penalty-decision")
        let state = sample.state
        let decision = try #require(state.decision)
        let total = decision.totalFine
        var required = [
            // (1) the party: name, identity number, address
            state.party.name, state.party.identity.value, state.party.address,
            // (2) facts and evidence: the findings and every material in the file
            try #require(state.history.last { $0.penaltyRole == .proposal }?.opinion?.text),
            // (7) the deciding body and the date, with the seal
            "（印章）", "2026年3月2日",
        ]
        // ... and every material in the file as its evidence
        let set = try #require(DocumentFixtures.compilation.set)
        required += (set.item(state.itemCode)?.materials ?? []).filter { (state.materials[$0.code] ?? 0) > 0 }.map(\.name)
        // (3) the penalty and its legal basis, in figures and in capitals
        let benchmark = try #require(set.item(state.itemCode)?.discretion)
        required += [benchmark.violation, benchmark.basis]
        #expect(total.fen > 0, "the sample decision should carry a fine")
        required += [ChineseCapitalNumerals.figure(total) + "元", try #require(ChineseCapitalNumerals.yuan(total))]
        // (5) how and by when to comply: 15 days, the 3% daily surcharge
        required += ["十五日", "每日按罚款数额的百分之三加处罚款"]
        // (6) how and by when to seek review or sue
        required += Self.remedies
        expectContains(sample, required)
        // The signature block comes after the remedies, at the end.
        let text = sample.text
        let remedies = try #require(text.range(of: "六个月"))
        let seal = try #require(text.range(of: "（印章）"))
        #expect(remedies.upperBound < seal.lowerBound)
    }

    /// 行政处罚法 Art. 59 (三) with the regulation's "没收违法所得、非法财物": what is confiscated is
    /// printed as an amount (figures and capitals) and a list, in the report, the notice and the decision.
    @Test func confiscationsArePrintedWithTheirAmountAndList() throws {
        for code in ["investigation-report", "penalty-notice", "penalty-decision"] {
            let sample = try sample(code)
            let penalty = try #require(code == "penalty-decision" ? sample.state.decision : sample.state.proposal)
            let sanctions = penalty.violations.flatMap(\.sanctions)
            let gains = try #require(sanctions.first { $0.kind == .confiscateGains }?.amount, "\(code): the sample should confiscate gains")
            let property = try #require(sanctions.first { $0.kind == .confiscateProperty }?.property, "\(code): the sample should confiscate property")
            var required = ["没收违法所得人民币" + ChineseCapitalNumerals.figure(gains) + "元", try #require(ChineseCapitalNumerals.yuan(gains)), "没收非法财物，计："]
            required += property.map { $0.name + "　" + $0.quantity + $0.unit }
            expectContains(sample, required)
        }
    }

    /// 行政处罚法 Art. 36: the 立案审批表 shows the approver the limitation reckoned from the act's date.
    @Test func theFilingFormShowsTheLimitation() throws {
        let sample = try sample("filing-form")
        let set = try #require(DocumentFixtures.compilation.set)
        let flow = try #require(set.flow(item: sample.state.itemCode, procedure: sample.state.procedureCode))
        let reckoning = try #require(LimitationReckoning(state: sample.state, flow: flow))
        expectContains(sample, ["追责时效（《行政处罚法》第三十六条）", DocumentText.date(reckoning.act), "\(reckoning.years)年内发现的可予处罚",
                                "至" + DocumentText.date(reckoning.lastDay) + "届满"])
    }

    @Test func decisionsAgainstThePartyNameTheirRemedies() throws {
        for code in ["no-penalty-decision", "on-site-decision", "refusal-decision", "licence-denial", "approval-denial", "filing-rejection", "rectification-notice"] {
            expectContains(try sample(code), Self.remedies + Self.sealed)
        }
    }

    @Test func onSiteDecisionNamesTheFineTheTermAndTheOfficers() throws {
        let sample = try sample("on-site-decision")
        let fine = try #require(sample.state.decision?.totalFine)
        #expect(fine.fen > 0, "the sample on-the-spot decision should carry a fine")
        var required = ["十五日", "百分之三", "《中华人民共和国行政处罚法》第五十一条"]
        required += [ChineseCapitalNumerals.figure(fine) + "元", try #require(ChineseCapitalNumerals.yuan(fine))]
        let action = try #require(sample.action)
        required += ([action.userID] + action.participants).compactMap { DocumentFixtures.names[$0] }
        // Art. 52, 55: the officers' certificate numbers, each beside its holder.
        #expect(Set([action.userID] + action.participants).count >= 2)
        required += ([action.userID] + action.participants).compactMap { id in
            DocumentFixtures.officers[id].map { ($0.name) + "（执法证号：" + $0.certificate.number + "）" }
        }
        expectContains(sample, required)
    }

    @Test func penaltyNoticeTellsTheRightsAndTheirTerm() throws {
        let sample = try sample("penalty-notice")
        expectContains(sample, ["陈述", "申辩", "要求听证", "五日内", "不因你单位陈述、申辩而给予更重的处罚"])
    }

    @Test func correctionNoticeListsEveryMissingMaterialAtOnce() throws {
        let sample = try sample("correction-notice")
        let record = try #require(sample.state.history.last { !$0.missing.isEmpty })
        #expect(record.missing.count > 1)
        expectContains(sample, record.missing + ["一次性告知"])
    }

    @Test func refusalsAndDenialsGiveTheirReasons() throws {
        for code in ["refusal-decision", "licence-denial", "approval-denial", "filing-rejection", "hearing-notice", "review-opinion", "opinion-letter"] {
            let sample = try sample(code)
            let opinion = try #require(sample.action?.opinion?.text, "\(code) has no action opinion")
            expectContains(sample, [opinion])
        }
    }

    @Test func extensionNoticeSaysHowLongAndWhy() throws {
        let sample = try sample("extension-notice")
        let record = try #require(sample.state.history.last { $0.extensionLimit != nil })
        let limit = try #require(record.extensionLimit)
        expectContains(sample, [limit.description, try #require(record.reason)])
    }

    @Test func serviceReceiptNamesTheDocumentServedAndWhere() throws {
        let sample = try sample("service-receipt")
        expectContains(sample, ["送达文书", "受送达人", sample.state.party.address, "签名"])
    }

    @Test func coverNamesTheCase() throws {
        let sample = try sample("case-cover")
        expectContains(sample, [sample.state.id, sample.state.party.identity.value, "行政执法案卷"])
    }
}
