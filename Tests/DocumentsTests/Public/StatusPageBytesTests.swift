import Documents
import Localization
import Testing
import Workflow

/// A status page made from the cut frame and the cached markup (the whole-site publish's fast
/// path) is byte for byte the page the plain functions made before: checked against the former
/// construction, kept here as the oracle, over hostile titles, parties and histories.
@Suite struct StatusPageBytesTests {
    static let frame = SiteFrame(bureau: "南通市<民族>宗教事务局", supervisionPhone: "0513-85529136 & \"1\"", complaintChannel: "12345\u{202E}热线",
                                 generatedAt: "2026-03-16 09:00")

    /// `ProgressPages.status` as it was written before its markup was cached.
    static func formerStatus(_ row: PublicCaseSummary, itemName: String, today: CivilDate) -> String {
        let t = HTMLText.escape
        let timeliness = row.timeliness(today: today)
        let facts: [(Phrase, String)] = [
            (PublicPhrases.columnSerial, row.caseID), (PublicPhrases.columnItem, itemName), (PublicPhrases.columnParty, row.party),
            (PublicPhrases.columnReceived, row.openedOn.description), (PublicPhrases.columnPhase, row.phase.phrase.zh),
            (PublicPhrases.columnStep, row.stepName), (PublicPhrases.columnDue, row.dueOn?.description ?? PublicPhrases.noDeadline.zh),
            (PublicPhrases.columnConcluded, row.concludedOn?.description ?? ""), (PublicPhrases.columnOnTime, timeliness.phrase.zh),
        ]
        var html = "<dl>\n" + facts.map { "<dt>\(t($0.0.zh))</dt><dd>\(t($0.1))</dd>" }.joined(separator: "\n") + "\n</dl>\n"
        html += "<h2>\(t(PublicPhrases.statusSteps.zh))</h2>\n" + "<div class=\"scroll\"><table>\n<thead><tr>"
            + [PublicPhrases.statusDate, PublicPhrases.statusAction, PublicPhrases.statusNextStep].map { "<th scope=\"col\">\(t($0.zh))</th>" }.joined()
            + "</tr></thead>\n<tbody>\n"
        html += "<tr><td>\(row.openedOn)</td><td>\(t(PublicPhrases.statusOpened.zh))</td><td></td></tr>\n"
        for step in row.history {
            html += "<tr><td>\(step.on)</td><td>\(t(step.action))</td><td>\(t(step.step))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n" + "<p><a href=\"/lookup.html\">\(t(PublicPhrases.navLookup.zh))</a></p>\n"
    }

    static func rows() -> [PublicCaseSummary] {
        let day = CivilDate(year: 2026, month: 3, day: 2)!
        let hostile = ["张*", "<script>alert(1)</script>", "O'Brien & \"Sons\"", "a\u{0}b\u{7}c\u{202E}d\u{2028}e\tf\ng", "", "𠮷野家"]
        var rows: [PublicCaseSummary] = []
        for (index, party) in hostile.enumerated() {
            for phase in [PublicPhase.received, .inProgress, .suspended, .concluded] {
                let history = (0..<index).map { PublicStep(on: day.adding(days: $0), action: hostile[($0 + 1) % hostile.count], step: "审查<\($0)>") }
                rows.append(PublicCaseSummary(
                    caseID: "XK202600000\(index)", itemCode: "320600-XK-001", phase: phase, stepName: hostile[(index + 2) % hostile.count], party: party,
                    creditCode: nil, openedOn: day, concludedOn: phase == .concluded ? day.adding(days: 9) : nil,
                    dueOn: index % 2 == 0 ? day.adding(days: 5) : nil, late: index % 3 == 0, history: history, decision: nil
                ))
            }
        }
        return rows
    }

    @Test func theCachedStatusMarkupGivesTheFormerBytes() {
        let today = CivilDate(year: 2026, month: 3, day: 16)!
        for row in Self.rows() {
            for name in ["大型宗教活动", "<b>&</b>"] {
                #expect(ProgressPages.status(row, itemName: name, today: today) == Self.formerStatus(row, itemName: name, today: today), "\(row.caseID)")
            }
        }
    }

    @Test func theCutFrameGivesTheWholeFramesBytes() {
        let template = SiteFrameTemplate(Self.frame)
        let today = CivilDate(year: 2026, month: 3, day: 16)!
        for row in Self.rows() {
            let title = PublicPhrases.statusTitle(row.caseID + row.party).text(.zh)
            let body = ProgressPages.status(row, itemName: "事项", today: today)
            #expect(template.page(title: title, body: body) == Self.frame.page(title: title, body: body))
        }
        #expect(template.page(title: "", body: "") == Self.frame.page(title: "", body: ""))
    }
}
