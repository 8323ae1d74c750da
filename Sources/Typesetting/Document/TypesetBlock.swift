/// One block of an official document, in reading order. Text may contain "\n" for hard line
/// breaks; in a paragraph each line becomes its own indented paragraph.
public enum TypesetBlock: Sendable, Equatable {
    /// Centred, 22 pt (二号); may wrap onto centred lines; kept on a page with what follows.
    case title(String)
    /// Centred, 16 pt (三号): document numbers, sub-headings.
    case centered(String)
    /// 16 pt, left, no indent, wraps; kept on a page with its first following line.
    case heading(String)
    /// 16 pt, first line indented two characters, wraps; justified except the last line. Never
    /// leaves one line alone at the foot or head of a page; ending in "：" or ":" (a lead-in) it
    /// stays on a page with the block that follows.
    case paragraph(String)
    /// 16 pt, no indent, wraps flush left (e.g. "当事人：某某"); kept together and tied to what
    /// follows like a paragraph.
    case plain(String)
    /// Right-aligned 16 pt, four characters in from the right (GB/T 9704 signature and date
    /// lines); kept on a page with the last two lines of the text before it (or a table's last row).
    case right(String)
    /// One empty 16 pt line.
    case blank
    /// A thin full-width horizontal line.
    case rule
    /// A grid table; cells wrap ("\n" starts a new line within a cell), rows may split across
    /// pages, the header repeats on each page.
    case table(TypesetTable)
    /// 10.5 pt (五号) text without indent, for long lists such as an audit trail; never one line
    /// alone on a page, and right after a table (a footnote) kept with the table's last row.
    case small(String)
    /// Horizontal bars with labels and values (statistics reports).
    case barChart(TypesetBarChart)
    case pageBreak
}
