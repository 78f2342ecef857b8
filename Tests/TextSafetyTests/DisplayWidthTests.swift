import Testing
import TextSafety

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("Ж", 1), ("你", 2), ("ｱ", 1), ("Ａ", 2), ("👍", 2), ("👍🏽", 2), ("👨‍👩‍👧", 22), ("🇷🇺", 2),
        ("❤️", 2), ("e\u{301}", 1), ("\u{301}", 1), ("한", 2), ("\u{200B}", 8),
    ] as [(String, Int)])
    func graphemeWidth(_ text: String, _ width: Int) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(text.first!) == width)
    }

    @Test func stringWidthSumsGraphemes() {
        #expect(DisplayWidth.of("Главный офис") == 12)
        #expect(DisplayWidth.of("東京オフィス") == 12)
        #expect(DisplayWidth.of("ok 👍") == 5)
    }

    @Test func truncateKeepsWholeGraphemesAndAddsEllipsis() {
        #expect(TextLayout.truncate("東京オフィス", to: 7) == "東京オ…")
        #expect(TextLayout.truncate("short", to: 10) == "short")
        #expect(TextLayout.truncate("abcdef", to: 4, ellipsis: "...") == "a...")
        #expect(DisplayWidth.of(TextLayout.truncate("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", to: 4)) <= 4)
    }

    @Test func wrapBreaksAtWordsWithinWidth() {
        let lines = TextLayout.wrap("The name people will see for this line in Bitrix24's telephony settings.", width: 30)
        #expect(lines == ["The name people will see for", "this line in Bitrix24's", "telephony settings."])
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func unsafeScalarsAreMeasuredAsTheirStandIns() {
        #expect(DisplayWidth.of("a\u{1B}[31mb") == DisplayWidth.of("a^[[31mb"))
        #expect(DisplayWidth.of("\u{202E}") == 8)
        #expect(TextLayout.wrap("ab\ncd", width: 10) == ["ab\ncd"])
    }
}
