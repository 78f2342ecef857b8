import PropertyBased

/// Generators of what outside input can hold: any Unicode scalar, with the dangerous ones (C0, DEL, C1, bidi and
/// invisible format characters, combining marks) much more often than chance would give them.
enum HostileText {
    /// Direction overrides, isolates, marks and invisible joiners: text that reorders or hides what follows it.
    static let formatCharacters: [Unicode.Scalar] = [
        "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
        "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{061C}", "\u{FEFF}", "\u{2028}", "\u{2029}",
        "\u{00AD}", "\u{FFF9}", "\u{FFFB}",
    ]

    static let scalar = Gen<Unicode.Scalar>.oneOf(
        Gen.unicodeScalar(in: "\u{0}"..."\u{7F}"),                  // ASCII with every C0 control and DEL
        Gen.unicodeScalar(in: "\u{80}"..."\u{FF}"),                 // C1 controls and Latin-1
        Gen.element(of: formatCharacters).map { $0 ?? "\u{202E}" },
        Gen.unicodeScalar(in: "\u{300}"..."\u{36F}"),               // combining marks
        Gen.unicodeScalar(in: "\u{400}"..."\u{4FF}"),               // Cyrillic
        Gen.unicodeScalar(in: "\u{4E00}"..."\u{4FFF}"),             // CJK, two columns wide
        Gen.unicodeScalar(in: "\u{1F300}"..."\u{1FAFF}"),           // emoji
        Gen<UInt32>.value(in: 0...0x10FFFF).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
    )

    /// Text of 0…40 scalars.
    static let text = scalar.array(of: 0...40).map { String(String.UnicodeScalarView($0)) }

    /// Text of 0…300 scalars (longer than any field the portal takes).
    static let longText = scalar.array(of: 0...300).map { String(String.UnicodeScalarView($0)) }

    /// Printable text only (what a person can type into a field), 0…40 scalars.
    static let printable = scalar.array(of: 0...40).map { scalars in
        String(String.UnicodeScalarView(scalars.filter { !isControl($0) }))
    }

    static let bytes = Gen<UInt8>.value(in: 0...255).array(of: 0...300)

    /// C0, DEL, C1.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Characters that reorder or break the text around them: the bidi embeddings, overrides, isolates and marks,
    /// and the line and paragraph separators.
    static func isBidiOrSeparator(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E
            || value == 0x200F || value == 0x061C || value == 0x2028 || value == 0x2029
    }

    /// What must never reach a terminal from outside text.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || isBidiOrSeparator(scalar)
    }

    /// The unsafe scalars of `text`, for a readable failure.
    static func unsafe(in text: String, _ kind: (Unicode.Scalar) -> Bool = isUnsafe) -> [String] {
        text.unicodeScalars.filter(kind).map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
