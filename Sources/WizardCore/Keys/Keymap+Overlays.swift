import Words
extension Keymap {
    static let helpOverlay: [KeyBinding] = [
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .closeHelp, help: .closeHelp) { state, _ in
            state.overlay = .none
            return []
        },
        KeyBinding(.keys([.function(1)]), name: KeyName(.function(1)), footer: .closeHelp, help: .closeHelp) { state, _ in
            state.overlay = .none
            return []
        },
        KeyBinding(.keys([.control("c")]), name: KeyName(.control("c")), help: .quitAsking) { state, _ in
            state.overlay = .none
            return Wizard.controlC(&state)
        },
    ]

    static let quitConfirm: [KeyBinding] = [
        KeyBinding(.keys([.character("y"), .character("Y"), .enter]), name: KeyName(.character("y"), help: [.character("y"), .enter]),
                   footer: .quit, help: .quitNow) { state, _ in Wizard.quitEffects(state) },
        KeyBinding(.keys([.character("n"), .character("N"), .escape]), name: KeyName(.character("n"), help: [.character("n"), .escape]),
                   footer: .stay, help: .stayInWizard) { state, _ in
            state.overlay = .none
            return []
        },
    ]

    static let draftOffer: [KeyBinding] = [
        KeyBinding(.keys([.enter]), name: KeyName(.enter), footer: .continueDraft, help: .continueDraftExplained) { state, _ in
            state.continueOfferedDraft()
        },
        KeyBinding(.keys([.character("n"), .character("N")]), name: KeyName(.character("n")), footer: .startFresh,
                   help: .startFreshExplained) { state, _ in state.startFresh() },
        KeyBinding(.keys([.control("c")]), name: KeyName(.control("c")), footer: .quit, help: .quitKeepingDraft) { state, _ in
            Wizard.quitEffects(state)
        },
    ]

    /// The terminal is smaller than 80×24: only quitting works.
    static let tooSmall: [KeyBinding] = [quitRow(footer: false)]
}
