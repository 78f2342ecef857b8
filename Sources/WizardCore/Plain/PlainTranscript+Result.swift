import SIPLineService
import TextSafety
import Words

extension PlainWriter {
    /// The created line: its values (the typed password never shown; an office line's generated one only with
    /// `--show-secrets`), what else the portal returned, and the registration heading.
    mutating func result() {
        guard let result = state.result else { return }
        let line = result.line
        if line.type == .office {
            write(Notice(.success, ResultPhrase.officeCreated(title: line.title)))
            write(ResultPhrase.enterOnYourPBX)
            fields([.incomingServer, .incomingLogin, .incomingPassword], of: line)
            write(ResultPhrase.yourPBX(configID: line.configID, server: line.server, login: line.login))
        } else {
            write(Notice(.success, ResultPhrase.cloudCreated(title: line.title)))
            fields([.configID, .type, .regID, .server, .login, .password], of: line)
        }
        let more = LineField.allCases.filter { $0.place(onResultOf: line.type) == .more }.compactMap { field in
            line.value(of: field).flatMap { $0.isEmpty || field.isDefault($0) ? nil : (field, $0) }
        }
        for (field, value) in more { pair(field.key, shown(field, value), labelWidth: 24) }
        for (key, value) in line.otherFields where !value.isEmpty {
            pair(key, LineField.isSecretKey(key) ? say(PlainPhrase.hidden) : value.shown, labelWidth: 24)
        }
        if let reason = result.foundAfterCheck { write(Notice(.info, ResultPhrase.foundAfterCheck(reason: reason))) }
        if line.type == .cloud {
            write(result.registration == nil ? say(ResultPhrase.noRegID)
                : say(ResultPhrase.registrationAt(server: line.server)))
        }
    }

    private mutating func fields(_ fields: [LineField], of line: CreatedLine) {
        let labels = fields.map { $0.label.map(say) ?? $0.key }
        let width = labels.map { DisplayWidth.of($0) }.max() ?? 0
        for (field, label) in zip(fields, labels) {
            guard let value = line.value(of: field) else { continue }
            pair(label, shown(field, value), labelWidth: width)
        }
    }

    private func shown(_ field: LineField, _ value: LineValue) -> String {
        guard field.isSecret, !value.isEmpty else { return value.shown }
        return field == .incomingPassword && revealSecrets ? value.shown : say(PlainPhrase.hidden)
    }

    /// One line for a change of the registration (a new status, an error, the end of polling).
    mutating func registrationChange(_ watch: RegistrationWatch) {
        if let status = watch.latest, status.result == .success {
            let code = status.statusCode == 200 || status.statusCode == nil ? "200 OK" : String(status.statusCode!)
            write(PlainPhrase.registration(AnyPhrase(ResultPhrase.registered(code: code))))
            return
        }
        if let advice = state.result?.failedRegistration {
            write(Notice(.error, advice.phrase))
            if let message = advice.providerMessage {
                write(say(RegistrationPhrase.providerSaid(message: message)), indent: 2)
            }
            return
        }
        if let error = watch.pollError {
            write(Notice(.warning, watch.finished ? ResultPhrase.couldNotAsk(AnyPhrase(error.phrase), regID: watch.regID)
                : ResultPhrase.couldNotAskRetrying(AnyPhrase(error.phrase))))
            return
        }
        guard !watch.finished, let status = watch.latest else { return }
        write(say(PlainPhrase.registration(AnyPhrase(status.result == .wait ? ResultPhrase.waiting
            : ResultPhrase.inProgress))) + " " + glyphs.ellipsis)
    }
}

extension PlainWriter {
    /// Everything that appeared since `memo`: counted lines, messages under the fields and on the screen, the
    /// registration, saving, the history and the draft file. The order is the order a person reads them in.
    mutating func news(_ memo: inout PlainMemo) {
        knownLinesNews(&memo)
        formNews(&memo)
        registrationNews(&memo)
        saveNews(&memo)
        serverCheckNews(&memo)
        defaultLineNews(&memo)
        fixNews(&memo)
        if state.keptDraft.writeError != memo.draftError {
            memo.draftError = state.keptDraft.writeError
            if let error = memo.draftError { write(Notice(.warning, SummaryPhrase.draftNotKept(error))) }
        }
    }

