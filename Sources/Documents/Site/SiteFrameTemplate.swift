/// A `SiteFrame` page cut once into the fixed text around the title (twice: `<title>` and `<h1>`)
/// and the body, so that a run writing a million status pages does not rebuild the header, the
/// navigation, the style sheet and the footer for each (they were most of a status page's cost).
/// `page(title:body:)` gives exactly the bytes `SiteFrame.page(title:body:)` gives.
public struct SiteFrameTemplate: Sendable {
    let frame: SiteFrame
    /// Before the first title, between the titles, between the second title and the body, after
    /// the body; nil when the markers could not be placed (then every page is built whole).
    let pieces: [String]?

    static let titleMarker = "\u{E000}PowerDeskTitle\u{E000}"
    static let bodyMarker = "\u{E001}PowerDeskBody\u{E001}"

    public init(_ frame: SiteFrame) {
        self.frame = frame
        let whole = frame.page(title: Self.titleMarker, body: Self.bodyMarker)
        let byTitle = whole.components(separatedBy: Self.titleMarker)
        if byTitle.count == 3 {
            let rest = byTitle[2].components(separatedBy: Self.bodyMarker)
            pieces = rest.count == 2 ? [byTitle[0], byTitle[1], rest[0], rest[1]] : nil
        } else {
            pieces = nil
        }
    }

    public func page(title: String, body: String) -> String {
        guard let pieces else { return frame.page(title: title, body: body) }
        let escaped = HTMLText.escape(title)
        var out = ""
        out.reserveCapacity(pieces[0].utf8.count + pieces[1].utf8.count + pieces[2].utf8.count + pieces[3].utf8.count + 2 * escaped.utf8.count + body.utf8.count)
        out += pieces[0]
        out += escaped
        out += pieces[1]
        out += escaped
        out += pieces[2]
        out += body
        out += pieces[3]
        return out
    }
}
