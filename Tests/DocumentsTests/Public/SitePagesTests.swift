import Documents
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Localization
import Testing
import Workflow

/// The catalogue pages from the shipped definitions: every item with every field its kind must
/// publish, every discretion level, a flowchart that parses as XML; the open data schema document
/// is the one in docs/.
@Suite struct SitePagesTests {
    static let version = CataloguePages.Version(number: 3, effectiveOn: CivilDate(year: 2026, month: 3, day: 1)!)

    @Test func everyItemPublishesTheFieldsOfItsKind() throws {
        let set = try #require(DocumentFixtures.compilation.set)
        let items = CataloguePages.publicItems(set)
        #expect(items.count == 40)
        for item in items {
            let html = CataloguePages.item(item, set: set, version: Self.version)
            for field in set.bureau.publicFields[item.kind] ?? [] {
                #expect(html.contains("<dt>\(field.name)</dt>"), "\(item.code) lacks \(field.name)")
            }
            #expect(html.contains(HTMLText.escape(item.basis.map(\.citation).joined(separator: "；"))))
            #expect(html.contains("第 3 版，自 2026-03-01 起施行"))
            for level in item.discretion?.levels ?? [] {
                #expect(html.contains("<th scope=\"row\">\(HTMLText.escape(level.name))</th>"), "\(item.code) lacks level \(level.name)")
            }
            #expect(html.contains("<svg"), "\(item.code) has no flowchart")
        }
    }

    @Test func flowchartsAreWellFormedAndShowSupervisionAndRemedies() throws {
        let set = try #require(DocumentFixtures.compilation.set)
        for item in set.items {
            let flow = try #require(set.flow(item: item.code))
            let svg = FlowchartSVG.render(flow, bureau: set.bureau)
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(item.code): \(parser.parserError.map { "\($0)" } ?? "")")
            for step in flow.steps where !step.isEnd {
                #expect(svg.contains(HTMLText.escape(String(step.name.prefix(6)))), "\(item.code) lacks step \(step.name)")
            }
            #expect(svg.contains(PublicPhrases.flowRemediesTitle.zh))
            if flow.steps.contains(where: FlowchartSVG.isSupervisionPoint) {
                #expect(svg.contains(PublicPhrases.flowSupervisionPoint.zh))
            }
        }
    }

    @Test func catalogueIndexListsEveryItemByKind() throws {
        let set = try #require(DocumentFixtures.compilation.set)
        let html = CataloguePages.index(set, version: Self.version)
        for item in set.items {
            #expect(html.contains("href=\"/catalogue/\(item.code).html\""))
        }
        #expect(html.contains("id=\"licence\"") && html.contains("id=\"penalty\"") && html.contains("id=\"other\""))
    }

    @Test func pagesAreChineseAndCarryTheChannels() {
        let frame = SiteFrame(bureau: "南通市民族宗教事务局", supervisionPhone: "0513-85529136", complaintChannel: "信箱<x>", generatedAt: "2026-03-16 09:00")
        let page = frame.page(title: "标题<script>", body: "<p>正文</p>")
        #expect(page.contains("<html lang=\"zh-CN\">"))
        #expect(page.contains("监督电话：0513-85529136"))
        #expect(page.contains("投诉渠道：信箱&lt;x&gt;"))
        #expect(page.contains("<h1>标题&lt;script&gt;</h1>"))
        #expect(page.contains("name=\"viewport\""))
        #expect(!page.contains("<script"))
    }

    @Test func theLookupFormNeedsNoScriptAndLabelsItsFields() {
        let form = SitePages.lookup()
        #expect(form.contains("<form method=\"get\" action=\"/status\">"))
        #expect(form.contains("<label for=\"serial\">") && form.contains("id=\"serial\""))
        #expect(form.contains("<label for=\"code\">") && form.contains("id=\"code\""))
    }

    @Test func theSchemaServedIsTheDocumentedOne() throws {
        let doc = try String(contentsOf: DocumentFixtures.repositoryRoot.appendingPathComponent("docs/open-data.md"), encoding: .utf8)
        #expect(doc == OpenDataJSON.schemaDocument)
    }

    @Test func everyOpenDataKeyIsDocumented() throws {
        let set = try #require(DocumentFixtures.compilation.set)
        let catalogue = try OpenDataJSON.catalogue(set, version: Self.version)
        let row = PublicCaseSummary(caseID: "XK2026000001", itemCode: "320600-XK-001", phase: .inProgress, stepName: "审查", party: "张*", creditCode: nil,
                                    openedOn: Self.version.effectiveOn, concludedOn: nil, dueOn: Self.version.effectiveOn, late: false, history: [], decision: nil)
        let progress = try OpenDataJSON.progress([row], page: 1, today: Self.version.effectiveOn)
        let index = try OpenDataJSON.progressIndex(counts: .init(received: 1), pages: [1])
        var keys: Set<String> = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object where key != "publicFields" {
                    keys.insert(key)
                    collect(inner)
                }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        for data in [catalogue, progress, index] { collect(try JSONSerialization.jsonObject(with: data)) }
        for key in keys {
            #expect(OpenDataJSON.schemaDocument.contains("`\(key)`") || OpenDataJSON.schemaDocument.contains(".\(key)`"), "\(key) undocumented")
        }
    }
}
