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

    /// Named by keys: `KeyName(.escape, help: [.escape, .character("c")])`.
    init(_ footer: Key, help: [Key]? = nil) {
        self.init(.key(footer), help: help?.map(KeyLabel.key))
    }
}

/// What the footer or the help names: one key (by its name printed on keyboards), or one of the few names that
/// stand for several keys.
enum KeyLabel: Sendable, Hashable {
    case key(Key)
    /// The arrow pair (↑↓, or "Up/Down" without Unicode).
    case upDownArrows
    /// "1-4"
    case range(Character, Character)
    /// Keys no other row names.
    case otherKeys
    /// Letters, digits, any text.
    case typedText

    func text(glyphs: Glyphs, words: Words) -> String {
        switch self {
        case .key(let key): key.name(words: words)
        case .upDownArrows: glyphs.upDown
        case .range(let first, let last): "\(first)-\(last)"
        case .otherKeys: words(KeyPhrase.otherKeys)
        case .typedText: words(KeyPhrase.typedTextKeys)
        }
    }
}

extension Key {
    /// The key's name as keyboards print it, the same in every language; the space bar's is a word.
    func name(words: Words) -> String {
        switch self {
        case .character(" "): words(KeyPhrase.spaceKey)
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        case .paste: words(KeyPhrase.typedTextKeys)
        }
    }
}
