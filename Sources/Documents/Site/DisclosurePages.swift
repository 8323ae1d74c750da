import Localization
import Workflow

/// 双公示: licence and penalty decisions with the standard fields, newest first. A decision
/// replaced by a correction, or of a case later marked secret, is simply not among the entries.
public enum DisclosurePages {
    public static func index(_ entries: [DisclosureEntry], authority: String, policy: DisclosurePolicy) -> String {
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
        return html
    }
}
