import Foundation

extension TrueTypeFont {
    /// The general font documents are set in, found through fontconfig (see
    /// `FontLibrary.generalFont`): `POWERDESK_FONT` when set, else the first installed family
    /// of the GB/T 9704 preferences, else the best face fontconfig has for Chinese.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> TrueTypeFont {
        try FontLibrary(environment: environment).generalFont()
    }
}
