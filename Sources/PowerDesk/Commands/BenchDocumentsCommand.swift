import Localization
import ArgumentParser
import Documents
import Foundation
import Storage
import Typesetting
import Workflow

/// `powerdesk bench-documents`: what documents cost, printed as numbers — loading the font,
/// issuing a decision inside its action's transaction (render + number + hash + audit), laying a
/// stored document out as PDF and as plain text, and a whole case archive. Build with `-c release`.
struct BenchDocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-documents", abstract: HelpPhrases.benchDocuments.inCommandLanguage)

    @OptionGroup var global: GlobalOptions
    @Option(help: .phrase(HelpPhrases.rounds)) var rounds: Int = 50

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("powerdesk-bench-documents-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let store = try PowerDeskStore.createDemo(at: directory.appendingPathComponent("bench.sqlite").path,
                                                      definitions: try ShippedResources.definitions(global), schedules: ShippedResources.schedules(global))
            var started = ContinuousClock.now
            let typesetter = try PDFTypesetter(library: FontLibrary())
            let font = typesetter.font
            print(String(format: "font %@ located and parsed: %.1f ms", font.familyName, milliseconds(since: started)))
            print("faces: " + typesetter.fonts.faces.map(\.familyName).joined(separator: ", "))
            let printer = DocumentPrinter(store: store)
            let decision = try store.documents.document(reference: "通民宗罚决字〔2026〕1号")
            let typeset = printer.typesetDocument(decision, copy: false)
            let output = try typesetter.typeset(typeset)
            print("行政处罚决定书: \(output.pageCount) pages, \(output.data.count) bytes of PDF")
            try report("decision → PDF (layout, font subset, Flate)") { _ = try typesetter.render(typeset) }
            try report("decision → plain text") { _ = printer.text(decision, copy: false) }
            started = ContinuousClock.now
            let fallbacks = FontLibrary().fallbackFonts(for: ["𠮷"])
            print(String(format: "fallback face for 𠮷 asked of fontconfig and loaded: %.1f ms (%@)", milliseconds(since: started),
                         fallbacks.map(\.familyName).joined(separator: ", ")))
            if let compact = try? PDFTypesetter(library: FontLibrary(environment: ["POWERDESK_FONT": "Noto Serif CJK SC"])) {
                print("行政处罚决定书 in \(compact.font.familyName) (CFF): \(try compact.render(typeset).count) bytes of PDF")
                try report("decision → PDF in a CFF face (layout, hb-subset, Flate)") { _ = try compact.render(typeset) }
            }
            let archive = try printer.archivePDF(decision.caseID)
            print("case archive of \(decision.caseID): \(archive.pageCount) pages, \(archive.data.count) bytes")
            try report("case archive → PDF (cover, contents, 5 documents, opinions, materials, trail)", rounds: max(1, rounds / 5)) {
                _ = try printer.archivePDF(decision.caseID)
            }
            // Issuing inside the action's transaction: open a licence case and accept it, which
            // renders, numbers, hashes and audits its acceptance notice.
            let clerk = try store.users.authenticate("clerk", password: DemoSeeder.password)
            let draft = try BenchDocumentsCommand.licenceDraft()
            var opened: [String] = []
            for _ in 0..<rounds { opened.append(try store.cases.open(draft, by: clerk).state.id) }
            var samples: [Double] = []
            for id in opened {
                started = ContinuousClock.now
                _ = try store.cases.act(id, CaseCommand(action: "accept"), by: clerk)
                samples.append(milliseconds(since: started))
            }
            print(summary("accept (one transaction: events, acceptance notice rendered and numbered, audit)", samples))
        } catch {
            throw ErrorReport.fail(error, global.language)
        }
    }

    static func licenceDraft() throws -> CaseDraft {
        let identity = try IdentityCheck.validate("91110000600037341L", as: .creditCode).get()
        let party = CaseParty(kind: .organization, name: "南通市某寺", identity: identity, contact: "0513-80000000", address: "南通市崇川区某路1号")
        return CaseDraft(itemCode: "320600-XK-001", party: party, subject: "浴佛法会",
                         materials: ["application": 1, "organiser-certificate": 1, "activity-plan": 1, "safety-plan": 1, "venue-consent": 1, "agent-id": 1],
                         facts: ["activity-name": .text("浴佛法会"), "activity-date": .date(CivilDate(year: 2099, month: 5, day: 24) ?? CivilDate.inShanghai(Date())),
                                 "place": .text("某广场"), "attendance": .quantity("800")])
    }

    private func report(_ label: String, rounds count: Int? = nil, _ body: () throws -> Void) rethrows {
        var samples: [Double] = []
        for _ in 0..<(count ?? rounds) {
            let started = ContinuousClock.now
            try body()
            samples.append(milliseconds(since: started))
        }
        print(summary(label, samples))
    }

    private func summary(_ label: String, _ samples: [Double]) -> String {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return label }
        let median = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
        return String(format: "%@: median %.2f ms, p99 %.2f ms (%d runs)", label, median, p99, sorted.count)
    }

    private func milliseconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * 1000
    }
}
