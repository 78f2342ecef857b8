import Words
/// A key press as the wizard sees it, already decoded from the terminal by a front end.
public enum Key: Hashable, Sendable {
    /// Printable text: any Unicode character typed (Latin, Cyrillic, CJK, emoji).
    case character(Character)
    /// Ctrl plus a letter, as the lowercase letter: `.control("c")` is Ctrl-C. Ctrl-I, Ctrl-M and Ctrl-H arrive
    /// as `.tab`, `.enter` and `.backspace`, because terminals cannot tell them apart.
    case control(Character)
    case enter
    case tab
    case backTab
    case escape
    case backspace
    case delete
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// F1…F12.
    case function(Int)
    /// Text pasted in one piece (a bracketed paste), control characters (line breaks included) already removed.
    case paste(String)
}
