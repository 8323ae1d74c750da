import Localization

/// The start and end of every data table on the site: a box that scrolls sideways on a phone,
/// column headings with their scope for screen readers.
enum SiteTable {
    static func start(_ heads: [Phrase]) -> String {
        "<div class=\"scroll\"><table>\n<thead><tr>" + heads.map { "<th scope=\"col\">\(HTMLText.escape($0.zh))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    }

    static let end = "</tbody></table></div>\n"
}
