import Localization
import Workflow

/// The form an action asks for: an opinion, a reason, fellow officers, a penalty with its level,
/// amount and justification. Which fields appear follows the action's definition.
struct ActionFormModel {
    enum FieldKind: Hashable {
        case opinion
        case reason
        case participants
        case level
        /// The law's other penalties and measures for the item that are not mandatory
        /// (没收违法所得, 没收非法财物, 警告...): ←/→ choose one, Space ticks it.
        case sanctions
        case fine
        /// The illegal property confiscated, one thing a line: name, quantity, unit.
        case property
        case justification
        /// The cases to merge into this one (并案, R6): the party's other open cases, ticked.
        case mergeWith
        /// A merged violation's level and fine, by the absorbed case's serial number: a proposal
        /// for a merged case weighs each violation on its own item (行政处罚法 Art. 29, R6).
        case mergedLevel(String)
        case mergedFine(String)
        /// A structured value the action's definition declares (the hearing's date, place and
        /// host; a service's method, date and recipient), by its code.
        case input(String)
    }

    struct Field {
        let kind: FieldKind
        let label: Phrase
        /// The definition's own wording for the field (an action's `opinion-label`), shown instead.
        let customLabel: String?
        var input = TextField()
        let required: Bool

        init(kind: FieldKind, label: Phrase, required: Bool, customLabel: String? = nil) {
            self.kind = kind
            self.label = label
            self.customLabel = customLabel
            self.required = required
            input = TextField(multiline: kind == .opinion || kind == .justification || kind == .reason || kind == .property)
        }
    }

    let state: CaseState
    let action: ActionDefinition
    let item: ItemDefinition
    var fields: [Field]
    var focus = 0
    var levelIndex = 0
    /// The optional kinds ticked, and the one the ←/→ marker is on.
    var chosenKinds: Set<PenaltyKind> = []
    var kindCursor = 0
    /// The fellow officers the engine would accept (certificated, valid today), to choose from by
    /// name; the ticked ones, and the one the ←/→ marker is on.
    let officers: [OfficerCredential]
    var chosenOfficers: Set<String> = []
    var officerCursor = 0
    /// The party's other open cases a merge may take in (read by the desk when the form opens),
    /// the ticked ones, and the one the marker is on.
    var mergeCandidates: [CaseState] = []
    var chosenMerges: Set<String> = []
    var mergeCursor = 0
    /// The items of the violations merged into this case, by absorbed case, when this form weighs
    /// them (`weighsMerged`), and the level chosen for each.
    let mergedItems: [String: ItemDefinition]
    var mergedLevelIndex: [String: Int] = [:]

    /// - Parameter definitions: the definitions the case runs on, for the items of the violations
    ///   merged into it.
    init(
        state: CaseState, action: ActionDefinition, item: ItemDefinition, officers: [OfficerCredential] = [],
        definitions: DefinitionSet? = nil
    ) {
        self.state = state
        self.action = action
        self.item = item
        self.officers = officers
        let weighsMerged = Self.weighsMerged(state: state, action: action)
        var mergedItems: [String: ItemDefinition] = [:]
        if weighsMerged, let definitions {
            for other in state.merged {
                if let definition = definitions.item(other.itemCode), definition.discretion != nil {
                    mergedItems[other.caseID] = definition
                }
            }
        }
        self.mergedItems = mergedItems
        var fields: [Field] = []
        if action.opinion != .none || action.verdict == .negative {
            fields.append(Field(kind: .opinion, label: DeskPhrases.fieldOpinion, required: action.opinion == .required || action.verdict == .negative,
                                customLabel: action.opinionLabel))
        }
        let previous = state.abnormalCounts[action.kind] ?? 0
        let reason = action.effectiveReason
        if reason == .required || (reason == .repeated && previous > 0) || reason == .optional {
            fields.append(Field(kind: .reason, label: DeskPhrases.fieldReason, required: reason != .optional))
        }
        for input in action.inputs {
            fields.append(Field(kind: .input(input.code), label: DialogPhrases.fieldActionInput, required: input.required,
                                customLabel: input.name + Self.hint(input)))
        }
        if action.kind == .merge {
            fields.append(Field(kind: .mergeWith, label: DialogPhrases.fieldMergeWith, required: true))
        }
        if action.participants > 1 {
            fields.append(Field(kind: .participants, label: DeskPhrases.fieldParticipants, required: true))
        }
        if action.penalty != nil, item.discretion != nil {
            fields.append(Field(kind: .level, label: DeskPhrases.fieldLevel, required: true))
            if !Self.optionalKinds(item).isEmpty {
                fields.append(Field(kind: .sanctions, label: DeskPhrases.fieldSanctions, required: false))
            }
            fields.append(Field(kind: .fine, label: DeskPhrases.fieldFine, required: false))
            if item.discretion?.statutory(.confiscateProperty) != nil {
                fields.append(Field(kind: .property, label: DeskPhrases.fieldProperty, required: false))
            }
            // Each merged violation weighed on its own item, before the one justification.
            for other in state.merged where mergedItems[other.caseID] != nil {
                fields.append(Field(kind: .mergedLevel(other.caseID), label: DeskPhrases.fieldLevel, required: true))
                fields.append(Field(kind: .mergedFine(other.caseID), label: DeskPhrases.fieldFine, required: false))
            }
            fields.append(Field(kind: .justification, label: DeskPhrases.fieldJustification, required: false))
        }
        self.fields = fields
        // A decision starts from what was proposed and notified: deciding lighter is a choice,
        // never an accident of an empty form.
        if action.penalty == .decision, let proposed = state.proposal?.violations.first(where: { $0.caseID == state.id }) {
            levelIndex = item.discretion?.levels.firstIndex { $0.code == proposed.level } ?? 0
            if let amount = proposed.fine, let index = self.fields.firstIndex(where: { $0.kind == .fine }) {
                self.fields[index].input = TextField(amount.figure)
            }
            chosenKinds = Set(proposed.sanctions.map(\.kind)).intersection(Self.optionalKinds(item))
            // The justification notified with the proposal is the decision's too, unless changed.
            if let justification = state.proposal?.justification, let index = self.fields.firstIndex(where: { $0.kind == .justification }) {
                self.fields[index].input = TextField(justification, multiline: true)
            }
            if let listed = proposed.sanctions.first(where: { $0.kind == .confiscateProperty })?.property,
               let index = self.fields.firstIndex(where: { $0.kind == .property }) {
                self.fields[index].input = TextField(ConfiscatedItem.text(of: listed), multiline: true)
            }
        }
    }

