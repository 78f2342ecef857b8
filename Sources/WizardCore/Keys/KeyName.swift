import Words

/// How the footer and the help name the keys of a row: the footer one short label ("Tab", "↑↓", "1-4"), the help
/// every key of the row ("Tab, Down").
struct KeyName: Sendable {
    let footer: KeyLabel
    let help: [KeyLabel]

    init(_ footer: KeyLabel, help: [KeyLabel]? = nil) {
        self.footer = footer
        self.help = help ?? [footer]
    }
}

/// One key's name. Most are the names printed on keyboards, the same in every language; a few are words.
enum KeyLabel: Sendable, Hashable {
    case enter
    case escape
    case tab
    case shiftTab
    case up
    case down
    /// The arrow pair (↑↓, or "Up/Down" without Unicode).
    case upDownArrows
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case backspace
    case delete
    case space
    case function(Int)
    case control(Character)
    case character(Character)
    /// "1-4"
    case range(Character, Character)
    /// Keys no other row names.
    case otherKeys
    /// Letters, digits, any text.
    case typedText

    func text(glyphs: Glyphs, words: Words) -> String {
        switch self {
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .shiftTab: "Shift-Tab"
        case .up: "Up"
        case .down: "Down"
        case .upDownArrows: glyphs.upDown
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .space: words(KeyPhrase.spaceKey)
        case .function(let number): "F\(number)"
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .character(let character): String(character)
        case .range(let first, let last): "\(first)-\(last)"
        case .otherKeys: words(KeyPhrase.otherKeys)
        case .typedText: words(KeyPhrase.typedTextKeys)
        }
    }
}
