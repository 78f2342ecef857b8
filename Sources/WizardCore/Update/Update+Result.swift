import SIPLineService

extension Wizard {
    static func showResult(_ state: inout WizardState, _ line: CreatedLine, note: String?) -> [WizardEffect] {
        state.screen = .result
        state.overlay = .none
        state.createdLine = line
        state.createdNote = note
        state.createdLines.append(line)
        state.revealSecrets = false
        state.save = SaveState()
        state.screenNotices = []
        state.screenNoticesOn = nil
        // The kept draft became this line: nothing is left to offer next time.
        let discard: [WizardEffect] = state.keptDraftOnDisk ? [.discardDraft] : []
        state.keptDraftOnDisk = false
        guard line.type == .cloud, let regID = line.regID else {
            state.registration = nil
            return discard
        }
        state.registration = RegistrationWatch(regID: regID)
        return discard + [.pollStatus(regID: regID, after: RegistrationWatch.interval)]
    }

    static func statusPolled(_ state: inout WizardState, _ result: Result<RegistrationStatus, SIPLineError>) -> [WizardEffect] {
        guard state.screen == .result, var watch = state.registration, !watch.finished else { return [] }
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
            watch.pollError = error.message
            if case .unavailable = error.kind { again = true }
        }
        if again, watch.polls >= RegistrationWatch.maximumPolls {
            again = false
            watch.gaveUp = true
        }
        watch.finished = !again
        state.registration = watch
        return again ? [.pollStatus(regID: watch.regID, after: RegistrationWatch.interval)] : []
    }

    static func resultKey(_ state: inout WizardState, _ key: Key) -> [WizardEffect] {
        if state.save.phase == .asking { return savePromptKey(&state, key) }
        switch key {
        case .character("s"), .character("S"):
            guard let line = state.createdLine else { return [] }
            if case .saving = state.save.phase { return [] }
            let previous: String? = switch state.save.phase {
            case .failed(let path, _): path
            default: nil
            }
            state.save.path = TextField(previous ?? Strings.defaultSavePath(line, directory: state.context.currentDirectory))
            state.save.phase = .asking
            state.keepCursorsVisible()
        case .character("r"), .character("R"):
            if state.hasRevealableSecret { state.revealSecrets.toggle() }
        case .character("n"), .character("N"):
            return startNewLine(&state)
        case .character("q"), .character("Q"):
            return quitEffects(state)
        default:
            break
        }
        return []
    }

    static func savePromptKey(_ state: inout WizardState, _ key: Key) -> [WizardEffect] {
        switch key {
        case .escape:
            state.save.phase = .idle
        case .enter:
            let typed = state.save.path.text.trimmingSpaces
            guard !typed.isEmpty, let line = state.createdLine else { return [] }
            let path = Strings.resolve(path: typed, directory: state.context.currentDirectory)
            state.save.phase = .saving(path: path)
            let contents = DetailsFile.contents(line, registration: state.registration, context: state.context)
            return [.saveDetails(path: path, contents: contents)]
        default:
            _ = state.save.path.handle(key)
            state.keepCursorsVisible()
        }
        return []
    }

    /// `n`: a fresh draft of the same PBX type, and the lines counted again (the new one among them).
    static func startNewLine(_ state: inout WizardState) -> [WizardEffect] {
        var fresh = WizardState(context: state.context)
        fresh.size = state.size
        fresh.now = state.now
        fresh.pbxType = state.createdLine?.type ?? state.pbxType
        fresh.createdLines = state.createdLines
        fresh.startedOnPortal = state.startedOnPortal
        state = fresh
        return [.loadPreflight]
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
