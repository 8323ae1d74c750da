import Foundation
import Localization

/// States every structural rule of the definition language in one place and reports every
/// violation, never stopping at the first and never changing what it checks.
final class DefinitionValidator {
    let bureau: BureauDefinition
    let sink: DiagnosticSink
    /// Checking a version already stored (installed under an earlier release): rules added since
    /// are reported as warnings, so a running case on that version still loads; a new or edited
    /// version must meet them all.
    let stored: Bool
    private let postCodes: Set<String>
    private let documentCodes: Set<String>

    /// 320600-XK-001: the Nantong region code, the kind's letters, a three-digit sequence.
    static let itemCodePattern = "^320600-(XK|CF|QZ|QT)-[0-9]{3}$"
    static let kindLetters: [ItemKind: String] = [.licence: "XK", .penalty: "CF", .enforcement: "QZ", .other: "QT"]

    init(bureau: BureauDefinition, sink: DiagnosticSink, stored: Bool = false) {
        self.bureau = bureau
        self.sink = sink
        self.stored = stored
        self.postCodes = Set(bureau.posts.map(\.code))
        self.documentCodes = Set(bureau.documents.map(\.code))
    }

    // MARK: Bureau

    func validate(bureau: BureauDefinition) {
        reportDuplicates(bureau.posts.map { ($0.code, bureau.location) }) { DefinitionPhrases.duplicateCode("posts", $0) }
        reportDuplicates(bureau.sections.map { ($0.code, bureau.location) }) { DefinitionPhrases.duplicateCode("sections", $0) }
        reportDuplicates(bureau.documents.map { ($0.code, bureau.location) }) { DefinitionPhrases.duplicateCode("documents", $0) }
    }

    // MARK: Procedures

    func validate(procedures: [ProcedureDefinition]) -> [String: ProcedureDefinition] {
        var index: [String: ProcedureDefinition] = [:]
        for procedure in procedures {
            if let first = index[procedure.code] {
                sink.error(procedure.location, DefinitionPhrases.duplicateProcedure(procedure.code, first.location.description))
                continue
            }
            index[procedure.code] = procedure
            validate(procedure: procedure)
        }
        return index
    }

    func validate(procedure: ProcedureDefinition) {
        var steps: [String: StepDefinition] = [:]
        for step in procedure.steps {
            if let first = steps[step.code] {
                sink.error(step.location, DefinitionPhrases.duplicateStep(step.code, first.location.line))
            } else {
                steps[step.code] = step
            }
        }
        guard let start = steps[procedure.start] else {
            sink.error(procedure.location, DefinitionPhrases.startMissing(procedure.start))
            return
        }
        for post in procedure.openedBy where !postCodes.contains(post) {
            sink.error(procedure.location(of: "opened-by"), DefinitionPhrases.unknownPost(post, bureau.posts.map(\.code).joined(separator: ", ")))
        }
        if start.isEnd { sink.error(procedure.location, DefinitionPhrases.startIsEnd(procedure.start)) }
        if !procedure.steps.contains(where: \.isEnd) { sink.error(procedure.location, DefinitionPhrases.noEndStep()) }

        for step in procedure.steps {
            validate(step: step, steps: steps, procedure: procedure)
        }
        let graph = forwardGraph(procedure.steps)
        let reachable = Self.reach(from: [procedure.start], graph)
        for step in procedure.steps where !reachable.contains(step.code) {
            sink.error(step.location, DefinitionPhrases.unreachableStep(step.code))
        }
        let ends = Set(procedure.steps.filter(\.isEnd).map(\.code))
        let reverse = reverseGraph(graph)
        let canEnd = Self.reach(from: ends, reverse)
        for step in procedure.steps where !step.isEnd && !canEnd.contains(step.code) && !step.actions.isEmpty {
            sink.error(step.location, DefinitionPhrases.deadEnd(step.code))
        }
        // A return must go back: its target must lie upstream of the step it leaves.
        let forwardOnly = Self.forwardMoves(procedure.steps)
        for step in procedure.steps {
            for action in step.actions where action.kind == .return {
                guard let target = action.to, steps[target] != nil else { continue }
                if !Self.reach(from: [target], forwardOnly).contains(step.code) {
                    sink.error(action.location(of: "to"), DefinitionPhrases.returnNotUpstream(action.code, target))
                }
            }
        }
        if procedure.steps.contains(where: { $0.actions.contains { $0.guards.contains(.withinLimitation) } }) {
            for parameter in LimitationPeriod.parameterNames where procedure.parameters[parameter] == nil {
                sink.error(procedure.location, DefinitionPhrases.missingParameter(parameter))
            }
        }
        if procedure.steps.contains(where: { $0.actions.contains { $0.guards.contains(.collectiveIfMajor) } }),
           procedure.parameters[CollectiveDiscussionRule.fineParameter] == nil {
            sink.error(procedure.location, DefinitionPhrases.missingParameter(CollectiveDiscussionRule.fineParameter))
        }
        if procedure.steps.contains(where: { $0.actions.contains { $0.guards.contains(.hearingRight) } }) {
            for parameter in HearingRight.parameterNames where procedure.parameters[parameter] == nil {
                sink.error(procedure.location, DefinitionPhrases.missingParameter(parameter))
            }
        }
        validateHearingGuards(procedure)
        let usesSimplified = procedure.steps.contains { $0.actions.contains { $0.guards.contains(.simplifiedEligible) } }
        if usesSimplified {
            for parameter in SimplifiedProcedureRule.parameterNames where procedure.parameters[parameter] == nil {
                sink.error(procedure.location, DefinitionPhrases.missingParameter(parameter))
            }
        }
    }

