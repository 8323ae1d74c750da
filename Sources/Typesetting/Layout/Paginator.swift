/// Flows layout items down the text block page after page. Keeps titles and headings with what
/// follows, drops blank space at the top of a page the flow spilled onto, splits tall table rows
/// between lines and repeats the table header on every page the table reaches.
struct Paginator: Sendable {
    let geometry: PageGeometry

    /// A row taller than this share of a page is split across pages; shorter rows move whole.
    static let splittableRowShare = 1.0 / 3.0

    /// Each page's elements, y measured from the top of the page. Never empty.
    func paginate(_ items: [LayoutItem]) -> [[PageElement]] {
        var state = State(geometry: geometry)
        for index in items.indices {
            let item = items[index]
            switch item.kind {
            case .pageBreak:
                if !state.isPageEmpty { state.newPage(spilled: false) }
            case .spacing:
                if state.used == 0 && state.spilled { continue }
                if !state.fits(item.height) {
                    state.newPage(spilled: true)
                    continue
                }
                state.used += item.height
            case .content:
                // Move on when the line itself does not fit, or when what it must stay with does
                // not fit here but would on a fresh page.
                let group = requiredHeight(items, from: index)
                let groupMoves = group <= state.capacity && !state.fits(group)
                if !state.isPageEmpty && (!state.fits(item.height) || groupMoves) {
                    state.newPage(spilled: true)
                }
                state.place(item.elements, height: item.height)
            case .table(let table):
                place(table, in: &state)
            }
        }
        return state.finish()
    }

    /// Height of the item plus everything it must stay with: following items while
    /// `keepWithNext` holds, blank space in between, and the first line of a following table.
    func requiredHeight(_ items: [LayoutItem], from start: Int) -> Double {
        var total = 0.0
        var index = start
        while index < items.count {
            let item = items[index]
            switch item.kind {
            case .pageBreak:
                return total
            case .table(let table):
                return total + startHeight(of: table)
            case .content, .spacing:
                total += item.height
            }
            let continues = item.keepWithNext || (item.kind == .spacing && index > start)
            if !continues { return total }
            index += 1
        }
        return total
    }

    /// What must fit for a table to start on this page: its header and its first row (just the
    /// row's first line when the row is tall enough to be split anyway).
    func startHeight(of table: TableLayout) -> Double {
        let header = table.header.map { table.height(lines: $0.lineCount) } ?? 0
        guard let first = table.rows.first else { return header }
        let whole = table.height(lines: first.lineCount)
        return header + (isSplittable(whole, headerHeight: header) ? table.height(lines: 1) : whole)
    }

    private func isSplittable(_ rowHeight: Double, headerHeight: Double) -> Bool {
        rowHeight > (geometry.textHeight - headerHeight) * Self.splittableRowShare
    }

    private func place(_ table: TableLayout, in state: inout State) {
        if !state.isPageEmpty && !state.fits(startHeight(of: table)) { state.newPage(spilled: true) }
        let header = table.header.map { table.band($0, lines: 0..<$0.lineCount, isHeader: true) }
        if let header { state.place(header.elements, height: header.height) }
        let headerHeight = header?.height ?? 0
        var bandsOnPage = 0
        for row in table.rows {
            let total = row.lineCount
            let splittable = isSplittable(table.height(lines: total), headerHeight: headerHeight)
            var from = 0
            while from < total {
                let room = state.capacity - state.used - 2 * table.padding
                var fitting = max(0, Int(((room + LineBreaker.tolerance) / table.lineHeight).rounded(.down)))
                if fitting < total - from && !splittable && bandsOnPage > 0 { fitting = 0 }
                if fitting == 0 && bandsOnPage == 0 { fitting = 1 }  // never loop: at least one line a page
                if fitting == 0 {
                    state.newPage(spilled: true)
                    if let header { state.place(header.elements, height: header.height) }
                    bandsOnPage = 0
                    continue
                }
                let upTo = min(total, from + fitting)
                let band = table.band(row, lines: from..<upTo, isHeader: false)
                state.place(band.elements, height: band.height)
                bandsOnPage += 1
                from = upTo
                if from < total {
                    state.newPage(spilled: true)
                    if let header { state.place(header.elements, height: header.height) }
                    bandsOnPage = 0
                }
            }
        }
    }

    /// Where the flow stands: finished pages, the page being filled and how much of it is used.
    private struct State {
        let geometry: PageGeometry
        var pages: [[PageElement]] = []
        var current: [PageElement] = []
        var used = 0.0
        var placedOnPage = false
        /// The current page was opened because the previous one was full, not by a page break.
        var spilled = false

        init(geometry: PageGeometry) {
            self.geometry = geometry
        }

        var capacity: Double { geometry.textHeight }
        var isPageEmpty: Bool { !placedOnPage && used == 0 }

        func fits(_ height: Double) -> Bool {
            used + height <= capacity + LineBreaker.tolerance
        }

        mutating func place(_ elements: [PageElement], height: Double) {
            let top = geometry.top + used
            current.append(contentsOf: elements.map { $0.moved(down: top) })
            used += height
            placedOnPage = true
        }

        mutating func newPage(spilled: Bool) {
            pages.append(current)
            current = []
            used = 0
            placedOnPage = false
            self.spilled = spilled
        }

        mutating func finish() -> [[PageElement]] {
            if !isPageEmpty || pages.isEmpty { pages.append(current) }
            return pages
        }
    }
}
