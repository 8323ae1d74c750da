import Foundation
import Workflow

/// An item's flow as Graphviz DOT, for `dot -Tpng` and for publishing the flowchart (R1).
enum FlowDot {
    static func render(_ flow: ItemFlow) -> [String] {
        var lines = ["digraph \"\(escape(flow.item.code))\" {", "  rankdir=TB;", "  node [shape=box, style=rounded, fontname=\"Noto Sans CJK SC\"];"]
        lines.append("  label=\"\(escape(flow.item.name))（\(escape(flow.procedure.name))）\";")
        for step in flow.steps {
            let shape = step.isEnd ? ", shape=doubleoctagon" : (step.code == flow.start ? ", penwidth=2" : "")
            lines.append("  \"\(escape(step.code))\" [label=\"\(escape(step.name))\"\(shape)];")
        }
        for step in flow.steps {
            for action in step.actions {
                let target = action.kind.staysAtStep ? step.code : (action.to ?? step.code)
                let style = action.kind == .return ? ", style=dashed" : (action.kind.isAbnormal ? ", color=gray40" : "")
                lines.append("  \"\(escape(step.code))\" -> \"\(escape(target))\" [label=\"\(escape(action.name))\"\(style)];")
            }
        }
        lines.append("}")
        return lines
    }

    /// DOT string escaping: quotes and backslashes, and no raw line breaks.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
