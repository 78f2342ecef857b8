import Words
extension Keymap {
    /// The rows of a focused text field: cursor, deletion, clearing and typing, applied by `edit` to whichever
    /// field the screen has focused. `clearInFooter`: whether "Ctrl-U clear" shows in the footer.
    static func textEditing(clearInFooter: Bool, when applies: @escaping @Sendable (WizardState) -> Bool = { _ in true },
                            edit: @escaping KeyBinding.Action) -> [KeyBinding] {
        [
            KeyBinding(.keys([.left, .right]), name: KeyName(.left, help: [.left, .right]), help: .moveInText,
                       when: applies, action: edit),
            KeyBinding(.keys([.home, .end, .control("a"), .control("e")]), name: KeyName(.home, help: [.home, .end]),
                       help: .startEnd, when: applies, action: edit),
            KeyBinding(.keys([.backspace, .delete]), name: KeyName(.backspace, help: [.backspace, .delete]),
                       help: .deleteBeforeUnder, when: applies, action: edit),
            KeyBinding(.keys([.control("u"), .control("w")]), name: KeyName(.control("u"), help: [.control("u"), .control("w")]),
                       footer: clearInFooter ? .clear : nil, help: .clearOrDeleteWord, when: applies, action: edit),
            KeyBinding(.typedText, name: KeyName(.typedText), help: .typedText, when: applies, action: edit),
        ]
    }
}
