import Documents
import Testing
import Workflow

@Suite struct ShippedTemplatesTests {
    @Test func shippedDefinitionsAndTemplatesHaveNoProblems() {
        let problems = DocumentFixtures.compilation.diagnostics.map { $0.rendered(.zh) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(DocumentFixtures.compilation.set != nil)
    }

    @Test func walkerProducesEveryDocumentTypeTheFlowsName() throws {
        let set = try #require(DocumentFixtures.compilation.set)
        let samples = try DocumentFixtures.samples(set: set)
        let named = Set(set.procedures.values.flatMap { $0.steps.flatMap { $0.actions.flatMap(\.documents) } })
        let missing = named.subtracting(samples.keys).sorted()
        #expect(missing.isEmpty, "never produced: \(missing)")
    }
}
