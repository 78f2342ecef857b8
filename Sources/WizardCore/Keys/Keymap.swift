import Words
/// The key table in force for a state: an overlay's own, the too-small screen's, or the screen's. Every key press
/// goes through the first row of that table that matches it and applies; nothing else handles keys.
enum Keymap {
    static func active(for state: WizardState) -> [KeyBinding] {
        switch state.overlay {
        case .help: return helpOverlay
        case .quitConfirm: return quitConfirm
        case .draftOffer: return draftOffer
        case .none: break
        }
        // Too small to see anything: only quitting works, so nothing is changed blindly.
        guard state.fitsTerminal else { return tooSmall }
        return screen(for: state)
    }

    /// The table of the screen itself (what the help overlay lists, even while it is open).
    static func screen(for state: WizardState) -> [KeyBinding] {
        switch state.screen {
        case .portal:
            guard let step = state.portal else { return common(footerHelp: true) }
            if step.isWaiting { return portalWaiting }
            return step.isOffering ? portalOffer : portalEditing
        case .pbxType: return pbxType
        case .title, .server: return form(credentials: false)
        case .credentials: return form(credentials: true)
        case .review: return review
        case .submitting: return submitting
        case .result:
            if state.result?.save.phase == .asking { return savePrompt }
            if state.result?.fix != nil { return registrationFix }
            return state.result?.pbxConfig != nil ? pbxConfig : result
        case .outcomeUnknown: return outcomeUnknown
        }
    }

    /// The rows of the table in force that have a footer label now, with that label.
    static func footer(in state: WizardState) -> [(KeyBinding, KeyPhrase)] {
        reachable(active(for: state), in: state).compactMap { row in row.footer?(state).map { (row, $0) } }
    }

    /// The first row that takes `key` in this state.
    static func binding(for key: Key, in state: WizardState) -> KeyBinding? {
        active(for: state).first { $0.matches(key) && $0.applies(state) }
    }

    // MARK: rows every screen ends with

    /// F1, `?` where no text field has the keyboard (where one has, `?` is typed), Ctrl-L.
    static func common(footerHelp: Bool) -> [KeyBinding] {
        [
            KeyBinding(.keys([.function(1)]), name: KeyName(.function(1)), footer: footerHelp ? .help : nil,
                       help: .helpOverlay) { state, _ in
                state.overlay = .help
                return []
            },
            KeyBinding(.keys([.character("?")]), name: KeyName(.character("?")), help: .helpOverlayToo,
                       when: { !$0.isEditingText }) { state, _ in
                state.overlay = .help
                return []
            },
            KeyBinding(.frontEnd([.control("l")]), name: KeyName(.control("l")), help: .redraw, action: KeyBinding.nothing),
        ]
    }

    /// Ctrl-C: quit, asking first when something was typed.
    static func quitRow(footer: Bool) -> KeyBinding {
        KeyBinding(.keys([.control("c")]), name: KeyName(.control("c")), footer: footer ? .quit : nil,
                   help: .quitAsking) { state, _ in Wizard.controlC(&state) }
    }
}

extension Keymap {
    /// The rows of `table` that apply now and that their keys would reach (an earlier applicable row taking the
    /// same key hides a later one): what the footer and the help show.
    static func reachable(_ table: [KeyBinding], in state: WizardState) -> [KeyBinding] {
        table.enumerated().compactMap { index, row in
            guard row.applies(state) else { return nil }
            if case .keys(let keys) = row.trigger {
                let reached = keys.contains { key in table.firstIndex { $0.matches(key) && $0.applies(state) } == index }
                guard reached else { return nil }
            }
            return row
        }
    }
}
