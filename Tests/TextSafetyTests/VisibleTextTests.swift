import Testing
import TextSafety
#if canImport(Glibc)
import Glibc
#endif

private func environmentValue(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

@Suite struct VisibleTextTests {
    @Test(arguments: [
        ("\u{1B}[31mred", "^[[31mred"), ("a\tb\nc\r", "a^Ib^Jc^M"), ("\u{7F}", "^?"), ("\u{0}", "^@"),
        ("\u{85}", "<U+0085>"), ("\u{9B}2J", "<U+009B>2J"),
        ("abc\u{202E}txt.exe", "abc<U+202E>txt.exe"), ("\u{202A}\u{202B}\u{202C}\u{202D}",
                                                          "<U+202A><U+202B><U+202C><U+202D>"),
        ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"), ("\u{2067}\u{2068}", "<U+2067><U+2068>"),
        ("\u{200E}\u{200F}", "<U+200E><U+200F>"),
        ("a\u{200B}b\u{200C}c\u{200D}d\u{2060}e\u{FEFF}", "a<U+200B>b<U+200C>c<U+200D>d<U+2060>e<U+FEFF>"),
        ("Главный офис 東京 👍 e\u{301}", "Главный офис 東京 👍 e\u{301}"),
        // A mark with nothing to sit on is shown on a dotted circle, never glued to a stand-in.
        ("\u{1B}\u{1F3FF}x", "^[\u{25CC}\u{1F3FF}x"), ("\u{301}a", "\u{25CC}\u{301}a"), ("\u{600}1", "<U+0600>1"),
    ] as [(String, String)])
    func escapesEveryUnsafeScalar(_ input: String, _ shown: String) {
        #expect(VisibleText.escape(input) == shown)
        #expect(VisibleText.isSafe(shown))
        #expect(VisibleText.escape(shown) == shown)
    }

    /// For arbitrary Unicode, the escaped text holds none of the policy's scalars, and the width measured before
    /// escaping (what a painter reserves when it lays out the raw text) equals the width of what is shown.
    @Test func arbitraryUnicodeIsShownSafelyInTheColumnsReserved() {
        var generator = SeededScalars(seed: 0x5EED_F00D)
        for _ in 0..<(Int(environmentValue("SIPLINE_PROPERTY_RUNS") ?? "") ?? 5_000) {
            let text = generator.text(maximumLength: 24)
            let shown = VisibleText.escape(text)
            #expect(VisibleText.isSafe(shown), "unsafe scalar left in \(shown.debugDescription)")
            for scalar in shown.unicodeScalars {
                let value = scalar.value
                let forbidden = value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                    || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
                    || (0x200B...0x200D).contains(value) || value == 0x2060 || value == 0xFEFF
                #expect(!forbidden, "U+\(String(value, radix: 16)) in \(shown.debugDescription)")
            }
            #expect(DisplayWidth.of(text) == DisplayWidth.of(shown), "\(text.debugDescription)")
            let padded = TextLayout.pad(text, to: 30)
            #expect(DisplayWidth.of(VisibleText.escape(padded)) == 30, "\(text.debugDescription)")
            for line in TextLayout.wrap(text, width: 12) {
                // Only a single grapheme wider than the line (an escaped ZWJ sequence) may stand alone past it.
                #expect(DisplayWidth.of(VisibleText.escape(line)) <= 12 || line.count == 1, "\(text.debugDescription)")
            }
        }
    }
}

/// A reproducible stream of scalars weighted towards the interesting ones: controls, bidirectional and zero-width
/// characters, combining marks, wide and emoji scalars, and any valid scalar at all.
struct SeededScalars {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        // SplitMix64: small, fast and good enough to spread test inputs.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func scalar() -> Unicode.Scalar {
        let pools: [ClosedRange<UInt32>] = [
            0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF...0xFEFF,
            0x20...0x7E, 0x0300...0x036F, 0x0400...0x04FF, 0x4E00...0x9FFF, 0x1F300...0x1F64F, 0x1F1E6...0x1F1FF,
            0xFE00...0xFE0F, 0x0000...0x10FFFF,
        ]
        while true {
            let pool = pools[Int(next() % UInt64(pools.count))]
            let value = pool.lowerBound + UInt32(next() % UInt64(pool.count))
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }

    mutating func text(maximumLength: Int) -> String {
        var text = ""
        for _ in 0..<Int(next() % UInt64(maximumLength + 1)) { text.unicodeScalars.append(scalar()) }
        return text
    }
}
