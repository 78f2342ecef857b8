/// The one text-safety policy: text that did not come from sipline's own catalogue (a title from the portal, an
/// error excerpt, a pasted value) is shown with every scalar a terminal would interpret, or that would change what
/// a person reads without being seen, replaced by a visible stand-in. Nothing here is ever interpreted:
/// - C0 controls (tab and newline included) as caret notation: ESC → `^[`, DEL → `^?`;
/// - C1 controls, bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the direction marks
///   U+200E/U+200F/U+061C, the line and paragraph separators U+2028/U+2029, the zero-width characters U+200B–200D, U+2060, U+FEFF, and the prepended format marks that
///   glue themselves to the next character (U+0600–0605 …) as `<U+XXXX>`;
/// - a combining mark with nothing to sit on (a grapheme that starts with one) on a dotted circle `◌`, the way
///   Unicode shows an isolated mark, so it cannot glue itself to a stand-in either.
/// `DisplayWidth` measures a grapheme as what this shows for it, so whatever lays text out before it is escaped
/// reserves exactly the columns the escaped text takes.
public enum VisibleText {
    /// `text` with every unsafe scalar replaced by its stand-in. Idempotent: escaping twice changes nothing more.
    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for grapheme in text { append(grapheme, to: &out) }
        return out
    }

    /// `text` escaped line by line: a message's own line breaks are kept, everything else unsafe is replaced (for a
    /// front end that prints whole messages, whose placeholders may hold what came from a file or a portal).
    public static func escapeLines(_ text: some StringProtocol) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape($0) }.joined(separator: "\n")
    }

    /// Whether `text` is shown exactly as it is.
    public static func isSafe(_ text: some StringProtocol) -> Bool {
        text.allSatisfy(isSafe)
    }

    /// Whether one grapheme is shown exactly as it is.
    public static func isSafe(_ grapheme: Character) -> Bool {
        guard let first = grapheme.unicodeScalars.first, !isCombiningStart(first) else { return false }
        return grapheme.unicodeScalars.allSatisfy { standIn(for: $0) == nil }
    }

    /// What is shown instead of `scalar`, or nil when it is shown as it is.
    public static func standIn(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        if value < 0x20 { return "^" + String(Unicode.Scalar(UInt8(value + 0x40))) }
        if value == 0x7F { return "^?" }
        return isInvisibleFormat(value) ? "<U+" + hex(value) + ">" : nil
    }

    /// The base a lone combining mark is shown on.
    public static let dottedCircle: Unicode.Scalar = "\u{25CC}"

    private static func append(_ grapheme: Character, to out: inout String) {
        guard let first = grapheme.unicodeScalars.first else { return }
        if isCombiningStart(first) { out.unicodeScalars.append(dottedCircle) }
        for scalar in grapheme.unicodeScalars {
            if let standIn = standIn(for: scalar) {
                out += standIn
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// A scalar that extends the grapheme before it (combining and spacing marks, emoji modifiers, variation
    /// selectors): at the start of a grapheme it has no base of its own. Asked of the grapheme rules themselves
    /// (does it join a letter before it?), so this agrees with how `Character` segments text.
    private static func isCombiningStart(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        var probe = "x"
        probe.unicodeScalars.append(scalar)
        return probe.count == 1
    }

    /// C1, bidirectional controls, direction marks, zero-width characters and Prepend format marks.
    private static func isInvisibleFormat(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        // The Arabic letter mark (a bidi mark like U+200E/F) and the line and paragraph separators (a terminal may
        // break the line there), found by the hostile-input property tests.
        case 0x061C, 0x2028, 0x2029: true
        // Grapheme_Cluster_Break=Prepend: these attach to whatever follows, even to a stand-in.
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD, 0x111C2...0x111C3,
             0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02: true
        default: false
        }
    }

    /// At least four upper-case hexadecimal digits, as in `U+00AD`.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