    var levels: [CircumstanceLevel] { item.discretion?.levels ?? [] }

    /// Whether the form weighs the violations merged into the case: a proposal for a merged case
    /// (or a decision with no proposal before it). A decision after a proposal keeps each absorbed
    /// violation as the notified proposal weighed it.
    static func weighsMerged(state: CaseState, action: ActionDefinition) -> Bool {
        action.penalty != nil && !state.merged.isEmpty && !(action.penalty == .decision && state.proposal != nil)
    }

    /// The levels of a merged violation's item, and the one chosen.
    func mergedLevels(_ caseID: String) -> [CircumstanceLevel] { mergedItems[caseID]?.discretion?.levels ?? [] }

    func mergedLevel(_ caseID: String) -> CircumstanceLevel? {
        let levels = mergedLevels(caseID)
        let index = mergedLevelIndex[caseID] ?? 0
        return levels.indices.contains(index) ? levels[index] : nil
    }

    /// A merged violation's fine as typed; nil when empty or not an amount.
    func mergedFine(_ caseID: String) -> Money? {
        let text = value(.mergedFine(caseID))
        return text.isEmpty ? nil : Money.parseYuan(text)
    }

    /// The first amount typed that is not one, to refuse the form with.
    var badAmount: String? {
        if !value(.fine).isEmpty, fine == nil { return value(.fine) }
        return mergedItems.keys.sorted().lazy.map { value(.mergedFine($0)) }.first {
            !$0.isEmpty && Money.parseYuan($0) == nil
        }
    }

    /// What an input's field takes, after its name: the form of a date or a time, the choices.
    static func hint(_ input: ActionInput) -> String {
        switch input.type {
        case .date: "（YYYY-MM-DD）"
        case .time: "（HH:MM）"
        case .choice: "（" + input.choices.joined(separator: "/") + "）"
        case .money: "（元）"
        case .user: "（用户名）"
        case .text: ""
        }
    }

    /// The declared inputs filled in, by code; the engine checks each against its type.
    var inputs: [String: String] {
        var values: [String: String] = [:]
        for field in fields {
            guard case let .input(code) = field.kind else { continue }
            let text = field.input.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { values[code] = text }
        }
        return values
    }

    /// The item's statutory penalties and measures that the officer decides on: neither mandatory
    /// (always imposed) nor the fine (its own field).
    static func optionalKinds(_ item: ItemDefinition) -> [PenaltyKind] {
        (item.discretion?.statutory ?? []).filter { !$0.mandatory && !$0.kind.hasAmount }.map(\.kind)
    }

