import CHarfBuzz
import Foundation

/// Cuts an OpenType font with CFF outlines down to the glyphs a document uses, with HarfBuzz's
/// hb-subset (CFF subsetting is a large job a well-kept library does right). Glyph ids are
/// retained, so each glyph keeps its CID and a PDF can draw it by the code `compactCode` gives:
/// renumbered glyphs kept their CIDs in the charset, but poppler then drew nothing (it takes
/// the code for a glyph id; in Noto CJK and Source Han, CID and glyph id are the same). The
/// price is empty slots up to the highest glyph used: a decision in Noto Serif CJK is about
/// 210 KB instead of 63 KB. Layout tables are dropped, since the PDF places every glyph itself.
enum CompactFontSubsetter {
    private static let droppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "VORG", "vhea", "vmtx", "DSIG"]

    /// The subset as an OpenType file (for FontFile3 /OpenType); nil when HarfBuzz fails.
    static func subset(_ font: TrueTypeFont, glyphs: Set<UInt16>) -> Data? {
        let bytes = font.file.data
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Data? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count <= Int(UInt32.max),
                  let blob = hb_blob_create_or_fail(base, UInt32(raw.count), HB_MEMORY_MODE_READONLY, nil, nil)
            else { return nil }
            defer { hb_blob_destroy(blob) }
            guard let face = hb_face_create(blob, UInt32(font.faceIndex)) else { return nil }
            defer { hb_face_destroy(face) }
            guard let input = hb_subset_input_create_or_fail() else { return nil }
            defer { hb_subset_input_destroy(input) }
            let wanted = hb_subset_input_glyph_set(input)
            hb_set_add(wanted, 0)
            for glyph in glyphs { hb_set_add(wanted, hb_codepoint_t(glyph)) }
            let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
            for tag in droppedTables { hb_set_add(dropped, Self.tag(tag)) }
            hb_subset_input_set_flags(
                input, HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue
                    | HB_SUBSET_FLAGS_NOTDEF_OUTLINE.rawValue)
            guard let subset = hb_subset_or_fail(face, input) else { return nil }
            defer { hb_face_destroy(subset) }
            guard let result = hb_face_reference_blob(subset) else { return nil }
            defer { hb_blob_destroy(result) }
            var length: UInt32 = 0
            guard let data = hb_blob_get_data(result, &length), length > 0 else { return nil }
            return Data(bytes: data, count: Int(length))
        }
    }

    private static func tag(_ name: String) -> hb_codepoint_t {
        name.utf8.reduce(0) { $0 << 8 | hb_codepoint_t($1) }
    }
}
