/// The one catalogue of user-facing phrases, gathered from the per-area tables in `Phrases/`.
///
/// Each area keeps its phrases in an enum with an `all` list; registering the list here lets the
/// tests check every phrase (unique keys, matching placeholders in every language).
public enum Catalogue {
    public static var all: [Phrase] {
        // One area a line, so areas added side by side merge cleanly.
        let areas: [[Phrase]] = [
            CommonPhrases.all,
            DefinitionPhrases.all,
            EnginePhrases.all,
            IdentityPhrases.all,
            CalendarPhrases.all,
            CommandPhrases.all,
            StoragePhrases.all,
            DeskPhrases.all,
            TypesettingPhrases.all,
            DocumentPhrases.all,
            DeployPhrases.all,
            HelpPhrases.all,
            CaseFilePhrases.all,
            FontPhrases.all,
            LawPhrases.all,
            LawThirdPhrases.all,
            LawServicePhrases.all,
            SupervisionPhrases.all,
            PublicPhrases.all,
            PublicThirdPhrases.all,
            FeedPhrases.all,
            RetentionPhrases.all,
            ArchivePhrases.all,
            DialogPhrases.all,
            ComplaintPhrases.all,
            SupervisionThirdPhrases.all,
            AdminPhrases.all,
            TransferPhrases.all,
            CommandInputPhrases.all,
            DeskThirdPhrases.all,
            TranscriptPhrases.all,
        ]
        return areas.flatMap { $0 }
    }

    /// The placeholders (`{0}`, `{1}`, ...) a template uses, for consistency checks.
    public static func placeholders(in template: String) -> Set<Int> {
        var found = Set<Int>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]) {
                found.insert(n)
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[afterOpen...]
            }
        }
        return found
    }
}
