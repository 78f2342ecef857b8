/// How the portal reads a typed value: PHP's `trim` and `mb_strlen`, plus the character classes the rules name.
enum PortalText {
    /// PHP `trim`'s default set: " \t\n\r\0\x0B". Other Unicode spaces (no-break space, …) are NOT trimmed.
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x00, 0x0B: true
        default: false
        }
    }

    static func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// What `mb_strlen` counts: code points, not bytes and not what a person sees as characters.
    static func length(_ value: String) -> Int {
        value.unicodeScalars.count
    }

    /// C0 (tab and newline included), DEL and C1.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Characters a person cannot see or tell from a plain space: they arrive by pasting and break logins silently.
    /// Control characters are excluded (they have their own rule).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// "U+0009", the way support people read a character out.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// "U+00A0 NO-BREAK SPACE" when the name is known.
    static func describedCodePoint(_ scalar: Unicode.Scalar) -> String {
        guard let name = scalar.properties.name else { return codePoint(scalar) }
        return codePoint(scalar) + " " + name
    }

    /// The 1-based positions (in code points, as the field's cursor counts) of the scalars matching `test`.
    static func positions(in value: String, where test: (Unicode.Scalar) -> Bool) -> [(position: Int, scalar: Unicode.Scalar)] {
        value.unicodeScalars.enumerated().compactMap { offset, scalar in
            test(scalar) ? (offset + 1, scalar) : nil
        }
    }
}
