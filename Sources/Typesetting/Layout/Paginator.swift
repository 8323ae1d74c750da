/// Flows layout items down the text block page after page. Keeps together what `keepWithNext`
/// ties (titles and headings with what follows, the ends of wrapped blocks, a lead-in with what
/// it introduces, a table's last row with a footnote or signature), drops blank space at the top
/// of a page the flow spilled onto, splits tall table rows between lines and repeats the table
/// header on every page the table reaches.
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
                place(table, in: &state, trailing: item.keepWithNext ? followingHeight(items, after: index) : 0)
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

    /// What must share a page with the end of a table tied to what follows: the blank space
    /// after it and the group that starts the next content. Zero when no content follows.
    func followingHeight(_ items: [LayoutItem], after index: Int) -> Double {
        var total = 0.0
        var next = index + 1
        while next < items.count, items[next].kind == .spacing {
            total += items[next].height
            next += 1
        }
        guard next < items.count, items[next].kind == .content else { return 0 }
        return total + requiredHeight(items, from: next)
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

    /// Places the table, header first and again on every page it reaches. `trailing` is what
    /// must follow its last row on the same page; when it does not fit there, the last row (or
    /// just the last line of a row tall enough to split) moves to the next page to go with it,
    /// provided the header, what moves and `trailing` fit on one page at all.
    private func place(_ table: TableLayout, in state: inout State, trailing: Double) {
        let header = table.header.map { table.band($0, lines: 0..<$0.lineCount, isHeader: true) }
        let headerHeight = header?.height ?? 0
        var start = startHeight(of: table)
        if table.rows.count <= 1 {
            // The first row is also the last: the whole table goes where its follower can.
            let rowHeight = table.rows.first.map { table.height(lines: $0.lineCount) } ?? 0
            let whole = headerHeight + rowHeight + trailing
            if !isSplittable(rowHeight, headerHeight: headerHeight) && whole <= state.capacity + LineBreaker.tolerance {
                start = whole
            }
        }
        if !state.isPageEmpty && !state.fits(start) { state.newPage(spilled: true) }
        if let header { state.place(header.elements, height: header.height) }
        var bandsOnPage = 0
        for (rowIndex, row) in table.rows.enumerated() {
            let total = row.lineCount
            let splittable = isSplittable(table.height(lines: total), headerHeight: headerHeight)
            let isLast = rowIndex == table.rows.count - 1
            let tied = isLast && trailing > 0
                && headerHeight + table.height(lines: splittable ? 1 : total) + trailing
                    <= state.capacity + LineBreaker.tolerance
            var from = 0
            while from < total {
                let room = state.capacity - state.used - 2 * table.padding
                var fitting = max(0, Int(((room + LineBreaker.tolerance) / table.lineHeight).rounded(.down)))
                if fitting < total - from && !splittable && bandsOnPage > 0 { fitting = 0 }
                if tied && fitting >= total - from && !state.fits(table.height(lines: total - from) + trailing) {
                    // The row would end here but its follower would not fit after it.
                    if splittable {
                        fitting = total - from - 1
                    } else if bandsOnPage > 0 {
                        fitting = 0
                    }
                }
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
