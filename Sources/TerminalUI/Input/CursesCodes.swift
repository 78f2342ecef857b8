@preconcurrency import CNcurses
import WizardCore

/// The ncurses numbers the decoders need, gathered in one place (the tests use them to build raw input too).
public enum CursesCodes {
    public static let ok: Int32 = OK
    public static let err: Int32 = ERR
    public static let keyCodeYes: Int32 = KEY_CODE_YES
    public static let keyResize: Int32 = KEY_RESIZE
    public static let keyUp: Int32 = KEY_UP
    public static let keyDown: Int32 = KEY_DOWN
    public static let keyLeft: Int32 = KEY_LEFT
    public static let keyRight: Int32 = KEY_RIGHT
    public static let keyHome: Int32 = KEY_HOME
    public static let keyEnd: Int32 = KEY_END
    public static let keyNextPage: Int32 = KEY_NPAGE
    public static let keyPreviousPage: Int32 = KEY_PPAGE
    public static let keyDelete: Int32 = KEY_DC
    public static let keyBackspace: Int32 = KEY_BACKSPACE
    public static let keyBackTab: Int32 = KEY_BTAB
    public static let keyEnter: Int32 = KEY_ENTER
    public static let keyF0: Int32 = cn_key_f0()

    public static func keyF(_ n: Int) -> Int32 { cn_key_f(Int32(n)) }
}
