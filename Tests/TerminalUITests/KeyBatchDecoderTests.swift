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
        ("[3;5~", .delete), ("[200~", nil), ("[?1;2c", nil), ("[99x", nil),
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

    @Test("Alt chords are swallowed; Alt + a named key is that key")
    func altChords() {
        #expect(keys(characters("\u{1B}b") + characters("c")) == [.character("c")])
        #expect(keys([RawKey.character(27), RawKey.keyCode(CursesCodes.keyUp)]) == [.up])
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
