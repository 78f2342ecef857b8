import PropertyBased
import Testing
import TerminalUI
import WizardCore

/// The key decoder fed arbitrary `get_wch` results cut into arbitrary drains.
@Suite struct KeyDecoderProperties {
    static let cases = 500

    static let raw = Gen<RawKey>.oneOf(
        HostileText.scalar.map { RawKey.character($0.value) },
        Gen.element(of: Array("\u{1B}[O]P_~;0123456789R2Iz".unicodeScalars)).map { RawKey.character(($0 ?? "~").value) },
        Gen<Int32>.value(in: 0...600).map { RawKey.keyCode($0) },
        Gen<UInt32>.value(in: 0...UInt32.max).map { RawKey(status: -1, value: $0) }
    )

    static func feed(_ keys: [RawKey], cuts: [Int]) -> [DecodedInput] {
        var decoder = KeyBatchDecoder()
        var output: [DecodedInput] = []
        var start = 0
        for cut in cuts.map({ min(max($0, 0), keys.count) }).sorted() where cut > start {
            output += decoder.decode(Array(keys[start..<cut]))
            start = cut
        }
        output += decoder.decode(Array(keys[start...]))
        return output + decoder.flush()
    }

    @Test("never a control or bidi-breaking C0/C1 character as text, never a crash, whatever arrives")
    func noControlText() async {
        await propertyCheck(count: Self.cases, input: Self.raw.array(of: 0...80), Gen.int(in: 0...80).array(of: 0...4)) { keys, cuts in
            for input in Self.feed(keys, cuts: cuts) {
                switch input {
                case .key(.character(let character)):
                    #expect(!character.unicodeScalars.contains(where: HostileText.isControl), "\(character.debugDescription)")
                case .key(.paste(let text)):
                    #expect(!text.unicodeScalars.contains(where: HostileText.isControl), "\(text.debugDescription)")
                    #expect(text.unicodeScalars.count <= KeyBatchDecoder.pasteLimit)
                default:
                    break
                }
            }
        }
    }

    @Test("typed text (no Escape) arrives whole and in order, however the drains cut it")
    func typedTextKept() async {
        await propertyCheck(count: Self.cases, input: HostileText.printable, Gen.int(in: 0...40).array(of: 0...4)) { text, cuts in
            let keys = text.unicodeScalars.map { RawKey.character($0.value) }
            let typed = Self.feed(keys, cuts: cuts).compactMap { input -> String? in
                if case .key(.character(let character)) = input { return String(character) }
                return nil
            }
            #expect(typed.joined() == text)
        }
    }

    @Test("a bracketed paste arrives as one piece with its controls removed, however the drains cut it")
    func pasteKept() async {
        await propertyCheck(count: Self.cases, input: HostileText.text, Gen.int(in: 0...60).array(of: 0...5)) { text, cuts in
            let inner = text.unicodeScalars.filter { $0 != "\u{1B}" }
            let keys = "\u{1B}[200~".unicodeScalars.map { RawKey.character($0.value) }
                + inner.map { RawKey.character($0.value) } + "\u{1B}[201~".unicodeScalars.map { RawKey.character($0.value) }
            let expected = String(String.UnicodeScalarView(inner.filter { !HostileText.isControl($0) }))
            // A cut right after the opening ESC is no drain curses makes (it hands over a lone ESC only after
            // ESCDELAY passed with nothing behind it).
            let decoded = Self.feed(keys, cuts: cuts.filter { $0 != 1 })
            #expect(decoded == (expected.isEmpty ? [] : [.key(.paste(expected))]), "\(text.debugDescription)")
        }
    }
}
