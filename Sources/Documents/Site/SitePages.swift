import Localization

/// The small fixed pages: home, the lookup form, "not found" for the lookup, the plain error
/// page, and the open data index.
public enum SitePages {
    public static func home(counts: ProgressPages.Counts, items: Int) -> String {
        let t = HTMLText.escape
        let links: [(String, Phrase)] = [
            ("/catalogue/", PublicPhrases.navCatalogue), ("/progress/", PublicPhrases.navProgress), ("/lookup.html", PublicPhrases.navLookup),
            ("/disclosure/", PublicPhrases.navDisclosure), ("/open-data/", PublicPhrases.navOpenData),
        ]
        var html = "<p>\(t(PublicPhrases.homeIntro.zh))</p>\n"
        html += "<p>\(t(PublicPhrases.progressCounts(counts.received, counts.inProgress, counts.concluded).text(.zh)))</p>\n<ul>\n"
        html += links.map { "<li><a href=\"\($0.0)\">\(t($0.1.zh))</a></li>" }.joined(separator: "\n")
        return html + "\n</ul>\n<p>\(t(PublicPhrases.catalogueTitle.zh))：\(items)</p>\n"
    }

    /// A GET form: works without script, and the web server maps it onto the case's status file.
    public static func lookup(notFound: Bool = false) -> String {
        let t = HTMLText.escape
        var html = notFound ? "<p role=\"alert\" class=\"overdue\">\(t(PublicPhrases.lookupNotFound.zh))</p>\n" : ""
        html += "<p>\(t(PublicPhrases.lookupIntro.zh))</p>\n<form method=\"get\" action=\"/status\">\n"
        html += "<label for=\"serial\">\(t(PublicPhrases.lookupSerial.zh))</label>\n"
        html += "<input id=\"serial\" name=\"serial\" required maxlength=\"12\" pattern=\"[A-Za-z]{2}[0-9]{10}\" autocomplete=\"off\" autocapitalize=\"characters\">\n"
        html += "<label for=\"code\">\(t(PublicPhrases.lookupCode.zh))</label>\n"
        html += "<input id=\"code\" name=\"code\" required maxlength=\"19\" inputmode=\"numeric\" autocomplete=\"off\">\n"
        return html + "<button type=\"submit\">\(t(PublicPhrases.lookupSubmit.zh))</button>\n</form>\n"
    }

    public static func error() -> String {
        let t = HTMLText.escape
        return "<p>\(t(PublicPhrases.errorText.zh))</p>\n<p><a href=\"/\">\(t(PublicPhrases.navHome.zh))</a> <a href=\"/lookup.html\">\(t(PublicPhrases.navLookup.zh))</a></p>\n"
    }

    public static func openData() -> String {
        let t = HTMLText.escape
        return """
            <p>\(t(PublicPhrases.openDataIntro.zh))</p>
            <ul>
            <li><a href="/catalogue.json">\(t(PublicPhrases.openDataCatalogue.zh))</a></li>
            <li><a href="/progress/index.json">\(t(PublicPhrases.openDataProgress.zh))</a></li>
            <li><a href="/disclosure.json">\(t(PublicThirdPhrases.openDataDisclosure.zh))</a></li>
            <li><a href="/open-data/schema.txt">\(t(PublicPhrases.openDataSchema.zh))</a></li>
            </ul>

            """
    }
}
