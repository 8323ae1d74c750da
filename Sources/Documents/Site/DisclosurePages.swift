import Localization
import Workflow

/// 双公示: licence and penalty decisions with the standard fields, newest first. A decision
/// replaced by a correction, or of a case later marked secret, is simply not among the entries; one
/// changed, revoked or found unlawful on 复议/诉讼 leaves them and is listed as withdrawn, with why.
public enum DisclosurePages {
    public static func index(_ entries: [DisclosureEntry], withdrawn: [DisclosureWithdrawal] = [], authority: String, policy: DisclosurePolicy) -> String {
        let t = HTMLText.escape
        var html = "<p>\(t(PublicPhrases.disclosureIntro(policy.publicityDays, policy.publicityBasis).text(.zh)))</p>\n"
        for (kind, title) in [(DisclosureEntry.Kind.licence, PublicPhrases.disclosureLicence), (.penalty, PublicPhrases.disclosurePenalty)] {
            let rows = entries.filter { $0.kind == kind }.sorted { ($0.decidedOn, $0.number) > ($1.decidedOn, $1.number) }
            html += "<h2 id=\"\(kind.rawValue)\">\(t(title.zh))</h2>\n"
            guard !rows.isEmpty else {
                html += "<p>\(t(PublicPhrases.disclosureNone.zh))</p>\n"
                continue
            }
            let heads = [
                PublicPhrases.disclosureNumber, PublicPhrases.columnItem, PublicPhrases.disclosureParty, PublicPhrases.disclosureCreditCode,
                PublicPhrases.disclosureContent, PublicPhrases.disclosureDate, PublicPhrases.disclosureAuthority,
            ]
            html += SiteTable.start(heads)
            for row in rows {
                html += "<tr><th scope=\"row\">\(t(row.number))</th><td>\(t(row.itemName))</td><td>\(t(row.party))</td><td>\(t(row.creditCode ?? ""))</td>"
                html += "<td>\(t(row.content))</td><td>\(row.decidedOn)</td><td>\(t(authority))</td></tr>\n"
            }
            html += SiteTable.end
        }
        return html + withdrawnSection(withdrawn, policy: policy)
    }

    /// Absent when nothing was withdrawn, so the page of a bureau with no such case is as before.
    static func withdrawnSection(_ withdrawn: [DisclosureWithdrawal], policy: DisclosurePolicy) -> String {
        guard !withdrawn.isEmpty else { return "" }
        let t = HTMLText.escape
        var html = "<h2 id=\"withdrawn\">\(t(PublicThirdPhrases.withdrawnTitle.zh))</h2>\n"
        html += "<p>\(t(PublicThirdPhrases.withdrawnIntro(policy.withdrawalBasis).text(.zh)))</p>\n"
        html += SiteTable.start([
            PublicPhrases.disclosureNumber, PublicPhrases.columnItem, PublicPhrases.disclosureDate, PublicThirdPhrases.withdrawnOn,
            PublicThirdPhrases.withdrawnReason,
        ])
        for row in withdrawn.sorted(by: { ($0.withdrawnOn, $0.number) > ($1.withdrawnOn, $1.number) }) {
            html += "<tr><th scope=\"row\">\(t(row.number))</th><td>\(t(row.itemName))</td><td>\(row.decidedOn)</td>"
            html += "<td>\(row.withdrawnOn)</td><td>\(t(row.reason))</td></tr>\n"
        }
        return html + SiteTable.end
    }
}
