import SIPLineService

extension Wizard {
    static func pbxTypeKey(_ state: inout WizardState, _ key: Key) -> [WizardEffect] {
        switch key {
        case .up, .down, .character(" "):
            state.choose(state.pbxType == .cloud ? .office : .cloud)
        case .character("1"):
            state.choose(.cloud)
        case .character("2"):
            state.choose(.office)
        case .enter:
            state.go(to: state.returnToReview ? .review : .title)
        case .escape:
            // When the wizard began on the portal screen, that is the screen before this one.
            if state.startedOnPortal, !state.returnToReview {
                state.openPortal(reason: .change, returnTo: .pbxType)
                return []
            }
            return controlC(&state)
        default:
            break
        }
        return []
    }

    static func formKey(_ state: inout WizardState, _ key: Key) -> [WizardEffect] {
        let fields = state.screen.fields
        let field = fields[min(state.focus, fields.count - 1)]
        switch key {
        case .tab, .down:
            state.focus = (state.focus + 1) % fields.count
        case .backTab, .up:
            state.focus = (state.focus + fields.count - 1) % fields.count
        case .escape:
            state.go(to: state.screen == .credentials ? .server : state.screen == .server ? .title : .pbxType)
        case .enter:
            enterOnField(&state, field)
        case .control("r") where state.screen == .credentials:
            state.showPassword.toggle()
        default:
            var value = state.field(field)
            guard value.handle(key) else { return [] }
            value.keepCursorVisible(width: Layout.fieldWidth(for: field, columns: (state.size ?? .minimum).columns))
            if TextField.isEdit(key) {
                state.fieldNotices[field] = nil
                state.shownIssues[field] = nil
                if state.screenNoticesOn == state.screen { state.screenNotices = [] }
            }
            state.setField(field, value)
        }
        return []
    }

    /// Enter validates the field. Errors keep the person here; a warning is shown once and a second Enter
    /// accepts it; notices (e.g. a removed `https://`) never hold anyone up and show again on review.
    static func enterOnField(_ state: inout WizardState, _ field: DraftField) {
        let issues = DraftValidator.validate(field, of: state.draft, knownTitles: state.knownTitles)
        state.fieldNotices[field] = issues.isEmpty ? nil : issues.map(Notice.init)
        let hasError = issues.contains { $0.severity == .error }
        let warnings = issues.filter { $0.severity == .warning }
        if hasError || (!warnings.isEmpty && state.shownIssues[field] != issues) {
            state.shownIssues[field] = issues
            return
        }
        state.shownIssues[field] = issues
        let fields = state.screen.fields
        if state.focus < fields.count - 1 {
            state.focus += 1
            return
        }
        switch state.screen {
        case .title: state.go(to: state.returnToReview ? .review : .server)
        case .server: state.go(to: state.returnToReview ? .review : .credentials)
        default: state.go(to: .review)
        }
    }
}

extension WizardState {
    mutating func choose(_ type: PBXType) {
        guard type != pbxType else { return }
        pbxType = type
        if screenNoticesOn == .pbxType { screenNotices = [] }
    }

    /// Opens a screen with its first field focused; values and messages are kept.
    mutating func go(to screen: Screen, focus: Int = 0) {
        if screen == .review { returnToReview = false }
        self.screen = screen
        self.focus = focus
        // A continued draft has everything but the password: the credentials open where typing is still needed.
        if screen == .credentials, passwordFirst {
            passwordFirst = false
            if focus == 0, !login.text.isEmpty, password.text.isEmpty { self.focus = 1 }
        }
        overlay = .none
        keepCursorsVisible()
    }
}
