/// TOMLKit's parser (toml++ 3) asserts instead of failing on a table header whose name starts with a character no
/// key can start with (`[!]`, `[ #]`, `[[?]]`): a debug build aborts, a release build meets undefined behaviour
/// (the assertion becomes an assumption). Such headers are refused here, before the text reaches it. Found by the
/// hostile-input property tests.
enum TableHeaderGuard {
    /// The 1-based line of the first header `[` / `[[` whose name does not start with a bare-key character or a
    /// quote (or `]`, which toml++ reports itself), or nil.
    /// Works on scalars, not `Character`s: a joiner or a combining mark after `[` would otherwise hide the bracket
    /// inside one grapheme (and `\r\n` is one `Character`, not a line break).
    static func firstMalformedHeader(in text: String) -> Int? {
        var line = 1
        var atLineStart = true
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            if scalar == "\n" {
                line += 1
                atLineStart = true
                continue
            }
            guard atLineStart else { continue }
            if scalar == " " || scalar == "\t" || scalar == "\u{FEFF}" { continue }
            atLineStart = false
            guard scalar == "[" else { continue }
            var rest = scalars
            if rest.first == "[" { rest = rest.dropFirst() }
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let first = rest.first, startsKey(first) else { return line }
        }
        return nil
    }

    /// TOML's bare-key characters (A–Z a–z 0–9 - _), a quote, or the `]` toml++ turns into its own error.
    private static func startsKey(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "-", "_", "\"", "'", "]": true
        default: false
        }
    }
}
