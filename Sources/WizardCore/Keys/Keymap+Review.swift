import Words
extension Keymap {
    static let review: [KeyBinding] = [
        KeyBinding(.keys([.enter]), name: KeyName(.enter), footer: .create, help: .createOnce) { state, _ in
            Wizard.createLine(&state)
        },
        KeyBinding(.keys([.character("1"), .character("2"), .character("3"), .character("4")]),
                   name: KeyName(.range("1", "4")), footer: .edit, help: .editStep) { state, key in
            let steps: [Character: Screen] = ["1": .pbxType, "2": .title, "3": .server, "4": .credentials]
            if case .character(let digit) = key, let step = steps[digit] { state.editStep(step) }
            return []
        },
        KeyBinding(.keys([.character("p"), .character("P")]), name: KeyName(.character("p")), footer: .portal,
                   help: .changePortal) { state, _ in
            state.openPortal(reason: .change, returnTo: .review)
            return []
        },
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .back, help: .backToCredentials) { state, _ in
            state.go(to: .credentials)
            return []
        },
    ] + common(footerHelp: true) + [quitRow(footer: true)]

    static let submitting: [KeyBinding] = [
        KeyBinding(.keys([.control("c")]), name: KeyName(.control("c")), footer: .stopWaiting, help: .stopWaitingExplained,
                   when: { !$0.submit.stopRequested }) { state, _ in
            state.submit.stopRequested = true
            return [.stopWaiting]
        },
    ] + common(footerHelp: true) + [
        KeyBinding(.anyOtherKey, name: KeyName(.otherKeys), help: .ignoredWhileWaiting, action: KeyBinding.nothing),
    ]

    static let outcomeUnknown: [KeyBinding] = [
        KeyBinding(.keys([.escape]), name: KeyName(.escape), footer: .backToReview, help: .backToReviewCheckFirst) { state, _ in
            state.showOnReview([Notice(.warning, ReviewPhrase.checkBeforeRetry)])
            return []
        },
        KeyBinding(.keys([.character("q"), .character("Q")]), name: KeyName(.character("q")), footer: .quit,
                   help: .quitNow) { state, _ in Wizard.quitEffects(state) },
    ] + common(footerHelp: true) + [quitRow(footer: true)]
}
