import Localization

/// The identity-number checks of requirement R15: normalise what the clerk typed, then check it
/// against its kind's standard and say why when it fails.
///
/// Pure functions: no clock, no locale, no I/O. "Today" is passed in by the caller.
public enum IdentityCheck {
    /// Folds what people type through Chinese input methods into the plain form the rules read:
    /// full-width ASCII to half-width, the ideographic space to a space, dash look-alikes to "-",
    /// lower-case letters to upper-case, zero-width characters dropped; then surrounding
    /// whitespace trimmed and inner spaces and hyphens removed (every kind allows both as
    /// separators; organisation codes get their hyphen back in the canonical display).
    public static func normalize(_ raw: String) -> String {
        compact(IdentityCharacters.fold(raw))
    }

    /// Checks `raw` as `kind`. `today` bounds resident-ID birth dates; without it the
    /// "birth date in the future" check is skipped, all other checks still run.
    public static func validate(
        _ raw: String, as kind: IdentityKind, today: CivilDateParts? = nil
    ) -> Result<IdentityNumber, IdentityProblem> {
        let value = normalize(raw)
        guard !value.isEmpty else {
            return .failure(IdentityProblem(IdentityPhrases.empty(), kind: kind))
        }
        return check(value, as: kind, today: today)
    }

    /// Guesses the kind from the shape (18 digits/X → residentID unless it looks like a credit
    /// code, etc.), then validates. Used by `powerdesk party check NUMBER`.
    ///
    /// An 18-character entry is tried as both a resident ID and a credit code, so an all-digit
    /// credit code is still recognised; when neither passes, the problem reported is the one of
    /// the likelier kind (resident ID for digits with an optional final X). Nine characters
    /// shaped like a Chinese passport are taken as a passport first. Foreign passports are never
    /// guessed. `IdentityProblem.kind` tells which kind the number was checked as.
    public static func detectAndValidate(
        _ raw: String, today: CivilDateParts? = nil
    ) -> Result<IdentityNumber, IdentityProblem> {
        let folded = IdentityCharacters.fold(raw)
        let value = compact(folded)
        guard !value.isEmpty else {
            return .failure(IdentityProblem(IdentityPhrases.empty(), kind: nil))
        }
        let kinds = KindGuess.candidates(folded: folded, compact: value)
        guard let first = kinds.first else {
            return .failure(IdentityProblem(IdentityPhrases.unrecognized(quoted(value)), kind: nil))
        }
        var failures: [IdentityProblem] = []
        for kind in kinds {
            switch check(value, as: kind, today: today) {
            case let .success(number): return .success(number)
            case let .failure(problem): failures.append(problem)
            }
        }
        // Nothing fits. When the number cannot be an ID card at all (characters 7–10 are no year
        // of birth) but is a credit code with a wrong check character, the credit code is what
        // the clerk meant. Otherwise the first guess speaks.
        let yearDigits = value.count == 18 ? Int(value.dropFirst(6).prefix(4)) : nil
        if yearDigits.map({ !(1900...2100).contains($0) }) ?? false,
           let nearMiss = failures.first(where: { $0.message.key == IdentityPhrases.creditCheckCharacterMismatch.key }) {
            return .failure(nearMiss)
        }
        return .failure(failures[0])
    }

    /// Runs one kind's rules on an already normalised, non-empty value.
    static func check(
        _ value: String, as kind: IdentityKind, today: CivilDateParts?
    ) -> Result<IdentityNumber, IdentityProblem> {
        switch kind {
        case .residentID: ResidentIDRules.check(value, today: today)
        case .creditCode: CreditCodeRules.check(value)
        case .organizationCode: OrganizationCodeRules.check(value)
        case .passport: PassportRules.checkChinese(value)
        case .foreignPassport: PassportRules.checkForeign(value)
        case .militaryOfficer: MilitaryOfficerRules.check(value)
        }
    }

    /// At most 24 characters of what was typed, so a pasted paragraph does not flood the message.
    static func quoted(_ value: String) -> String {
        value.count <= 24 ? value : String(value.prefix(24)) + "…"
    }

    /// Drops all whitespace (surrounding and inner) and hyphens from an already folded string.
    static func compact(_ folded: String) -> String {
        String(folded.filter { !IdentityCharacters.isSeparator($0) })
    }
}
