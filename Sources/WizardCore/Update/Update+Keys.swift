import SIPLineService

extension Wizard {
    static func handleKey(_ state: inout WizardState, _ key: Key) -> [WizardEffect] {
        if key == .control("l") { return [.redraw] }

        switch state.overlay {
        case .quitConfirm:
            switch key {
            case .character("y"), .character("Y"), .enter:
                return quitEffects(state)
            case .character("n"), .character("N"), .escape:
                state.overlay = .none
            default:
                break
            }
            return []
        case .draftOffer:
            return draftOfferKey(&state, key)
        case .help:
            switch key {
            case .escape, .function(1):
                state.overlay = .none
                return []
            case .control("c"):
                state.overlay = .none
                return controlC(&state)
            default:
                return []
            }
        case .none:
            break
        }

        // Too small to see anything: only quitting works, so nothing is changed blindly.
        if !state.fitsTerminal {
            return key == .control("c") ? controlC(&state) : []
        }
        if key == .function(1) {
            state.overlay = .help
            return []
        }
        if key == .character("?"), !state.isEditingText {
            state.overlay = .help
            return []
        }
        if key == .control("c") { return controlC(&state) }

        switch state.screen {
        case .portal: return portalKey(&state, key)
        case .pbxType: return pbxTypeKey(&state, key)
        case .title, .server, .credentials: return formKey(&state, key)
        case .review: return reviewKey(&state, key)
        case .submitting: return []
        case .result: return resultKey(&state, key)
        case .outcomeUnknown: return outcomeUnknownKey(&state, key)
        }
    }

    static func controlC(_ state: inout WizardState) -> [WizardEffect] {
        switch state.screen {
        case .submitting:
            guard !state.stopRequested else { return [] }
            state.stopRequested = true
            return [.stopWaiting]
        case .result:
            return quitEffects(state)
        default:
            if state.hasInput {
                state.overlay = .quitConfirm
                return []
            }
            return quitEffects(state)
        }
    }
}

extension WizardState {
    /// A text field has the keyboard: `?` is typed, not help.
    var isEditingText: Bool {
        switch screen {
        case .title, .server, .credentials: true
        case .result: save.phase == .asking
        case .portal:
            switch portal?.phase {
            case .checking, .saving, nil: false
            default: true
            }
        default: false
        }
    }
}
