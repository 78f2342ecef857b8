import Words
extension Keymap {
    static let result: [KeyBinding] = [
        KeyBinding(.keys([.character("s"), .character("S")]), name: KeyName(.character("s")), footer: .saveDetails,
                   help: .saveDetailsExplained, when: { !$0.isSavingDetails }) { state, _ in
            state.askSavePath()
            return []
        },
        KeyBinding(.keys([.character("r"), .character("R")]), name: KeyName(.character("r")),
                   footer: { $0.result?.revealSecrets == true ? .hide : .reveal }, help: .revealPasswords,
                   when: { $0.result?.hasRevealableSecret == true }) { state, _ in
            state.result?.revealSecrets.toggle()
            return []
        },
        KeyBinding(.keys([.character("n"), .character("N")]), name: KeyName(.character("n")), footer: .newLine,
                   help: .anotherLine) { state, _ in Wizard.startNewLine(&state) },
        KeyBinding(.keys([.character("q"), .character("Q")]), name: KeyName(.character("q")), footer: .quit,
                   help: .quitWithSummary) { state, _ in Wizard.quitEffects(state) },
        KeyBinding(.keys([.enter, .escape]), name: KeyName(.enter, help: [.enter, .escape]), help: .nothingHereLineExists,
                   action: KeyBinding.nothing),
    ] + common(footerHelp: true) + [
        KeyBinding(.keys([.control("c")]), name: KeyName(.control("c")), help: .quitNow) { state, _ in
            Wizard.quitEffects(state)
        },
    ]

    /// `s` on the result: the path field.
    static let savePrompt: [KeyBinding] = [
        KeyBinding(.keys([.enter]), name: KeyName(.enter), footer: .save, help: .saveToPath) { state, _ in
            state.saveDetailsToTypedPath()
        },
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .cancel, help: .doNotSave) { state, _ in
            state.result?.save.phase = .idle
            return []
        },
    ] + textEditing(clearInFooter: true) { state, key in
        state.editSavePath(key)
        return []
    } + common(footerHelp: false) + [quitRow(footer: true)]
}

extension WizardState {
    var isSavingDetails: Bool {
        if case .saving = result?.save.phase { return true }
        return false
    }
}
