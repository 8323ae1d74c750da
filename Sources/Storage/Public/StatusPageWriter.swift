import Documents
import Foundation
import Localization
import Workflow

/// Writes the status pages of a batch of cases on every core: rendering a page and replacing its
/// file are independent per case, and a whole run writes up to a million of them.
final class StatusPageWriter: @unchecked Sendable {
    let hidden: Set<String>
    let names: [String: String]
    let today: CivilDate
    let frame: SiteFrame
    let directory: SiteDirectory
    /// The frame and the title cut once for the whole run (`SiteFrameTemplate`).
    let template: SiteFrameTemplate
    let titleParts: (String, String)?
    private let lock = NSLock()
    private var written = 0
    private var removed = 0
    private var failure: (any Error)?

    init(hidden: Set<String>, names: [String: String], today: CivilDate, frame: SiteFrame, directory: SiteDirectory) {
        self.hidden = hidden
        self.names = names
        self.today = today
        self.frame = frame
        self.directory = directory
        template = SiteFrameTemplate(frame)
        let parts = PublicPhrases.statusTitle("\u{E000}").text(.zh).components(separatedBy: "\u{E000}")
        titleParts = parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    static let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
    private let group = DispatchGroup()

    /// Hands a batch to the workers and returns once the batch before it is done, so that the one
    /// thread reading rows reads the next batch while this one is written.
    func submit(_ rows: [PublicCaseRow]) throws {
        group.wait()
        if let failure = lock.withLock({ failure }) { throw failure }
        guard !rows.isEmpty else { return }
        DispatchQueue.global().async(group: group) {
            do {
                try self.write(rows)
            } catch {
                self.lock.withLock { self.failure = self.failure ?? error }
            }
        }
    }

    /// Waits for the last batch; throws the first failure of any.
    func finish() throws {
        group.wait()
        if let failure = lock.withLock({ failure }) { throw failure }
    }

    func write(_ rows: [PublicCaseRow]) throws {
        guard !rows.isEmpty else { return }
        let workers = rows.count < 64 ? 1 : Self.workers
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var counts = (written: 0, removed: 0)
            do {
                for index in stride(from: worker, to: rows.count, by: workers) {
                    switch try write(rows[index]) {
                    case .written: counts.written += 1
                    case .removed: counts.removed += 1
                    case .none: break
                    }
                }
            } catch {
                lock.withLock { failure = failure ?? error }
            }
            lock.withLock {
                written += counts.written
                removed += counts.removed
            }
        }
        if let failure = lock.withLock({ failure }) { throw failure }
    }

    enum Outcome { case written, removed, none }

    /// A case's status page, or its removal when the case or its item is secret.
    func write(_ row: PublicCaseRow) throws -> Outcome {
        guard let path = row.statusPath else { return .none }
        if row.secret || hidden.contains(row.listed.itemCode) {
            return directory.remove(path) ? .removed : .none
        }
        let summary = row.summary
        let title = titleParts.map { $0.0 + summary.caseID + $0.1 } ?? PublicPhrases.statusTitle(summary.caseID).text(.zh)
        let body = ProgressPages.status(summary, itemName: names[summary.itemCode] ?? summary.itemCode, today: today)
        try directory.replace(path, with: Data(template.page(title: title, body: body).utf8))
        return .written
    }

    var totals: (written: Int, removed: Int) { lock.withLock { (written, removed) } }
}
