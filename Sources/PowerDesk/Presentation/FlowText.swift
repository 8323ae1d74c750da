import Localization
import Workflow

/// An item's flow as plain text lines: the header an admin checks and every step with its post,
/// limit and actions.
enum FlowText {
    static func render(_ flow: ItemFlow, bureau: BureauDefinition, language: Language) -> [String] {
        let item = flow.item
        let t = { (message: Message) in message.text(language) }
        var lines = [
            "\(item.code)  \(item.name)",
            t(CommandPhrases.showKind(item.kind.displayName, bureau.sections.first { $0.code == item.section }?.name ?? item.section)),
            t(CommandPhrases.showBasis(item.basis.map(\.citation).joined(separator: "；"))),
            t(CommandPhrases.showProcedure(flow.procedure.name, flow.procedure.code)),
        ]
        if let limit = item.statutoryLimit { lines.append(t(CommandPhrases.showStatutory(limit))) }
        if let limit = item.promisedLimit { lines.append(t(CommandPhrases.showPromised(limit))) }
        for note in item.unconfirmed { lines.append(t(CommandPhrases.showUnconfirmed(note))) }
        lines.append("")
        for step in flow.steps {
            let marker = step.code == flow.start ? "▶" : (step.isEnd ? "■" : "●")
            var head = "\(marker) \(step.name) [\(step.code)]"
            if let post = step.post { head += "  " + t(CommandPhrases.showPost(bureau.post(post)?.name ?? post)) }
            if let limit = step.limit { head += "  " + t(CommandPhrases.showStepLimit(limit)) }
            if step.clock == .paused { head += "  " + t(CommandPhrases.showPaused()) }
            lines.append(head)
            for action in step.actions {
                let target = action.kind.staysAtStep ? "↺" : "→ \(flow.step(action.to ?? "")?.name ?? action.to ?? "?")"
                var line = "    \(action.name) [\(action.code)] \(target)"
                if !action.guards.isEmpty { line += "  ⟨\(action.guards.map(\.rawValue).joined(separator: ", "))⟩" }
                if let posts = action.posts { line += "  " + t(CommandPhrases.showPost(posts.map { bureau.post($0)?.name ?? $0 }.joined(separator: "、"))) }
                if !action.documents.isEmpty {
                    line += "  " + t(CommandPhrases.showDocuments(action.documents.map { bureau.document($0)?.name ?? $0 }.joined(separator: "、")))
                }
                lines.append(line)
            }
        }
        return lines
    }
}
