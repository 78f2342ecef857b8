import SIPLineService
import Words

extension Wizard {
    static func showResult(_ state: inout WizardState, _ line: CreatedLine, foundAfterCheck: AnyPhrase?) -> [WizardEffect] {
        state.screen = .result
        state.overlay = .none
        state.result = ResultState(line: line, foundAfterCheck: foundAfterCheck)
        state.createdLines.append(line)
        state.screenNotices = ScreenNotices()
        var effects: [WizardEffect] = state.context.portal.map { [.recordCreated(line, on: $0)] } ?? []
        // The kept draft became this line: nothing is left to offer next time.
        if state.keptDraft.onDisk { effects.append(.discardDraft) }
        state.keptDraft.onDisk = false
        if let regID = state.result?.registration?.regID {
            effects.append(.pollStatus(regID: regID, after: RegistrationWatch.interval))
        }
        return effects
    }

    static func statusPolled(_ state: inout WizardState, _ result: Result<RegistrationStatus, SIPLineError>) -> [WizardEffect] {
        guard state.screen == .result, var watch = state.result?.registration, !watch.finished else { return [] }
        var again = false
        switch result {
        case .success(let status):
            guard status.regID == watch.regID else { return [] }
            watch.polls += 1
            watch.latest = status
            watch.pollError = nil
            again = !status.result.isFinal
        case .failure(let error):
            watch.polls += 1
            watch.pollError = error
            if case .unavailable = error.kind { again = true }
        }
        if again, watch.polls >= RegistrationWatch.maximumPolls {
            again = false
            watch.gaveUp = true
        }
        watch.finished = !again
        state.result?.registration = watch
        return again ? [.pollStatus(regID: watch.regID, after: RegistrationWatch.interval)] : []
    }

    /// `n`: a fresh draft of the same PBX type, and the lines counted again (the new one among them).
    static func startNewLine(_ state: inout WizardState) -> [WizardEffect] {
        var fresh = WizardState(context: state.context)
        fresh.size = state.size
        fresh.now = state.now
        fresh.form.pbxType = state.result?.line.type ?? state.form.pbxType
        fresh.createdLines = state.createdLines
        fresh.startedOnPortal = state.startedOnPortal
        state = fresh
        return [.loadKnownLines]
    }
}

extension WizardState {
    /// `s`: the path field, filled with the last path that failed or a file named after the line.
    mutating func askSavePath() {
        guard var result else { return }
        let previous: String? = if case .failed(let path, _) = result.save.phase { path } else { nil }
        result.save.path = TextField(previous ?? SavePath.suggested(for: result.line, in: context.currentDirectory))
        result.save.phase = .asking
        self.result = result
        keepCursorsVisible()
    }

    mutating func editSavePath(_ key: Key) {
        _ = result?.save.path.handle(key)
        keepCursorsVisible()
    }

    /// Enter on the path: the details (secrets included) go to that file, written 0600 by the runtime.
    mutating func saveDetailsToTypedPath() -> [WizardEffect] {
        guard var result else { return [] }
        let typed = result.save.path.text.trimmingSpaces
        guard !typed.isEmpty else { return [] }
        let path = SavePath.resolve(typed, in: context.currentDirectory)
        result.save.phase = .saving(path: path)
        let contents = DetailsFile.contents(result.line, registration: result.registration, portal: context.portal,
                                            words: context.words, format: result.chosenFormat)
        self.result = result
        return [.saveDetails(path: path, contents: contents)]
    }

    mutating func detailsSaved(path: String, error: AnyPhrase?) {
        guard case .saving = result?.save.phase else { return }
        result?.save.phase = error.map { .failed(path: path, reason: $0) } ?? .saved(path: path)
    }
}
