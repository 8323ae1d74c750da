import Localization
import Workflow

/// 办理动态 (R23): every non-secret case in order of receipt, a fixed number per page so that a
/// case's page never moves (a change rewrites one page, a new case at most the last two), and
/// one status page per case for the lookup by serial number and query code.
public enum ProgressPages {
    public static let pageSize = 100

    /// The page case number `n` (1-based order of receipt) is on.
    public static func page(ofCase n: Int64) -> Int { Int((n - 1) / Int64(pageSize)) + 1 }

    public static func pagePath(_ page: Int) -> String { "/progress/p/\(pageName(page)).html" }
    public static func pageName(_ page: Int) -> String {
        let digits = String(page)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// Counts by phase for the index.
    public struct Counts: Sendable, Hashable {
        public var received = 0
        public var inProgress = 0
        public var concluded = 0

        public init(received: Int = 0, inProgress: Int = 0, concluded: Int = 0) {
            self.received = received
            self.inProgress = inProgress
            self.concluded = concluded
        }
    }

    public static func index(counts: Counts, pages: [Int]) -> String {
        let t = HTMLText.escape
        var html = "<p>\(t(PublicPhrases.progressIntro.zh))</p>\n"
        html += "<p>\(t(PublicPhrases.progressCounts(counts.received, counts.inProgress, counts.concluded).text(.zh)))</p>\n"
        html += "<h2>\(t(PublicPhrases.progressPages.zh))</h2>\n<ul class=\"pages\">\n"
        for page in pages.reversed() {
            html += "<li><a href=\"\(pagePath(page))\">\(t(PublicPhrases.progressPage(page, pages.count).text(.zh)))</a></li>\n"
        }
        return html + "</ul>\n"
    }

    public static func listing(_ rows: [PublicCaseSummary], itemNames: [String: String], page: Int, previous: Bool, next: Bool, today: CivilDate) -> String {
        let t = HTMLText.escape
        let heads = [
            PublicPhrases.columnSerial, PublicPhrases.columnItem, PublicPhrases.columnParty, PublicPhrases.columnReceived, PublicPhrases.columnPhase,
            PublicPhrases.columnStep, PublicPhrases.columnDue, PublicPhrases.columnConcluded, PublicPhrases.columnOnTime,
        ]
        var html = "<p>\(t(PublicPhrases.progressIntro.zh))</p>\n" + SiteTable.start(heads)
        for row in rows {
            let timeliness = row.timeliness(today: today)
            html += "<tr><th scope=\"row\">\(t(row.caseID))</th><td>\(t(itemNames[row.itemCode] ?? row.itemCode))</td><td>\(t(row.party))</td>"
            html += "<td>\(row.openedOn)</td><td>\(t(row.phase.phrase.zh))</td><td>\(t(row.stepName))</td>"
            html += "<td>\(row.dueOn?.description ?? "")</td><td>\(row.concludedOn?.description ?? "")</td>"
            html += "<td\(timeliness == .overdue ? " class=\"overdue\"" : "")>\(t(timeliness.phrase.zh))</td></tr>\n"
        }
        html += SiteTable.end + "<nav aria-label=\"\(t(PublicPhrases.progressPages.zh))\"><p>"
        if previous { html += "<a href=\"\(pagePath(page - 1))\" rel=\"prev\">\(t(PublicPhrases.progressPrevious.zh))</a> " }
        html += "<a href=\"/progress/\">\(t(PublicPhrases.navProgress.zh))</a>"
        if next { html += " <a href=\"\(pagePath(page + 1))\" rel=\"next\">\(t(PublicPhrases.progressNext.zh))</a>" }
        return html + "</p></nav>\n"
    }

    /// One case as the lookup shows it: where it stands, and every step with its date. The fixed
    /// markup is made once (`StatusMarkup`): a whole run writes up to a million of these.
    public static func status(_ row: PublicCaseSummary, itemName: String, today: CivilDate) -> String {
        let t = HTMLText.escape
        let markup = StatusMarkup.shared
        let values = [
            row.caseID, itemName, row.party, row.openedOn.description, row.phase.phrase.zh, row.stepName,
            row.dueOn?.description ?? PublicPhrases.noDeadline.zh, row.concludedOn?.description ?? "", row.timeliness(today: today).phrase.zh,
        ]
        var html = "<dl>\n"
        html.reserveCapacity(1500 + row.history.count * 120)
        for (index, value) in values.enumerated() {
            if index > 0 { html += "\n" }
            html += markup.facts[index]
            html += t(value)
            html += "</dd>"
        }
        html += markup.steps
        html += "<tr><td>\(row.openedOn)"
        html += markup.opened
        for step in row.history {
            html += "<tr><td>\(step.on)</td><td>\(t(step.action))</td><td>\(t(step.step))</td></tr>\n"
        }
        return html + markup.end
    }
}