    private func validate(step: StepDefinition, steps: [String: StepDefinition], procedure: ProcedureDefinition) {
        if step.isEnd {
            if !step.actions.isEmpty { sink.error(step.location, DefinitionPhrases.endHasActions(step.code)) }
            return
        }
        if step.actions.isEmpty { sink.error(step.location, DefinitionPhrases.noActions(step.code)) }
        if let post = step.post, !postCodes.contains(post) {
            sink.error(step.location(of: "post"), DefinitionPhrases.unknownPost(post, bureau.posts.map(\.code).joined(separator: ", ")))
        }
        var seen: [String: Int] = [:]
        for action in step.actions {
            if let line = seen[action.code] {
                sink.error(action.location, DefinitionPhrases.duplicateAction(action.code, step.code, line))
            }
            seen[action.code] = action.location.line
            validate(action: action, in: step, steps: steps)
        }
        let kinds = Set(step.actions.map(\.kind))
        if kinds.contains(.suspend), !kinds.contains(.resume) {
            sink.error(step.location, DefinitionPhrases.suspendWithoutResume(step.code))
        }
    }

    private func validate(action: ActionDefinition, in step: StepDefinition, steps: [String: StepDefinition]) {
        if action.kind.staysAtStep {
            if action.to != nil { sink.error(action.location(of: "to"), DefinitionPhrases.targetNotAllowed(action.code, action.kind.rawValue)) }
        } else if let target = action.to {
            if let targetStep = steps[target] {
                if [.withdraw, .terminate].contains(action.kind), !targetStep.isEnd {
                    sink.error(action.location(of: "to"), DefinitionPhrases.endTargetRequired(action.code, target))
                }
            } else {
                if let guess = MappingReader.closest(to: target, in: Array(steps.keys)) {
                    sink.error(action.location(of: "to"), DefinitionPhrases.unknownTarget(action.code, target, guess))
                } else {
                    sink.error(action.location(of: "to"), DefinitionPhrases.unknownTargetNoGuess(action.code, target))
                }
            }
        } else {
            sink.error(action.location, DefinitionPhrases.targetRequired(action.code))
        }
        for post in action.posts ?? [] where !postCodes.contains(post) {
            sink.error(action.location(of: "posts"), DefinitionPhrases.unknownPost(post, bureau.posts.map(\.code).joined(separator: ", ")))
        }
        if action.posts?.isEmpty == true { sink.error(action.location(of: "posts"), DefinitionPhrases.emptyValue("posts")) }
        checkDocuments(action.documents, at: action.location(of: "documents"))
        validateInputs(action, steps: steps)
        if action.kind == .extend, action.extensionLimit == nil {
            sink.error(action.location, DefinitionPhrases.extensionMissing(action.code))
        }
        if action.kind != .extend, action.extensionLimit != nil {
            sink.error(action.location(of: "extension"), DefinitionPhrases.extensionNotAllowed(action.code))
        }
        if action.guards.contains(.periodElapsed), step.wait == nil, step.limit == nil {
            sink.error(action.location(of: "guards"), DefinitionPhrases.periodGuardWithoutPeriod(action.code, step.code))
        }
    }

