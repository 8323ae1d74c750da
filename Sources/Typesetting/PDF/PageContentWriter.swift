/// Writes one page's content stream: rules and boxes as paths, text as TJ arrays whose
/// adjustments put every glyph exactly where layout put it (grid squeeze, justification).
struct PageContentWriter {
    let pageHeight: Double
    let codes: CIDAssignment
    /// Glyph-space width (per 1000 em) the font's /W array declares for each CID.
    let widths: [Double]
    static let fontResource = "F1"

    func content(_ elements: [PageElement]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(elements.count * 120)
        for element in elements {
            switch element {
            case .text(let run):
                text(run, into: &out)
            case let .line(x1, y1, x2, y2, width, color):
                emit(&out, "q \(num(width)) w \(rgb(color)) RG \(num(x1)) \(num(pageHeight - y1)) m \(num(x2)) \(num(pageHeight - y2)) l S Q\n")
            case let .rectangle(x, y, width, height, fill, stroke, lineWidth):
                guard fill != nil || stroke != nil else { continue }
                var ops = "q "
                if let fill { ops += "\(rgb(fill)) rg " }
                if let stroke { ops += "\(num(lineWidth)) w \(rgb(stroke)) RG " }
                ops += "\(num(x)) \(num(pageHeight - y - height)) \(num(width)) \(num(height)) re "
                ops += fill != nil && stroke != nil ? "B" : (fill != nil ? "f" : "S")
                emit(&out, ops + " Q\n")
            }
        }
        return out
    }

    private func text(_ run: GlyphRun, into out: inout [UInt8]) {
        guard !run.characters.isEmpty, run.offsets.count == run.characters.count else { return }
        var ops = "q BT /\(Self.fontResource) \(num(run.size)) Tf "
        if run.color != .black { ops += "\(rgb(run.color)) rg " }
        if run.bold { ops += "2 Tr \(num(run.size * 0.03)) w \(rgb(run.color)) RG " }
        ops += "1 0 0 1 \(num(run.x + run.offsets[0])) \(num(pageHeight - run.baseline)) Tm\n["
        emit(&out, ops)
        out.append(UInt8(ascii: "<"))
        for index in run.characters.indices {
            let code = codes.code(for: run.characters[index].character)
            PDFText.appendHex(code, to: &out)
            guard index + 1 < run.characters.count else { break }
            let natural = (Int(code) < widths.count ? widths[Int(code)] : 0) / 1000 * run.size
            let wanted = run.offsets[index + 1] - run.offsets[index]
            let adjustment = (natural - wanted) * 1000 / run.size
            if abs(adjustment) >= 0.0005 {
                emit(&out, ">\(num(adjustment))<")
            }
        }
        emit(&out, ">] TJ ET Q\n")
    }

    private func emit(_ out: inout [UInt8], _ text: String) {
        out.append(contentsOf: text.utf8)
    }

    private func num(_ value: Double) -> String { PDFNumber.format(value) }

    private func rgb(_ color: RGBColor) -> String {
        "\(num(color.red)) \(num(color.green)) \(num(color.blue))"
    }
}
