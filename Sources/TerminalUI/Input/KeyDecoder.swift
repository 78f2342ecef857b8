import WizardCore

/// Turns one `get_wch` result into what the wizard understands. Pure: no curses state is read.
public enum KeyDecoder {
    /// What one `get_wch` result means: a key, a resize (`KEY_RESIZE`, which is not a key), or `nil` for a code
    /// the wizard has no use for.
    public static func decode(_ raw: RawKey) -> DecodedInput? {
        switch raw.status {
        case CursesCodes.ok:
            return decodeCharacter(raw.value).map(DecodedInput.key)
        case CursesCodes.keyCodeYes:
            return decodeKeyCode(Int32(bitPattern: raw.value))
        default:
            return nil
        }
    }

    private static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0, 28...31: return nil              // Ctrl-@, Ctrl-\ … Ctrl-_: no meaning in the wizard
        case 0x80...0x9F: return nil             // C1 controls are never text
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The keys ncurses reports with a code of their own.
    private static let namedKeys: [Int32: Key] = [
        CursesCodes.keyUp: .up, CursesCodes.keyDown: .down, CursesCodes.keyLeft: .left, CursesCodes.keyRight: .right,
        CursesCodes.keyHome: .home, CursesCodes.keyEnd: .end,
        CursesCodes.keyNextPage: .pageDown, CursesCodes.keyPreviousPage: .pageUp,
        CursesCodes.keyDelete: .delete, CursesCodes.keyBackspace: .backspace, CursesCodes.keyBackTab: .backTab,
        CursesCodes.keyEnter: .enter,
    ]

    private static func decodeKeyCode(_ code: Int32) -> DecodedInput? {
        if code == CursesCodes.keyResize { return .resize }
        if let key = namedKeys[code] { return .key(key) }
        guard (CursesCodes.keyF(1)...CursesCodes.keyF(12)).contains(code) else { return nil }
        return .key(.function(Int(code - CursesCodes.keyF0)))
    }
}
