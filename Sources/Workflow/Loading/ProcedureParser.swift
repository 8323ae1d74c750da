import Localization
import Yams

/// Reads a shared procedure file. Structural rules (reachability, targets) are the validator's;
/// this only turns text into the model, reporting every shape problem on the way.
enum ProcedureParser {
    static let topKeys = ["procedure", "name", "kinds", "start", "opened-by", "parameters", "steps", "operations"]
    static let stepKeys = ["code", "name", "post", "limit", "wait", "clock", "end", "actions"]
    static let actionKeys = [
        "code", "name", "kind", "to", "posts", "guards", "opinion", "opinion-label", "verdict", "reason", "documents",
        "clock", "extension", "penalty", "participants", "approval", "inputs",
    ]
    static let operationKeys = actionKeys + ["at"]

    /// An action with the steps it is attached to (`at`), for operations shared by many steps.
    struct Operation {
        let action: ActionDefinition
        let at: [(String, SourceLocation)]
    }

    static func parse(_ node: Node, file: String, sink: DiagnosticSink) -> ProcedureDefinition? {
        guard let top = MappingReader(node, file: file, sink: sink, allowed: topKeys) else { return nil }
        let code = top.string("procedure", required: true)
        let name = top.string("name", required: true)
        let kinds = top.strings("kinds", required: true).compactMap { word, at -> ItemKind? in
            if let kind = ItemKind(rawValue: word) { return kind }
            sink.error(at, DefinitionPhrases.badChoice("kinds", word, ItemKind.allCases.map(\.rawValue).joined(separator: ", ")))
            return nil
        }
        let start = top.string("start", required: true)
        let openedBy = top.strings("opened-by", required: true)
        var parameters: [String: Int64] = [:]
        for (key, value, at) in top.entries("parameters") {
            if let text = value.scalar?.string, let number = Int64(text) {
                parameters[key] = number
            } else {
                sink.error(at, DefinitionPhrases.expectedInteger(key, value.scalar?.string ?? "", 0, Int.max))
            }
        }
        var steps = top.sequence("steps", required: true).compactMap { step(from: $0, file: file, sink: sink) }
        let operations = top.sequence("operations").compactMap { operation(from: $0, file: file, sink: sink) }
        for operation in operations {
            for (stepCode, at) in operation.at {
                if let index = steps.firstIndex(where: { $0.code == stepCode }) {
                    steps[index] = steps[index].with(actions: steps[index].actions + [operation.action])
                } else {
                    sink.error(at, DefinitionPhrases.unknownStep(stepCode))
                }
            }
        }
        guard let code, let name, let start else { return nil }
        return ProcedureDefinition(
            code: code, name: name, kinds: kinds, start: start, openedBy: openedBy.map(\.0), steps: steps, parameters: parameters,
            location: top.location, fieldLocations: top.locations(of: ["opened-by", "start"])
        )
    }

    static func step(from node: Node, file: String, sink: DiagnosticSink) -> StepDefinition? {
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: stepKeys) else { return nil }
        let code = reader.string("code", required: true)
        let name = reader.string("name", required: true)
        let isEnd = reader.bool("end") ?? false
        let post = reader.string("post", required: !isEnd)
        let limit = ValueParsers.timeLimit(reader, "limit")
        let wait = ValueParsers.timeLimit(reader, "wait")
        let clock = reader.choice("clock", as: StepDefinition.Clock.self) ?? .running
        let actions = reader.sequence("actions").compactMap { action(from: $0, file: file, sink: sink) }
        guard let code, let name else { return nil }
        return StepDefinition(
            code: code, name: name, post: post, limit: limit, clock: clock, isEnd: isEnd, actions: actions,
            location: reader.location, fieldLocations: reader.locations(of: ["post", "limit", "wait", "clock"]), wait: wait
        )
    }

    static func operation(from node: Node, file: String, sink: DiagnosticSink) -> Operation? {
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: operationKeys) else { return nil }
        let at = reader.strings("at", required: true)
        guard let action = action(reader) else { return nil }
        return Operation(action: action, at: at)
    }

    static func action(from node: Node, file: String, sink: DiagnosticSink) -> ActionDefinition? {
        guard let reader = MappingReader(node, file: file, sink: sink, allowed: actionKeys) else { return nil }
        return action(reader)
    }

    private static func action(_ reader: MappingReader) -> ActionDefinition? {
        let sink = reader.sink
        let code = reader.string("code", required: true)
        let name = reader.string("name", required: true)
        let kind = reader.choice("kind", as: ActionKind.self) ?? .forward
        let to = reader.string("to")
        let posts = reader.has("posts") ? reader.strings("posts").map(\.0) : nil
        let guards = reader.strings("guards").compactMap { word, at -> GuardName? in
            if let known = GuardName(rawValue: word) { return known }
            let words = GuardName.allCases.map(\.rawValue)
            if let guess = MappingReader.closest(to: word, in: words) {
                sink.error(at, DefinitionPhrases.unknownGuardSuggest(word, guess))
            } else {
                sink.error(at, DefinitionPhrases.unknownGuard(word, words.joined(separator: ", ")))
            }
            return nil
        }
        let opinion = reader.choice("opinion", as: Requirement.self) ?? .optional
        let opinionLabel = reader.string("opinion-label")
        let verdict = reader.choice("verdict", as: Verdict.self) ?? .neutral
        let reason = reader.choice("reason", as: Requirement.self) ?? .none
        let documents = reader.strings("documents").map(\.0)
        let clock = reader.choice("clock", as: ClockEffect.self)
        let extensionLimit = ValueParsers.timeLimit(reader, "extension")
        let penalty = reader.choice("penalty", as: PenaltyInput.self)
        let participants = reader.int("participants", range: 1...10) ?? 1
        let approval = reader.bool("approval") ?? false
        let inputs = ActionInputParser.inputs(reader)
        guard let code, let name else { return nil }
        return ActionDefinition(
            code: code, name: name, kind: kind, to: to, posts: posts, guards: guards, opinion: opinion,
            verdict: verdict, reason: reason, documents: documents, clock: clock, extensionLimit: extensionLimit,
            penalty: penalty, participants: participants, approval: approval, location: reader.location,
            fieldLocations: reader.locations(of: ["to", "posts", "guards", "documents", "extension", "kind", "penalty", "at"]),
            opinionLabel: opinionLabel, inputs: inputs
        )
    }
}
