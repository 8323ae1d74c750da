/// Writes one page's content stream: rules and boxes as paths, text as TJ arrays whose
/// adjustments put every glyph exactly where layout put it (grid squeeze, justification).
/// A line that mixes faces (a fallback character in a name) is written as one text object per
/// stretch of one face, each placed where layout put its first character.
struct PageContentWriter {
    let pageHeight: Double
    /// By face index in the document's `FontSet`.
    let fonts: [Int: FontResource]

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
        var start = 0
        while start < run.characters.count {
            let face = run.characters[start].face
            var end = start + 1
            while end < run.characters.count, run.characters[end].face == face { end += 1 }
            if let font = fonts[face] { text(run, start..<end, font: font, into: &out) }
            start = end
        }
    }

    private func text(_ run: GlyphRun, _ range: Range<Int>, font: FontResource, into out: inout [UInt8]) {
        var ops = "q BT /\(font.name) \(num(run.size)) Tf "
        if run.color != .black { ops += "\(rgb(run.color)) rg " }
        if run.bold { ops += "2 Tr \(num(run.size * 0.03)) w \(rgb(run.color)) RG " }
        ops += "1 0 0 1 \(num(run.x + run.offsets[range.lowerBound])) \(num(pageHeight - run.baseline)) Tm\n["
        emit(&out, ops)
        out.append(UInt8(ascii: "<"))
        for index in range {
            let code = font.codes.code(for: run.characters[index].character)
            PDFText.appendHex(code, to: &out)
            guard index + 1 < range.upperBound else { break }
            let natural = (font.widths[code] ?? 0) / 1000 * run.size
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
