import Localization
import Workflow

/// An item's flowchart as SVG, drawn from the definition in force (seed 四(二): 流程图 shows the
/// steps, the posts, the supervision points and the party's remedies): the steps top to bottom in
/// the procedure's order, each with its post and time limit, the other ways out of a step listed
/// under it, supervision points marked, the remedies at the foot. Narrow enough for a phone.
public enum FlowchartSVG {
    static let width = 340
    static let boxWidth = 300
    static let lineHeight = 18
    static let columns = 36

    /// A supervision point (监督制约环节) is a step where the definition makes someone approve what
    /// the handler did (`approval: true` on one of its actions): read from the data, not a list here.
    public static func isSupervisionPoint(_ step: StepDefinition) -> Bool {
        step.actions.contains(where: \.approval)
    }

    public static func render(_ flow: ItemFlow, bureau: BureauDefinition) -> String {
        let t = HTMLText.escape
        let steps = flow.steps.filter { !$0.isEnd }
        let ends = flow.steps.filter(\.isEnd)
        var y = 10
        var parts: [String] = []
        let titleID = "flow-\(flow.item.code)-title"
        let descID = "flow-\(flow.item.code)-desc"
        for (index, step) in steps.enumerated() {
            var lines = DisplayWidth.wrap(step.name, to: columns - 4)
            var small: [String] = []
            if let post = step.post { small.append(PublicPhrases.flowPost(bureau.post(post)?.name ?? post).text(.zh)) }
            if let limit = step.limit { small.append(PublicPhrases.flowLimit(limit.description).text(.zh)) }
            let next = index + 1 < steps.count ? steps[index + 1].code : nil
            let others = step.actions.compactMap { action -> String? in
                guard let to = action.to, to != next, to != step.code else { return nil }
                return "\(action.name) → \(flow.step(to)?.name ?? to)"
            }
            small += others.flatMap { DisplayWidth.wrap($0, to: columns) }
            let supervised = isSupervisionPoint(step)
            if supervised { lines.insert("【\(PublicPhrases.flowSupervisionPoint.zh)】", at: 0) }
            let height = 12 + lines.count * lineHeight + small.count * (lineHeight - 2)
            let stroke = supervised ? "#8b0000" : "#0b3d91"
            parts.append("<rect x=\"20\" y=\"\(y)\" width=\"\(boxWidth)\" height=\"\(height)\" rx=\"6\" fill=\"#fff\" stroke=\"\(stroke)\" stroke-width=\"\(supervised ? 3 : 2)\"/>")
            var textY = y + 20
            for line in lines {
                parts.append("<text x=\"30\" y=\"\(textY)\" font-size=\"15\" font-weight=\"bold\" fill=\"#1a1a1a\">\(t(line))</text>")
                textY += lineHeight
            }
            for line in small {
                parts.append("<text x=\"30\" y=\"\(textY)\" font-size=\"13\" fill=\"#333\">\(t(line))</text>")
                textY += lineHeight - 2
            }
            y += height
            if next != nil {
                parts.append("<line x1=\"170\" y1=\"\(y)\" x2=\"170\" y2=\"\(y + 24)\" stroke=\"#1a1a1a\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>")
                y += 28
            }
        }
        if !ends.isEmpty {
            y += 12
            let endText = ends.map(\.name).joined(separator: " / ")
            let lines = DisplayWidth.wrap(endText, to: columns)
            let height = 10 + lines.count * lineHeight
            parts.append("<rect x=\"20\" y=\"\(y)\" width=\"\(boxWidth)\" height=\"\(height)\" rx=\"\(height / 2)\" fill=\"#f0f0f0\" stroke=\"#1a1a1a\"/>")
            for (i, line) in lines.enumerated() {
                parts.append("<text x=\"170\" y=\"\(y + 18 + i * lineHeight)\" font-size=\"14\" text-anchor=\"middle\" fill=\"#1a1a1a\">\(t(line))</text>")
            }
            y += height
        }
        y += 16
        let remedies = DisplayWidth.wrap(PublicPhrases.flowRemediesTitle.zh + "：" + PublicPhrases.flowRemedies.zh, to: columns)
        parts.append("<rect x=\"20\" y=\"\(y)\" width=\"\(boxWidth)\" height=\"\(10 + remedies.count * (lineHeight - 2))\" fill=\"#fff8e1\" stroke=\"#8b6d00\"/>")
        for (i, line) in remedies.enumerated() {
            parts.append("<text x=\"28\" y=\"\(y + 18 + i * (lineHeight - 2))\" font-size=\"13\" fill=\"#1a1a1a\">\(t(line))</text>")
        }
        y += 20 + remedies.count * (lineHeight - 2)
        let description = PublicPhrases.flowchartDescription(flow.item.name, steps.map(\.name).joined(separator: " → ")).text(.zh)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\(titleID) \(descID)" width="\(width)" height="\(y)" viewBox="0 0 \(width) \(y)">
            <title id="\(titleID)">\(t(PublicPhrases.flowchartTitle.zh))：\(t(flow.item.name))</title>
            <desc id="\(descID)">\(t(description))</desc>
            <defs><marker id="arrow" markerWidth="10" markerHeight="10" refX="5" refY="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#1a1a1a"/></marker></defs>
            \(parts.joined(separator: "\n"))
            </svg>
            """
    }
}
