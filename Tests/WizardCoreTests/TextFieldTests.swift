import TextSafety
import Testing
@testable import WizardCore
import Words

@Suite struct TextFieldTests {
    private func field(_ text: String, _ keys: Key...) -> TextField {
        var field = TextField(text)
        for key in keys { _ = field.handle(key) }
        return field
    }

    @Test func typingInsertsAtTheCursor() {
        let edited = field("Main", .left, .left, .character("X"))
        #expect(edited.text == "MaXin")
        #expect(edited.cursor == 3)
    }

    @Test func editingKeys() {
        #expect(field("Main office", .backspace).text == "Main offic")
        #expect(field("Main office", .home, .delete).text == "ain office")
        #expect(field("Main office", .control("a"), .right, .backspace).text == "ain office")
        #expect(field("Main office", .control("a"), .control("e"), .character("!")).text == "Main office!")
        #expect(field("Main office", .control("u")).text == "")
        #expect(field("Main office  ", .control("w")).text == "Main ")
        #expect(field("Main office", .left, .left, .control("w")).text == "Main ce")
        #expect(field("", .backspace, .delete, .left).text == "")
    }

    @Test func graphemesMoveAsOne() {
        let edited = field("Да👨‍👩‍👧", .backspace)
        #expect(edited.text == "Да")
        let combining = field("e", .character("\u{301}"))
        #expect(combining.text == "e\u{301}")
        #expect(combining.cursor == 1)
    }

    @Test func unknownKeysAreNotTheFields() {
        var value = TextField("x")
        #expect(value.handle(.tab) == false)
        #expect(value.handle(.enter) == false)
        #expect(value.handle(.function(1)) == false)
    }

    @Test func scrollKeepsTheCursorVisible() {
        var value = TextField(String(repeating: "a", count: 30) + "END")
        value.keepCursorVisible(width: 10)
        let end = value.window(width: 10, mask: nil)
        #expect(end.text == "aaaaaaEND")
        #expect(end.cursorColumn == 9)
        _ = value.handle(.home)
        value.keepCursorVisible(width: 10)
        let start = value.window(width: 10, mask: nil)
        #expect(start.text == "aaaaaaaaaa")
        #expect(start.cursorColumn == 0)
    }

    @Test func wideCharactersScrollByColumns() {
        var value = TextField("東京オフィス東京オフィス")
        value.keepCursorVisible(width: 10)
        let window = value.window(width: 10, mask: nil)
        #expect(DisplayWidth.of(window.text) <= 10)
        #expect(window.text.hasSuffix("フィス"))
        #expect(window.cursorColumn == DisplayWidth.of(window.text))
    }

    @Test func maskShowsOneGlyphPerGrapheme() {
        let value = TextField("пароль👍🏽")
        #expect(value.window(width: 20, mask: "•").text == "•••••••")
        #expect(value.codePointCount == 8)
    }
}