    private func checkDocuments(_ documents: [String], at location: SourceLocation) {
        for document in documents where !documentCodes.contains(document) {
            if let guess = MappingReader.closest(to: document, in: Array(documentCodes)) {
                sink.error(location, DefinitionPhrases.unknownDocument(document, guess))
            } else {
                sink.error(location, DefinitionPhrases.unknownDocumentNoGuess(document))
            }
        }
    }

    // MARK: Graphs

    private func forwardGraph(_ steps: [StepDefinition]) -> [String: Set<String>] {
        var graph: [String: Set<String>] = [:]
        for step in steps {
            graph[step.code, default: []].formUnion(step.actions.compactMap(\.to))
        }
        return graph
    }

    private func reverseGraph(_ graph: [String: Set<String>]) -> [String: Set<String>] {
        var reverse: [String: Set<String>] = [:]
        for (from, targets) in graph {
            for to in targets { reverse[to, default: []].insert(from) }
        }
        return reverse
    }

    static func reach(from roots: Set<String>, _ graph: [String: Set<String>]) -> Set<String> {
        var seen = roots
        var queue = Array(roots)
        while let next = queue.popLast() {
            for target in graph[next] ?? [] where seen.insert(target).inserted {
                queue.append(target)
            }
        }
        return seen
    }

    /// The graph of moves other than returns: a return cannot prove that its own target is
    /// upstream.
    static func forwardMoves(_ steps: [StepDefinition]) -> [String: Set<String>] {
        var forward: [String: Set<String>] = [:]
        for step in steps {
            forward[step.code, default: []].formUnion(step.actions.filter { $0.kind != .return }.compactMap(\.to))
        }
        return forward
    }

    // MARK: Items

    func validate(items: [ItemDefinition], procedures: [String: ProcedureDefinition]) {
        var codes: [String: SourceLocation] = [:]
        for item in items {
            if let first = codes[item.code] {
                sink.error(item.location(of: "code"), DefinitionPhrases.duplicateItem(item.code, first.description))
            } else {
                codes[item.code] = item.location(of: "code")
            }
            validate(item: item, procedures: procedures)
        }
    }

    func validate(item: ItemDefinition, procedures: [String: ProcedureDefinition]) {
        if item.code.range(of: Self.itemCodePattern, options: .regularExpression) == nil {
            sink.error(item.location(of: "code"), DefinitionPhrases.badItemCode(item.code))
        } else if let letters = Self.kindLetters[item.kind], !item.code.contains("-\(letters)-") {
            sink.error(item.location(of: "code"), DefinitionPhrases.kindCodeMismatch(item.code, item.kind.rawValue, letters))
        }
        if !bureau.sections.contains(where: { $0.code == item.section }) {
            sink.error(item.location(of: "section"), DefinitionPhrases.unknownSection(item.section, bureau.sections.map(\.code).joined(separator: ", ")))
        }
        validatePublicInfo(item)
        reportDuplicates(item.materials.map { ($0.code, $0.location) }) { DefinitionPhrases.duplicateCode("materials", $0) }
        reportDuplicates(item.facts.map { ($0.code, $0.location) }) { DefinitionPhrases.duplicateCode("facts", $0) }
        validateLimits(item)

        let flows = item.procedures.compactMap { code -> ProcedureDefinition? in
            guard let procedure = procedures[code] else {
                sink.error(item.location(of: "procedure:\(code)"), DefinitionPhrases.unknownProcedure(code, procedures.keys.sorted().joined(separator: ", ")))
                return nil
            }
            if !procedure.kinds.contains(item.kind) {
                sink.error(item.location(of: "procedure:\(code)"), DefinitionPhrases.procedureKindMismatch(code, item.kind.rawValue))
            }
            return procedure
        }
        let stepCodes = Set(flows.flatMap { $0.steps.map(\.code) })
        for material in item.materials {
            if let step = material.dueAt, !stepCodes.contains(step) {
                sink.error(material.location, DefinitionPhrases.unknownStep(step))
            }
        }
        for change in item.overrides {
            let steps = flows.compactMap { $0.step(change.step) }
            guard !steps.isEmpty else {
                sink.error(change.location, DefinitionPhrases.unknownStep(change.step))
                continue
            }
            if let post = change.post, !postCodes.contains(post) {
                sink.error(change.location, DefinitionPhrases.unknownPost(post, bureau.posts.map(\.code).joined(separator: ", ")))
            }
            for (action, documents) in change.documents {
                if !steps.contains(where: { $0.action(action) != nil }) {
                    sink.error(change.location, DefinitionPhrases.overrideUnknownAction(action, change.step))
                }
                checkDocuments(documents, at: change.location)
            }
        }
        validateApplicationLead(item)
        switch (item.kind, item.discretion) {
        case (.penalty, nil):
            sink.error(item.location, DefinitionPhrases.discretionRequired())
        case (.penalty, let benchmark?):
            DiscretionValidator(item: item, sink: sink, stored: stored).validate(benchmark)
            validateCompetence(benchmark)
            validateLimitation(item)
            // A level applied only after an action (拒不整改 after not-corrected) names one the
            // item's procedures offer, or the level could never be chosen.
            for level in benchmark.levels {
                if let after = level.afterAction, !flows.contains(where: { $0.steps.contains { $0.action(after) != nil } }) {
                    sink.error(level.location, LawPhrases.levelUnknownAction(level.code, after))
                }
            }
        case (_, .some):
            sink.error(item.location(of: "discretion"), DefinitionPhrases.discretionNotAllowed(item.kind.rawValue))
        case (_, nil):
            break
        }
    }

