import WizardCore

/// One result of `get_wch`, as ncurses reported it: `status` is `OK` (a character in `value`) or `KEY_CODE_YES`
/// (a key code in `value`). Kept as plain numbers so decoding stays pure and testable without a terminal.
public struct RawKey: Hashable, Sendable {
    public var status: Int32
    public var value: UInt32

    public init(status: Int32, value: UInt32) { (self.status, self.value) = (status, value) }

    /// A character result (`get_wch` answered `OK`).
    public static func character(_ value: UInt32) -> RawKey { RawKey(status: CursesCodes.ok, value: value) }
    /// A key-code result (`get_wch` answered `KEY_CODE_YES`).
    public static func keyCode(_ code: Int32) -> RawKey {
        RawKey(status: CursesCodes.keyCodeYes, value: UInt32(bitPattern: code))
    }
}

/// What a front end makes of raw input: a key for the wizard, or the news that the terminal changed size.
public enum DecodedInput: Hashable, Sendable {
    case key(Key)
    case resize
}
