import Testing
import TerminalUI
import WizardCore

@Suite("KeyDecoder: one get_wch result → Key")
struct KeyDecoderTests {
    static let characterTable: [(UInt32, Key?)] = [
        (9, .tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
        (1, .control("a")), (3, .control("c")), (5, .control("e")), (12, .control("l")), (18, .control("r")),
        (21, .control("u")), (23, .control("w")), (26, .control("z")),
        (0, nil), (28, nil), (31, nil), (0x85, nil), (0x9B, nil),
        (0x61, .character("a")), (0x20, .character(" ")), (0x3F, .character("?")),
        (0x41F, .character("П")), (0x4F60, .character("你")), (0x1F600, .character("😀")),
    ]

    @Test("characters and control codes", arguments: characterTable)
    func characters(value: UInt32, expected: Key?) {
        #expect(KeyDecoder.decode(.character(value)) == expected.map(DecodedInput.key))
    }

    static let keyCodeTable: [(Int32, Key?)] = [
        (CursesCodes.keyUp, .up), (CursesCodes.keyDown, .down), (CursesCodes.keyLeft, .left),
        (CursesCodes.keyRight, .right), (CursesCodes.keyHome, .home), (CursesCodes.keyEnd, .end),
        (CursesCodes.keyNextPage, .pageDown), (CursesCodes.keyPreviousPage, .pageUp),
        (CursesCodes.keyDelete, .delete), (CursesCodes.keyBackspace, .backspace), (CursesCodes.keyBackTab, .backTab),
        (CursesCodes.keyEnter, .enter), (CursesCodes.keyF(1), .function(1)), (CursesCodes.keyF(5), .function(5)),
        (CursesCodes.keyF(12), .function(12)), (CursesCodes.keyF(13), nil), (CursesCodes.keyF0, nil),
        (CursesCodes.keyResize, nil), (0x19A /* KEY_MOUSE */, nil),
    ]

    @Test("named keys", arguments: keyCodeTable)
    func keyCodes(code: Int32, expected: Key?) {
        let decoded = KeyDecoder.decode(.keyCode(code))
        #expect(decoded == expected.map(DecodedInput.key) || (code == CursesCodes.keyResize && decoded == .resize))
    }

    @Test("KEY_RESIZE is a resize, not a key")
    func resize() {
        #expect(KeyDecoder.decode(RawKey.keyCode(CursesCodes.keyResize)) == .resize)
        #expect(KeyDecoder.decode(RawKey.keyCode(CursesCodes.keyUp)) == .key(.up))
    }

    @Test("ERR decodes to nothing")
    func error() {
        #expect(KeyDecoder.decode(RawKey(status: CursesCodes.err, value: 0x61)) == nil)
    }
}
