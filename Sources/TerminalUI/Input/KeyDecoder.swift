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

    private static func decodeKeyCode(_ code: Int32) -> DecodedInput? {
        switch code {
        case CursesCodes.keyResize: return .resize
        case CursesCodes.keyUp: return .key(.up)
        case CursesCodes.keyDown: return .key(.down)
        case CursesCodes.keyLeft: return .key(.left)
        case CursesCodes.keyRight: return .key(.right)
        case CursesCodes.keyHome: return .key(.home)
        case CursesCodes.keyEnd: return .key(.end)
        case CursesCodes.keyNextPage: return .key(.pageDown)
        case CursesCodes.keyPreviousPage: return .key(.pageUp)
        case CursesCodes.keyDelete: return .key(.delete)
        case CursesCodes.keyBackspace: return .key(.backspace)
        case CursesCodes.keyBackTab: return .key(.backTab)
        case CursesCodes.keyEnter: return .key(.enter)
        case CursesCodes.keyF(1)...CursesCodes.keyF(12): return .key(.function(Int(code - CursesCodes.keyF0)))
        default: return nil
        }
    }
}
