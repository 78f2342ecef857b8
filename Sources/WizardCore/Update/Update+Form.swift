import Words
import SIPLineService

extension Wizard {
    /// Enter validates the focused field. Errors keep the person here; a warning is shown once and a second Enter
    /// accepts it; notices (e.g. a removed `https://`) never hold anyone up and show again on review.
    static func enterOnField(_ state: inout WizardState) -> [WizardEffect] {
        let fields = state.screen.fields
        let field = fields[min(state.form.focus, fields.count - 1)]
        let issues = DraftValidator.validate(field, of: state.form.draft, knownTitles: state.knownLines.titles)
        state.form.notices[field] = issues.isEmpty ? nil : issues.map(Notice.init)
        let hasError = issues.contains { $0.severity == .error }
        let warnings = issues.filter { $0.severity == .warning }
        if hasError || (!warnings.isEmpty && state.form.shownIssues[field] != issues) {
            state.form.shownIssues[field] = issues
            return []
        }
        state.form.shownIssues[field] = issues
        let effects = field == .server ? state.checkServerInBackground() : []
        if state.form.focus < fields.count - 1 {
            state.form.focus += 1
            return effects
        }
        state.go(to: state.form.returnToReview ? .review : state.screen.next ?? .review)
        return effects
    }
}

extension WizardState {
    /// Leaving the server step with a server that passed the rules: check it from here in the background, unless
    /// that very server was checked already.
    mutating func checkServerInBackground() -> [WizardEffect] {
        let server = DraftValidator.normalized(form.draft).server
        guard serverCheck?.server != server else { return [] }
        serverCheck = ServerCheckState(server: server)
        return [.checkServer(server)]
    }

    /// A check's answer counts only while it is about the server the form still holds.
    mutating func serverChecked(_ server: String, _ report: ServerCheckReport) {
        if serverCheck?.server == server { serverCheck?.report = report }
    }

    mutating func choose(_ type: PBXType) {
        guard type != form.pbxType else { return }
        form.pbxType = type
        if screenNotices.screen == .pbxType { screenNotices = ScreenNotices() }
    }

    /// Tab / Shift-Tab: the next or previous field of this screen, wrapping; never validates.
    mutating func moveFocus(by step: Int) {
        let count = screen.fields.count
        guard count > 0 else { return }
        form.focus = (form.focus + step + count) % count
    }

    /// An editing key for the focused field; an edit clears what was said about the field.
    mutating func editFocusedField(_ key: Key) {
        let fields = screen.fields
        guard !fields.isEmpty else { return }
        let field = fields[min(form.focus, fields.count - 1)]
        var value = form.field(field)
        guard value.handle(key) else { return }
        value.keepCursorVisible(width: Layout(columns: (size ?? .minimum).columns, words: context.words).fieldBox(for: field).width)
        if TextField.isEdit(key) {
            form.notices[field] = nil
            form.shownIssues[field] = nil
            if screenNotices.screen == screen { screenNotices = ScreenNotices() }
        }
        form.setField(field, value)
    }

    /// Opens a screen with its first field focused; values and messages are kept.
    mutating func go(to screen: Screen, focus: Int = 0) {
        if screen == .review { form.returnToReview = false }
        self.screen = screen
        form.focus = focus
        // A continued draft has everything but the password: the credentials open where typing is still needed.
        if screen == .credentials, form.passwordFirst {
            form.passwordFirst = false
            if focus == 0, !form.login.text.isEmpty, form.password.text.isEmpty { form.focus = 1 }
        }
        overlay = .none
        keepCursorsVisible()
    }

    /// 1–4 on review: that step, and Enter on its last field comes back to review.
    mutating func editStep(_ screen: Screen) {
        go(to: screen)
        form.returnToReview = true
    }

    /// The screen and field where `field` is fixed.
    mutating func open(_ field: DraftField) {
        switch field {
        case .type: go(to: .pbxType)
        case .title: go(to: .title)
        case .server: go(to: .server)
        case .login: go(to: .credentials, focus: 0)
        case .password: go(to: .credentials, focus: 1)
        }
        form.returnToReview = true
    }

    mutating func showOnReview(_ notices: [Notice]) {
        go(to: .review)
        screenNotices = ScreenNotices(notices, on: .review)
    }
}
