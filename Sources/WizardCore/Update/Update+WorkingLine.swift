import SIPLineService
import Words

/// Taking a created line from "exists" to "works": the default outgoing line (`d`), a failed registration fixed in
/// place (`e`), the office PBX's configuration (`c`).
extension WizardState {
    mutating func makeDefault() -> [WizardEffect] {
        guard let line = result?.line, result?.defaultLine != .setting else { return [] }
        result?.defaultLine = .setting
        return [.makeDefault(line)]
    }

    mutating func defaultLineSet(_ answer: Result<DefaultLineChange, SIPLineError>) {
        guard result?.defaultLine == .setting else { return }
        result?.defaultLine = switch answer {
        case .success(let change): .done(change)
        case .failure(let error): .failed(error)
        }
    }

    // MARK: the registration fixed in place

    mutating func openRegistrationFix() {
        guard var result, let advice = result.failedRegistration else { return }
        result.fix = RegistrationFix(line: result.line, focusing: advice.field)
        self.result = result
        keepCursorsVisible()
    }

    mutating func moveFixFocus(by step: Int) {
        guard var fix = result?.fix else { return }
        fix.focus = (fix.focus + step + RegistrationFix.fields.count) % RegistrationFix.fields.count
        result?.fix = fix
    }

    mutating func editFix(_ key: Key) {
        guard var fix = result?.fix, !fix.sending else { return }
        let field = fix.focusedField
        var value = fix.field(field)
        guard value.handle(key) else { return }
        if TextField.isEdit(key) {
            fix.notices[field] = nil
            fix.refusal = nil
        }
        fix.setField(field, value)
        result?.fix = fix
        keepCursorsVisible()
    }

    /// Enter: the three fields checked by the form's rules; with an error the first field to fix is focused,
    /// otherwise the update is sent once.
    mutating func sendRegistrationFix() -> [WizardEffect] {
        guard var fix = result?.fix, let line = result?.line, !fix.sending else { return [] }
        let draft = fix.draft(of: line)
        let issues = RegistrationFix.fields.flatMap { DraftValidator.validate($0, of: draft) }
        for field in RegistrationFix.fields {
            let own = issues.filter { $0.field == field }
            fix.notices[field] = own.isEmpty ? nil : own.map(Notice.init)
        }
        if let first = issues.first(where: { $0.severity == .error }) {
            fix.focus = RegistrationFix.fields.firstIndex(of: first.field) ?? fix.focus
            result?.fix = fix
            return []
        }
        fix.sending = true
        fix.refusal = nil
        result?.fix = fix
        let sent = DraftValidator.normalized(draft)
        return [.reRegister(configID: line.configID, server: sent.server, login: sent.login, password: sent.password)]
    }

    mutating func cancelRegistrationFix() {
        guard result?.fix?.sending == false else { return }
        result?.fix = nil
    }
}

extension Wizard {
    /// The update's answer: the line shows its new values and its registration is followed anew; a refusal stays
    /// on the form.
    static func reRegistered(_ state: inout WizardState, _ answer: Result<Void, SIPLineError>) -> [WizardEffect] {
        guard var result = state.result, var fix = result.fix, fix.sending else { return [] }
        fix.sending = false
        switch answer {
        case .failure(let error):
            if case .invalidDraft(let issues) = error.kind {
                for field in RegistrationFix.fields {
                    let own = issues.filter { $0.field == field }
                    fix.notices[field] = own.isEmpty ? nil : own.map(Notice.init)
                }
            }
            fix.refusal = Notice(.error, ResultPhrase.fixRefused(PortalPhrase.refusal(error)))
            result.fix = fix
            state.result = result
            return []
        case .success:
            let sent = DraftValidator.normalized(fix.draft(of: result.line))
            var changed = ["PASSWORD"]
            if sent.server != result.line.server { changed.append("SERVER") }
            if sent.login != result.line.login { changed.append("LOGIN") }
            result.line.change(server: sent.server, login: sent.login)
            result.fix = nil
            result.registration = result.line.regID.map(RegistrationWatch.init)
            state.result = result
            var effects: [WizardEffect] = state.context.portal.map {
                [.recordUpdated(result.line, changed: changed.sorted(), on: $0)]
            } ?? []
            if let regID = result.line.regID { effects.append(.pollStatus(regID: regID, after: RegistrationWatch.interval)) }
            return effects
        }
    }
}

extension WizardState {
    // MARK: the office PBX's configuration

    mutating func openPBXConfig() {
        guard result?.line.type == .office else { return }
        let format = result?.chosenFormat ?? .asteriskPJSIP
        result?.pbxConfig = PBXConfigView(format: format)
        result?.chosenFormat = format
    }

    mutating func choosePBXFormat(_ format: PBXConfigFormat) {
        result?.pbxConfig = PBXConfigView(format: format)
        result?.chosenFormat = format
    }

    mutating func scrollPBXConfig(by rows: Int) {
        guard var view = result?.pbxConfig else { return }
        view.scroll = max(0, view.scroll + rows)
        result?.pbxConfig = view
    }

    mutating func closePBXConfig() {
        result?.pbxConfig = nil
    }
}

extension PortalPhrase {
    /// A refusal in the words that say what fixes it: the portal screen's diagnosis for the webhook's own problems
    /// (a missing right, a scope, a revoked webhook), the service's words for anything else.
    static func refusal(_ error: SIPLineError) -> AnyPhrase {
        switch error.kind {
        case .authentication, .missingScope, .missingRight, .wrongAuthType: AnyPhrase(PortalProblem(error).phrase)
        default: AnyPhrase(error.phrase)
        }
    }
}