    func value(_ kind: FieldKind) -> String {
        fields.first { $0.kind == kind }?.input.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// The fellow officers named: those ticked in the list, or (with no certificated officer to
    /// list) the user ids typed, for the engine to name what is wrong with them.
    var participants: [String] {
        guard officers.isEmpty else { return officers.map(\.userID).filter(chosenOfficers.contains) }
        return value(.participants).split(whereSeparator: { ",，、 ".contains($0) }).map(String.init)
    }

    /// The cases ticked to merge, in the order listed.
    var mergeWith: [String] { mergeCandidates.map(\.id).filter(chosenMerges.contains) }

    var fine: Money? { value(.fine).isEmpty ? nil : Money.parseYuan(value(.fine)) }

    /// The penalty the form describes: the mandatory measures of the law, and the fine if one was
    /// entered.
    var penalty: PenaltyDecision? {
        guard action.penalty != nil, let benchmark = item.discretion, levels.indices.contains(levelIndex) else { return nil }
        var sanctions = benchmark.statutory.filter { $0.mandatory && !$0.kind.hasAmount }.map { Sanction(kind: $0.kind) }
        sanctions += Self.optionalKinds(item).filter(chosenKinds.contains).map(sanction)
        if let fine { sanctions.append(Sanction(kind: .fine, amount: fine)) }
        let justification = value(.justification)
        var violations = [ViolationPenalty(itemCode: item.code, caseID: state.id, level: levels[levelIndex].code, sanctions: sanctions)]
        // A merged case is decided violation by violation (Art. 29): the decision keeps each
        // absorbed case's violation as the notified proposal weighed it.
        if action.penalty == .decision, let proposal = state.proposal {
            violations += proposal.violations.filter { $0.caseID != state.id }
        }
        // A proposal weighs each merged violation on its own item: the level chosen, the law's
        // mandatory measures and those its facts require, the fine typed.
        for other in state.merged {
            guard let benchmark = mergedItems[other.caseID]?.discretion, let level = mergedLevel(other.caseID) else {
                continue
            }
            var measures = benchmark.statutory.filter { $0.mandatory && !$0.kind.hasAmount }.map {
                Sanction(kind: $0.kind)
            }
            // What the law requires once the merged case established a fact (违法所得 → 没收违法所得).
            for statutory in benchmark.statutory where !statutory.mandatory && statutory.kind == .confiscateGains {
                if let fact = statutory.requiredWhen, let gains = other.facts[fact]?.money {
                    measures.append(Sanction(kind: .confiscateGains, amount: gains))
                }
            }
            if let amount = mergedFine(other.caseID) { measures.append(Sanction(kind: .fine, amount: amount)) }
            violations.append(
                ViolationPenalty(itemCode: other.itemCode, caseID: other.caseID, level: level.code, sanctions: measures)
            )
        }
        // A reduced penalty's ground (Art. 32) carries over from the notified proposal.
        let mitigation = action.penalty == .decision ? state.proposal?.mitigation : nil
        return PenaltyDecision(violations: violations, justification: justification.isEmpty ? nil : justification, mitigation: mitigation)
    }

    /// A ticked confiscation carries what it takes: the gains as the case established them, the
    /// property as listed (a line that is not an entry goes through as typed, for the engine to name).
    private func sanction(_ kind: PenaltyKind) -> Sanction {
        switch kind {
        case .confiscateGains:
            let fact = item.discretion?.statutory(kind)?.requiredWhen
            return Sanction(kind: kind, amount: fact.flatMap { state.facts[$0]?.money })
        case .confiscateProperty:
            let lines = value(.property).split(whereSeparator: \.isNewline).map(String.init)
            let list = lines.flatMap { line in
                (try? ConfiscatedItem.parseList(line).get()) ?? [ConfiscatedItem(name: line, quantity: "")]
            }
            return Sanction(kind: kind, property: list)
        default:
            return Sanction(kind: kind)
        }
    }

    /// Sends a key to the focused field; ←/→ on the level field choose the level.
    mutating func edit(_ key: Key) {
        guard fields.indices.contains(focus) else { return }
        if fields[focus].kind == .level {
            if key == .left { levelIndex = max(0, levelIndex - 1) }
            if key == .right { levelIndex = min(max(0, levels.count - 1), levelIndex + 1) }
            return
        }
        if case let .mergedLevel(caseID) = fields[focus].kind {
            let current = mergedLevelIndex[caseID] ?? 0
            if key == .left { mergedLevelIndex[caseID] = max(0, current - 1) }
            if key == .right { mergedLevelIndex[caseID] = min(max(0, mergedLevels(caseID).count - 1), current + 1) }
            return
        }
        if fields[focus].kind == .mergeWith {
            if key == .left { mergeCursor = max(0, mergeCursor - 1) }
            if key == .right { mergeCursor = min(max(0, mergeCandidates.count - 1), mergeCursor + 1) }
            if key == .character(" "), mergeCandidates.indices.contains(mergeCursor) {
                let id = mergeCandidates[mergeCursor].id
                if chosenMerges.contains(id) { chosenMerges.remove(id) } else { chosenMerges.insert(id) }
            }
            return
        }
        if fields[focus].kind == .participants, !officers.isEmpty {
            if key == .left || key == .up { officerCursor = max(0, officerCursor - 1) }
            if key == .right || key == .down { officerCursor = min(officers.count - 1, officerCursor + 1) }
            if key == .character(" "), officers.indices.contains(officerCursor) {
                let id = officers[officerCursor].userID
                if chosenOfficers.contains(id) { chosenOfficers.remove(id) } else { chosenOfficers.insert(id) }
            }
            return
        }
        if fields[focus].kind == .sanctions {
            let kinds = Self.optionalKinds(item)
            if key == .left { kindCursor = max(0, kindCursor - 1) }
            if key == .right { kindCursor = min(max(0, kinds.count - 1), kindCursor + 1) }
            if key == .character(" "), kinds.indices.contains(kindCursor) {
                let kind = kinds[kindCursor]
                if chosenKinds.contains(kind) { chosenKinds.remove(kind) } else { chosenKinds.insert(kind) }
            }
            return
        }
        _ = fields[focus].input.handle(key)
    }
}
