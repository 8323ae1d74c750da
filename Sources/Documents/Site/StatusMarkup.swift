import Localization

/// The fixed markup of a status page (`ProgressPages.status`), escaped once per process rather
/// than once per case.
struct StatusMarkup: Sendable {
    /// `<dt>label</dt><dd>` for each fact, in the page's order.
    let facts: [String]
    /// From the end of the facts to the first row of the steps table.
    let steps: String
    /// The rest of the "received" row after its date.
    let opened: String
    /// After the last step.
    let end: String

    static let shared = StatusMarkup()

    init() {
        let t = HTMLText.escape
        let labels = [
            PublicPhrases.columnSerial, PublicPhrases.columnItem, PublicPhrases.columnParty, PublicPhrases.columnReceived, PublicPhrases.columnPhase,
            PublicPhrases.columnStep, PublicPhrases.columnDue, PublicPhrases.columnConcluded, PublicPhrases.columnOnTime,
        ]
        facts = labels.map { "<dt>\(t($0.zh))</dt><dd>" }
        steps = "\n</dl>\n" + "<h2>\(t(PublicPhrases.statusSteps.zh))</h2>\n"
            + SiteTable.start([PublicPhrases.statusDate, PublicPhrases.statusAction, PublicPhrases.statusNextStep])
        opened = "</td><td>\(t(PublicPhrases.statusOpened.zh))</td><td></td></tr>\n"
        end = SiteTable.end + "<p><a href=\"/lookup.html\">\(t(PublicPhrases.navLookup.zh))</a></p>\n"
    }
}
