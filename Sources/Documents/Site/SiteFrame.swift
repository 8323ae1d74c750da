import Localization

/// What every page of the public site carries: the bureau's name, the supervision telephone and
/// the complaint channel (R23, 实施方案 五(三)), and when the data were read.
public struct SiteFrame: Sendable {
    public let bureau: String
    public let supervisionPhone: String
    public let complaintChannel: String
    /// "2026-03-16 09:00" in Shanghai time.
    public let generatedAt: String

    public init(bureau: String, supervisionPhone: String, complaintChannel: String, generatedAt: String) {
        self.bureau = bureau
        self.supervisionPhone = supervisionPhone
        self.complaintChannel = complaintChannel
        self.generatedAt = generatedAt
    }

    /// A whole page: `body` is already HTML (every value in it escaped by its maker); `title` is
    /// text and is escaped here. Chinese, no script, one column that reads at 360 px and widens
    /// on a desktop; tables scroll sideways inside their own box rather than the page.
    public func page(title: String, body: String) -> String {
        let t = HTMLText.escape
        let site = PublicPhrases.siteTitle(bureau).text(.zh)
        let nav: [(String, Phrase)] = [
            ("/", PublicPhrases.navHome), ("/catalogue/", PublicPhrases.navCatalogue), ("/progress/", PublicPhrases.navProgress),
            ("/lookup.html", PublicPhrases.navLookup), ("/disclosure/", PublicPhrases.navDisclosure), ("/open-data/", PublicPhrases.navOpenData),
        ]
        let links = nav.map { "<li><a href=\"\($0.0)\">\(t($0.1.zh))</a></li>" }.joined()
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(t(title)) - \(t(site))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <a class="skip" href="#main">\(t(PublicPhrases.skipToContent.zh))</a>
            <header><p class="site"><a href="/">\(t(site))</a></p>
            <nav aria-label="\(t(PublicPhrases.navLabel.zh))"><ul>\(links)</ul></nav></header>
            <main id="main">
            <h1>\(t(title))</h1>
            \(body)
            </main>
            <footer>
            <p>\(t(bureau))</p>
            <p>\(t(PublicPhrases.supervisionPhone(supervisionPhone).text(.zh)))</p>
            <p>\(t(PublicPhrases.complaintChannel(complaintChannel).text(.zh)))</p>
            <p>\(t(PublicPhrases.generatedAt(generatedAt).text(.zh)))</p>
            </footer>
            </body>
            </html>

            """
    }

    /// Dark text on white (contrast above 12:1), links underlined and dark blue (8:1), a visible
    /// focus ring; system fonts so that no font is downloaded.
    static let style = """
        body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;\
        color:#1a1a1a;background:#fff;line-height:1.6;font-size:16px}\
        header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}\
        header{border-bottom:3px solid #8b0000}.site{font-size:1.25rem;font-weight:bold;margin:.5rem 0}\
        .site a{color:#8b0000;text-decoration:none}nav ul{list-style:none;padding:0;margin:.25rem 0 .5rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem}\
        a{color:#0b3d91}a:focus{outline:3px solid #ffbf47;outline-offset:2px}\
        .skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}\
        h1{font-size:1.5rem}h2{font-size:1.25rem;border-left:4px solid #8b0000;padding-left:.5rem}\
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;min-width:20rem}\
        th,td{border:1px solid #767676;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f0f0f0}\
        dl{display:grid;grid-template-columns:minmax(6rem,max-content) 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0;white-space:pre-line}\
        svg{max-width:100%;height:auto}label{display:block;font-weight:bold;margin-top:.75rem}\
        input{font-size:1rem;padding:.4rem;width:100%;max-width:24rem;box-sizing:border-box;border:2px solid #1a1a1a}\
        button{font-size:1rem;margin-top:1rem;padding:.5rem 1.5rem;background:#0b3d91;color:#fff;border:0}\
        .overdue{color:#8b0000;font-weight:bold}footer{border-top:1px solid #767676;margin-top:2rem;font-size:.9rem}\
        @media (max-width:30rem){dl{grid-template-columns:1fr}}
        """
}
