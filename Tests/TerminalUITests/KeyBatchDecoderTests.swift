import Testing
import TerminalUI
import WizardCore

@Suite("KeyBatchDecoder: results that arrived together")
struct KeyBatchDecoderTests {
    private func characters(_ text: String) -> [RawKey] {
        text.unicodeScalars.map { RawKey.character($0.value) }
    }

    private func keys(_ batch: [RawKey]) -> [Key] {
        KeyBatchDecoder.decode(batch).compactMap { if case .key(let key) = $0 { key } else { nil } }
    }

    @Test("plain text stays one key per character")
    func text() {
        #expect(keys(characters("ab П")) == [.character("a"), .character("b"), .character(" "), .character("П")])
    }

    @Test("a lone Escape, and two Escapes, stay Escapes")
    func escapes() {
        #expect(keys(characters("\u{1B}")) == [.escape])
        #expect(keys(characters("\u{1B}\u{1B}")) == [.escape, .escape])
        #expect(keys(characters("a\u{1B}")) == [.character("a"), .escape])
    }

    static let sequences: [(String, Key?)] = [
        ("[Z", .backTab), ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left), ("[H", .home), ("[F", .end),
        ("OA", .up), ("OH", .home), ("OP", .function(1)), ("OS", .function(4)), ("[1;5A", .up), ("[1;2D", .left),
        ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown), ("[1~", .home), ("[4~", .end), ("[7~", .home),
        ("[15~", .function(5)), ("[17~", .function(6)), ("[21~", .function(10)), ("[24~", .function(12)),
        ("[3;5~", .delete), ("[?1;2c", nil), ("[99x", nil), ("[201~", nil),
        // Terminal answers: cursor position reports (not F3), focus in/out, device attributes.
        ("[12;40R", nil), ("[1;1R", .function(3)), ("[I", nil), ("[O", nil), ("[>41;371;0c", nil),
    ]

    @Test("escape sequences ncurses passed through", arguments: sequences)
    func sequence(tail: String, expected: Key?) {
        let decoded = keys(characters("\u{1B}" + tail + "x"))
        #expect(decoded == (expected.map { [$0] } ?? []) + [.character("x")])
    }

    @Test("a sequence cut short is dropped, not typed")
    func truncated() {
        #expect(keys(characters("\u{1B}[1;")) == [])
    }

    @Test("Escape then a key in the same burst is Escape and then that key (nothing typed is dropped)")
    func escapeThenKey() {
        #expect(keys(characters("\u{1B}b") + characters("c")) == [.escape, .character("b"), .character("c")])
        #expect(keys(characters("\u{1B}1")) == [.escape, .character("1")])
        #expect(keys([RawKey.character(27), RawKey.keyCode(CursesCodes.keyUp)]) == [.escape, .up])
        #expect(keys(characters("\u{1B}\u{1B}x")) == [.escape, .escape, .character("x")])
        // "Esc O" then something that is no SS3 final: typed too.
        #expect(keys(characters("\u{1B}Oя")) == [.escape, .character("O"), .character("я")])
    }

    @Test("a lone ESC [ or ESC O left when nothing more comes was typed: Escape and the character")
    func typedBracket() {
        var decoder = KeyBatchDecoder()
        #expect(decoder.decode(characters("\u{1B}[")).isEmpty)
        #expect(decoder.isWaiting)
        #expect(decoder.flush() == [.key(.escape), .key(.character("["))])
        #expect(!decoder.isWaiting)
    }

    @Test("OSC, DCS and APC answers are swallowed up to their terminator; without one, Escape and text")
    func stringAnswers() {
        #expect(keys(characters("\u{1B}]11;rgb:0000/0000/0000\u{07}a")) == [.character("a")])
        #expect(keys(characters("\u{1B}]10;rgb:ffff/ffff/ffff\u{1B}\\a")) == [.character("a")])
        #expect(keys(characters("\u{1B}P1$r0m\u{1B}\\")) == [])
        #expect(keys(characters("\u{1B}_x\u{1B}\\")) == [])
        #expect(keys(characters("\u{1B}]")) == [.escape, .character("]")])
        // 8-bit CSI of a cursor position report.
        #expect(keys(characters("\u{9B}12;40Rz")) == [.character("z")])
    }

    @Test("a bracketed paste is one piece of text: newlines and controls removed, never Enter")
    func paste() {
        let text = "https://b24.example.com/rest/1/c0de/\r\n"
        #expect(keys(characters("\u{1B}[200~" + text + "\u{1B}[201~x"))
                == [.paste("https://b24.example.com/rest/1/c0de/"), .character("x")])
        #expect(keys(characters("\u{1B}[200~pa\u{1B}ss\tw\u{7F}d\u{1B}[201~")) == [.paste("passwd")])
        #expect(keys(characters("\u{1B}[200~\u{1B}[201~")) == [])
    }

    /// Every cut but the one right after the first ESC: curses hands over a lone ESC only when ESCDELAY passed with
    /// nothing behind it (that ESC is the Escape key). Inside a paste an ESC at a cut waits for the rest.
    @Test("a paste and its end marker split over several drains still arrive whole",
          arguments: Array(1...21).filter { $0 != 2 })
    func pasteAcrossDrains(cut: Int) {
        let whole = characters("a\u{1B}[200~Пароль 1\u{1B}[201~b")
        var decoder = KeyBatchDecoder()
        var decoded = decoder.decode(Array(whole[..<cut]))
        decoded += decoder.decode(Array(whole[cut...]))
        #expect(decoded == [.key(.character("a")), .key(.paste("Пароль 1")), .key(.character("b"))])
        #expect(!decoder.isWaiting)
    }

    @Test("a paste whose end never comes is delivered on flush; a resize inside it keeps its place")
    func unfinishedPaste() {
        var decoder = KeyBatchDecoder()
        let decoded = decoder.decode(characters("\u{1B}[200~abc") + [RawKey.keyCode(CursesCodes.keyResize)])
        #expect(decoded == [.resize])
        #expect(decoder.isWaiting)
        #expect(decoder.flush() == [.key(.paste("abc"))])
    }

    @Test("a paste longer than the limit keeps its first characters and still ends at its marker")
    func longPaste() {
        let long = String(repeating: "x", count: KeyBatchDecoder.pasteLimit + 10)
        #expect(keys(characters("\u{1B}[200~" + long + "\u{1B}[201~y"))
                == [.paste(String(repeating: "x", count: KeyBatchDecoder.pasteLimit)), .character("y")])
    }

    @Test("combining marks and ZWJ sequences that arrive together join their base")
    func combining() {
        #expect(keys(characters("e\u{301}x")) == [.character("é"), .character("x")])
        #expect(keys(characters("\u{415}\u{308}")) == [.character("Ё")])
        #expect(keys(characters("👩\u{200D}💻")) == [.character("👩‍💻")])
        #expect(keys(characters("🇩🇪")) == [.character("🇩🇪")])
    }

    @Test("a resize in the middle keeps its place")
    func resize() {
        let decoded = KeyBatchDecoder.decode([RawKey.character(0x61), RawKey.keyCode(CursesCodes.keyResize),
                                              RawKey.character(0x62)])
        #expect(decoded == [.key(.character("a")), .resize, .key(.character("b"))])
    }
}