    private mutating func knownLinesNews(_ memo: inout PlainMemo) {
        guard state.screen == .pbxType, state.overlay == .none, !memo.knownLinesShown, state.knownLines != .loading
        else { return }
        memo.knownLinesShown = true
        switch state.knownLines {
        case .loaded(let known):
            write(FormPhrase.linesSeen(total: known.lines.count, cloud: known.cloudCount, office: known.officeCount))
        case .failed(let error): write(Notice(.warning, FormPhrase.linesNotListed(AnyPhrase(error.phrase))))
        case .loading: break
        }
    }

    private mutating func formNews(_ memo: inout PlainMemo) {
        for field in state.screen.fields where state.form.notices[field] != memo.fieldNotices[field] {
            memo.fieldNotices[field] = state.form.notices[field]
            write(state.form.notices[field] ?? [])
            if state.form.awaitsWarningAcceptance(field) { write(FormPhrase.warningAccept, indent: 2) }
        }
        if state.screenNotices != memo.screenNotices {
            memo.screenNotices = state.screenNotices
            write(state.screenNotices.on(state.screen))
        }
    }

    /// The registration followed line by line, and the waits the portal asks for while the line is created.
    private mutating func registrationNews(_ memo: inout PlainMemo) {
        if let watch = state.result?.registration, watch.polls != memo.registration?.polls || watch.finished != memo.registration?.finished {
            let changed = watch.latest != memo.registration?.latest || watch.pollError != memo.registration?.pollError
                || watch.finished != memo.registration?.finished
            memo.registration = watch
            if changed { registrationChange(watch) }
        }
        if state.screen == .submitting, let note = state.submit.portalWait, note != memo.portalWait {
            memo.portalWait = note
            write(Notice(.info, ReviewPhrase.portalAskedToWait(note: note)))
        }
    }

    /// Saving the details file and writing the history.
    private mutating func saveNews(_ memo: inout PlainMemo) {
        if let phase = state.result?.save.phase, phase != memo.savePhase {
            memo.savePhase = phase
            switch phase {
            case .idle, .asking: break
            case .saving(let path): write(Notice(.info, ResultPhrase.saving(path: path)))
            case .saved(let path): write(Notice(.success, ResultPhrase.saved(path: path)))
            case .failed(let path, let reason): write(Notice(.error, ResultPhrase.saveFailed(path: path, reason: reason)))
            }
        }
        if let error = state.result?.historyError, error != memo.historyError {
            memo.historyError = error
            write(Notice(.warning, ResultPhrase.historyNotWritten(error)))
        }
    }

    /// The server check answers while the person types on: its warning is said once, wherever they are.
    private mutating func serverCheckNews(_ memo: inout PlainMemo) {
        guard let check = state.serverCheck, let report = check.report, report != memo.serverCheck,
              check.isAbout(state.form), state.screen != .review else { return }
        memo.serverCheck = report
        if let warning = check.warning { write(warning) }
    }

    private mutating func defaultLineNews(_ memo: inout PlainMemo) {
        guard let step = state.result?.defaultLine, step != memo.defaultLine else { return }
        memo.defaultLine = step
        switch step {
        case .idle: break
        case .setting: write(Notice(.info, ResultPhrase.settingDefault))
        case .done(let change): write(Notice(change.outcome == .notTaken ? .warning : .success, change.phrase))
        case .failed(let error): write(Notice(.error, ResultPhrase.defaultRefused(PortalPhrase.refusal(error))))
        }
    }

    /// The messages of the in-place fix of a failed registration.
    private mutating func fixNews(_ memo: inout PlainMemo) {
        guard let fix = state.result?.fix else { return }
        for field in RegistrationFix.fields where fix.notices[field] != memo.fieldNotices[field] {
            memo.fieldNotices[field] = fix.notices[field]
            write(fix.notices[field] ?? [])
        }
        if fix.refusal != memo.fixRefusal {
            memo.fixRefusal = fix.refusal
            if let refusal = fix.refusal { write(refusal) }
        }
    }
}
