import Documents
import Foundation
import GRDB
import Localization
import Workflow

/// `powerdesk publish`: the public site as static files, read from the database in one read
/// transaction (the site itself never holds a database handle). Incremental: a run reads the
/// cases whose public row changed since the last run (`change_seq`) and the open cases that fell
/// overdue since the last day it ran, rewrites their status pages and the listing pages they are
/// on, and builds a new generation of the small page set only when what those pages show changed.
/// The first run, a new definition version or a changed set of secret items rewrites everything.
struct SitePublisher {
    let database: PowerDeskDatabase
    let definitions: DefinitionRepository

    /// What the small page set is made of, read in the same transaction as the rows.
    struct Snapshot {
        let set: DefinitionSet
        let version: CataloguePages.Version
        let policy: DisclosurePolicy
        let counts: ProgressPages.Counts
        let lastPage: Int
        let changeSeq: Int64
        /// Every 双公示 decision, shown or not (withdrawn, replaced, secret), with its publication day.
        let decisions: [DisclosureDecision]

        var disclosures: [DisclosureEntry] { decisions.filter(\.inPublication).map(\.entry) }
        var withdrawn: [DisclosureWithdrawal] { decisions.filter { !$0.hidden }.compactMap(\.withdrawal) }
    }

    func publish(to path: String, now: Date) throws -> PublishReport {
        let started = DispatchTime.now().uptimeNanoseconds
        let directory = try SiteDirectory(path)
        defer { directory.unlock() }
        let old = PublishManifest.read(in: directory.root)
        let today = CivilDate.inShanghai(now)
        var report = PublishReport()
        let (snapshot, manifest) = try database.read { db -> (Snapshot, PublishManifest) in
            let snapshot = try self.snapshot(db)
            let secretItems = snapshot.set.items.filter { $0.secrecy != nil }.map(\.code).sorted()
            let full = old == nil || old?.version != snapshot.version.number || old?.secretItems != secretItems
            report.full = full
            let names = Dictionary(snapshot.set.items.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
            let hidden = Set(secretItems)
            let frame = self.frame(snapshot, now)
            let template = SiteFrameTemplate(frame)
            var pages: Set<Int> = []
            var listed: Set<Int> = []
            let writer = StatusPageWriter(hidden: hidden, names: names, today: today, frame: frame, directory: directory)
            // Nothing is left writing when the run ends early with an error.
            defer { try? writer.finish() }
            var batch: [PublicCaseRow] = []
            // Rows are read in batches and each batch's pages written on every core.
            func each(_ sql: String, _ arguments: StatementArguments = [], visit: ((PublicCaseRow) throws -> Void)? = nil) throws {
                let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
                while let raw = try cursor.next() {
                    guard let row = PublicCaseRow(raw) else { continue }
                    pages.insert(ProgressPages.page(ofCase: row.n))
                    try visit?(row)
                    batch.append(row)
                    if batch.count == 4096 {
                        try writer.submit(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                try writer.submit(batch)
                batch.removeAll(keepingCapacity: true)
            }
            if full {
                // A whole run reads the rows once, in order of receipt: each listing page is made
                // from its rows as they pass instead of being read again.
                var current = 0
                var shown: [PublicCaseSummary] = []
                func flush() throws {
                    guard current >= 1 && current <= snapshot.lastPage else { return }
                    try renderListing(current, rows: shown, lastPage: snapshot.lastPage, names: names, today: today, template: template, directory)
                    listed.insert(current)
                    report.listingPages += 1
                }
                try each(PublicCaseRow.selection + " ORDER BY p.n") { row in
                    let page = ProgressPages.page(ofCase: row.n)
                    if page != current {
                        try flush()
                        current = page
                        shown.removeAll(keepingCapacity: true)
                    }
                    if !row.secret && !hidden.contains(row.listed.itemCode) { shown.append(row.listed) }
                }
                try flush()
            } else if let old {
                try each(PublicCaseRow.selection + " WHERE p.change_seq > ?", [old.changeSeq])
                if old.day < today.description {
                    try each(PublicCaseRow.selection + " WHERE p.phase <> 'concluded' AND p.due_on >= ? AND p.due_on < ?", [old.day, today.description])
                }
                // A new last page gives the one before it a "next" link.
                if snapshot.lastPage > old.lastPage { pages.formUnion(max(1, old.lastPage)...snapshot.lastPage) }
            }
            for page in pages.sorted() where page >= 1 && page <= snapshot.lastPage && !listed.contains(page) {
                try writeListing(page, lastPage: snapshot.lastPage, hidden: hidden, names: names, today: today, template: template, db, directory)
                report.listingPages += 1
            }
            try writer.finish()
            (report.statusWritten, report.statusRemoved) = writer.totals
            var manifest = old ?? PublishManifest()
            manifest.changeSeq = snapshot.changeSeq
            manifest.day = today.description
            manifest.lastPage = snapshot.lastPage
            manifest.version = snapshot.version.number
            manifest.secretItems = secretItems
            return (snapshot, manifest)
        }
        var next = manifest
        let small = try smallPages(snapshot, now: now)
        let digest = ChainDigest.hex(of: small.digestInput)
        if digest != manifest.smallDigest || !FileManager.default.fileExists(atPath: directory.root.appendingPathComponent(SiteDirectory.current).path) {
            next.generation += 1
            let base = directory.generationURL(next.generation)
            try? FileManager.default.removeItem(at: base)
            for (relative, data) in small.files {
                try directory.replace(relative, with: data, under: base)
            }
            try directory.swap(to: next.generation)
            next.smallDigest = digest
            report.smallPages = small.files.count
        }
        // The 双公示 page now shows these decisions: the day each first did is what its deadline is judged by.
        if snapshot.decisions.contains(where: { $0.inPublication && $0.publishedOn == nil }) {
            try database.write { try DisclosureLedger.recordPublished(snapshot.decisions, today: today, at: now, $0) }
        }
        try directory.replace(PublishManifest.fileName, with: try next.data())
        report.generation = next.generation
        report.milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        return report
    }

    // MARK: Reading

    func snapshot(_ db: Database) throws -> Snapshot {
        let number = try definitions.activeVersion(db)
        let set = try definitions.set(version: number, db)
        guard let policy = set.bureau.disclosure else { throw StorageError(PublicPhrases.noDisclosurePolicy()) }
        let since = try Double.fetchOne(db, sql: "SELECT COALESCE(confirmed_at, created_at) FROM definition_version WHERE id = ?", arguments: [number]) ?? 0
        let version = CataloguePages.Version(number: number, effectiveOn: CivilDate.inShanghai(Date(timeIntervalSince1970: since)))
        let hidden = set.items.filter { $0.secrecy != nil }.map(\.code)
        let hiddenList = hidden.map { "'\($0.replacingOccurrences(of: "'", with: "''"))'" }.joined(separator: ",")
        let visible = "p.secret = 0" + (hidden.isEmpty ? "" : " AND p.item_code NOT IN (\(hiddenList))")
        var counts = ProgressPages.Counts()
        for row in try Row.fetchAll(db, sql: "SELECT p.phase, COUNT(*) FROM case_public p WHERE \(visible) GROUP BY p.phase") {
            let count: Int = row[1]
            switch PublicPhase(rawValue: row[0]) {
            case .received: counts.received += count
            case .inProgress, .suspended: counts.inProgress += count
            case .concluded: counts.concluded += count
            case nil: break
            }
        }
        let maxN = try Int64.fetchOne(db, sql: "SELECT MAX(n) FROM case_public") ?? 0
        let changeSeq = try Int64.fetchOne(db, sql: "SELECT MAX(change_seq) FROM case_public") ?? 0
        let decisions = try DisclosureLedger.decisions(set, policy: policy, db)
        return Snapshot(set: set, version: version, policy: policy, counts: counts, lastPage: maxN == 0 ? 0 : ProgressPages.page(ofCase: maxN),
                        changeSeq: changeSeq, decisions: decisions)
    }

    // MARK: Writing

    func frame(_ snapshot: Snapshot, _ now: Date) -> SiteFrame {
        SiteFrame(bureau: snapshot.set.bureau.name, supervisionPhone: snapshot.policy.supervisionPhone,
                  complaintChannel: snapshot.policy.complaintChannel, generatedAt: Self.minute(now))
    }

    func writeListing(_ page: Int, lastPage: Int, hidden: Set<String>, names: [String: String], today: CivilDate, template: SiteFrameTemplate,
                      _ db: Database, _ directory: SiteDirectory) throws {
        let first = Int64(page - 1) * Int64(ProgressPages.pageSize) + 1
        let rows = try Row.fetchAll(db, sql: PublicCaseRow.selection + " WHERE p.n BETWEEN ? AND ? ORDER BY p.n",
                                    arguments: [first, first + Int64(ProgressPages.pageSize) - 1])
            .compactMap(PublicCaseRow.init).filter { !$0.secret && !hidden.contains($0.listed.itemCode) }.map(\.listed)
        try renderListing(page, rows: rows, lastPage: lastPage, names: names, today: today, template: template, directory)
    }

    /// A listing page and its JSON twin from the page's public rows, in order of receipt.
    func renderListing(_ page: Int, rows: [PublicCaseSummary], lastPage: Int, names: [String: String], today: CivilDate, template: SiteFrameTemplate,
                       _ directory: SiteDirectory) throws {
        let title = PublicPhrases.navProgress.zh + " " + PublicPhrases.progressPage(page, lastPage).text(.zh)
        let html = template.page(title: title, body: ProgressPages.listing(rows, itemNames: names, page: page, previous: page > 1, next: page < lastPage, today: today))
        let name = ProgressPages.pageName(page)
        try directory.replace("pages/progress/p/\(name).html", with: Data(html.utf8))
        try directory.replace("pages/progress/p/\(name).json", with: try OpenDataJSON.progress(rows, page: page, today: today))
    }

    /// The small page set and the text its digest is taken over (everything but the time).
    func smallPages(_ snapshot: Snapshot, now: Date) throws -> (files: [(String, Data)], digestInput: String) {
        var files: [(String, Data)] = []
        var digest = ""
        let timeless = SiteFrame(bureau: snapshot.set.bureau.name, supervisionPhone: snapshot.policy.supervisionPhone,
                                 complaintChannel: snapshot.policy.complaintChannel, generatedAt: "")
        let frame = frame(snapshot, now)
        func page(_ relative: String, _ title: String, _ body: String) {
            digest += relative + "\u{0}" + timeless.page(title: title, body: body)
            files.append((relative, Data(frame.page(title: title, body: body).utf8)))
        }
        func data(_ relative: String, _ bytes: Data) {
            digest += relative + "\u{0}" + String(decoding: bytes, as: UTF8.self)
            files.append((relative, bytes))
        }
        let set = snapshot.set
        let items = CataloguePages.publicItems(set)
        let pages = snapshot.lastPage == 0 ? [] : Array(1...snapshot.lastPage)
        page("index.html", PublicPhrases.siteTitle(set.bureau.name).text(.zh), SitePages.home(counts: snapshot.counts, items: items.count))
        page("catalogue/index.html", PublicPhrases.catalogueTitle.zh, CataloguePages.index(set, version: snapshot.version))
        for item in items {
            page("catalogue/\(item.code).html", item.name, CataloguePages.item(item, set: set, version: snapshot.version))
            if let flow = set.flow(item: item.code) {
                data("catalogue/\(item.code).svg", Data(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + FlowchartSVG.render(flow, bureau: set.bureau)).utf8))
            }
        }
        page("progress/index.html", PublicPhrases.progressTitle.zh, ProgressPages.index(counts: snapshot.counts, pages: pages))
        data("progress/index.json", try OpenDataJSON.progressIndex(counts: snapshot.counts, pages: pages))
        page("lookup.html", PublicPhrases.lookupTitle.zh, SitePages.lookup())
        page("status-not-found.html", PublicPhrases.lookupTitle.zh, SitePages.lookup(notFound: true))
        page("error.html", PublicPhrases.errorTitle.zh, SitePages.error())
        page("disclosure/index.html", PublicPhrases.disclosureTitle.zh,
             DisclosurePages.index(snapshot.disclosures, withdrawn: snapshot.withdrawn, authority: set.bureau.name, policy: snapshot.policy))
        data("disclosure.json", try OpenDataJSON.disclosure(snapshot.disclosures, withdrawn: snapshot.withdrawn, authority: set.bureau.name))
        page("open-data/index.html", PublicPhrases.openDataTitle.zh, SitePages.openData())
        data("open-data/schema.txt", Data(OpenDataJSON.schemaDocument.utf8))
        data("catalogue.json", try OpenDataJSON.catalogue(set, version: snapshot.version))
        return (files, digest)
    }

    /// "2026-03-16 09:00" in Shanghai.
    static func minute(_ instant: Date) -> String {
        let shifted = Int64(instant.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let minutes = ((shifted % 86400) + 86400) % 86400 / 60
        let hour = String(minutes / 60), minute = String(minutes % 60)
        return "\(CivilDate.inShanghai(instant)) \(hour.count < 2 ? "0" : "")\(hour):\(minute.count < 2 ? "0" : "")\(minute)"
    }
}