    /// 行政处罚法 Art. 36: every penalty names the required date fact its limitation runs from.
    private func validateLimitation(_ item: ItemDefinition) {
        guard let rule = item.limitation else {
            // Added in the second legal pass: versions stored before it have no limitation.
            if stored { sink.warning(item.location, DefinitionPhrases.limitationRequired()) } else { sink.error(item.location, DefinitionPhrases.limitationRequired()) }
            return
        }
        if let field = item.fact(rule.from) {
            if field.type != .date || !field.required { sink.error(rule.location, DefinitionPhrases.limitationFactNotRequiredDate(rule.from)) }
        } else {
            sink.error(rule.location, DefinitionPhrases.limitationFactUnknown(rule.from))
        }
        if let harm = rule.harm, item.fact(harm) == nil { sink.error(rule.location, DefinitionPhrases.limitationFactUnknown(harm)) }
    }

    private func validatePublicInfo(_ item: ItemDefinition) {
        let fields = bureau.publicFields[item.kind] ?? []
        let written = Dictionary(item.publicInfo.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for field in fields where (written[field.code]?.value ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            sink.error(item.location(of: "public"), DefinitionPhrases.missingPublicField(field.code, field.name))
        }
        let known = Set(fields.map(\.code))
        for entry in item.publicInfo where !known.contains(entry.key) {
            if let guess = MappingReader.closest(to: entry.key, in: Array(known)) {
                sink.error(entry.location, DefinitionPhrases.unknownPublicField(entry.key, item.kind.rawValue, guess))
            } else {
                sink.error(entry.location, DefinitionPhrases.unknownPublicFieldList(entry.key, item.kind.rawValue, fields.map(\.code).joined(separator: ", ")))
            }
        }
    }

    private func validateLimits(_ item: ItemDefinition) {
        if [.licence, .penalty].contains(item.kind), item.statutoryLimit == nil {
            sink.error(item.location(of: "limits"), DefinitionPhrases.statutoryLimitRequired())
        }
        guard let statutory = item.statutoryLimit, let promised = item.promisedLimit else { return }
        if statutory.unit == promised.unit {
            if promised.days > statutory.days {
                sink.error(item.location(of: "limits.promised"), DefinitionPhrases.promisedExceedsStatutory(promised.message, statutory.message))
            }
        } else if promised.unit == .workday, promised.days > statutory.days {
            // N working days span at least N calendar days: this can never fit.
            sink.error(item.location(of: "limits.promised"), DefinitionPhrases.promisedExceedsStatutory(promised.message, statutory.message))
        } else {
            sink.warning(item.location(of: "limits.promised"), DefinitionPhrases.limitUnitsDiffer())
        }
    }

    func reportDuplicates(_ codes: [(String, SourceLocation)], _ message: (String) -> Message) {
        var seen = Set<String>()
        for (code, location) in codes where !seen.insert(code).inserted {
            sink.error(location, message(code))
        }
    }
}
