import Documents
import Testing
import Workflow

/// The template check finds each kind of mistake an admin makes, at its line and column, and
/// a definition set with one is not installable.
@Suite struct TemplateCheckerTests {
    static func sources(replacing name: String, with text: String?) -> [SourceFile] {
        var sources = DefinitionLoader.sources(at: [DocumentFixtures.flowsDirectory]).sources.filter { !$0.path.hasSuffix("/\(name).mustache") }
        if let text { sources.append(SourceFile(path: "templates/\(name).mustache", text: text)) }
        return sources
    }

    func problems(_ name: String, _ text: String?) -> [String] {
        let compiled = DocumentDefinitions.compile(Self.sources(replacing: name, with: text))
        #expect(compiled.set == nil || compiled.errors.isEmpty)
        return compiled.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.message.key)" }
    }

    @Test func unknownFieldIsReportedAtItsPlace() {
        let found = problems("acceptance-notice", "= {{agency.name}}\n: 当事人：{{party.nmae}}\n")
        #expect(found == ["templates/acceptance-notice.mustache:2:7 document.template.unknownTag"])
    }

    @Test func brokenSectionIsASyntaxError() {
        let found = problems("acceptance-notice", "= {{agency.name}}\n{{#party.isPerson}}\n: 个人\n{{/party.isOrganization}}\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("templates/acceptance-notice.mustache:4:") == true)
        #expect(found.first?.hasSuffix("document.template.syntax") == true)
    }

    @Test func lineWithoutALayoutMarkIsRefused() {
        let found = problems("acceptance-notice", "= {{agency.name}}\n当事人：{{party.name}}\n")
        #expect(found == ["templates/acceptance-notice.mustache:2:1 document.template.noPrefix"])
    }

    @Test func missingTemplateAndMissingPartAreNamed() {
        #expect(problems("acceptance-notice", nil).contains { $0.hasSuffix("document.template.missing") })
        #expect(problems("acceptance-notice", "{{> letterhead}}\n: x\n") == ["templates/acceptance-notice.mustache:1:1 document.template.unknownPartial"])
    }

    @Test func stepOpinionsAreKnownByStepCode() {
        #expect(problems("acceptance-notice", "  {{steps.investigation.opinion}}\n").isEmpty)
        #expect(problems("acceptance-notice", "  {{steps.nowhere.opinion}}\n") == ["templates/acceptance-notice.mustache:1:3 document.template.unknownTag"])
    }
}
