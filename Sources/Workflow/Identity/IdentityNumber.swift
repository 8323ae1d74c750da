/// A number that passed `IdentityCheck`: its kind and its canonical display form.
///
/// Only `IdentityCheck` creates these, so holding one means the number was checked; the value is
/// normalised (half-width, upper-case, no spaces) so two spellings of one number compare equal.
public struct IdentityNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    public let kind: IdentityKind
    /// Normalised, canonical display: `XXXXXXXX-X` for organisation codes, `…号` for officer cards.
    public let value: String

    init(kind: IdentityKind, value: String) {
        self.kind = kind
        self.value = value
    }

    public var description: String { value }

    /// Birth date, sex and area of a resident ID; `nil` for other kinds.
    public var residentIDDetails: ResidentIDDetails? { ResidentIDDetails(self) }

    /// Registering body, category, area and embedded organisation code of a credit code; `nil`
    /// for other kinds.
    public var creditCodeDetails: CreditCodeDetails? { CreditCodeDetails(self) }
}
