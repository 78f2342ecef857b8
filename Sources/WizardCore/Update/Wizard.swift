import SIPLineService

/// The wizard's pure core: `update` turns an event into a new state and effects for the runtime, `render` draws a
/// state at a size. The runtime sends `.started` once, then every key, resize, tick (while `needsTicks`) and the
/// answer to every effect.
public enum Wizard {
    public static func update(_ state: inout WizardState, _ event: WizardEvent) -> [WizardEffect] {
        switch event {
        case .started:
            state.preflight = .loading
            // Without a portal there is nothing to list until a webhook was checked.
            return state.hasPortal ? [.loadPreflight] : []
        case .draftFound(let offer):
            return draftFound(&state, offer)
        case .key(let key):
            return handleKey(&state, key)
        case .resized(let size):
            state.size = size
            state.keepCursorsVisible()
            return []
        case .tick(let seconds):
            state.now = seconds
            if state.screen == .submitting, state.submitStartedAt == nil { state.submitStartedAt = seconds }
            if state.registration != nil, state.registration?.startedAt == nil { state.registration?.startedAt = seconds }
            if state.portal?.phase == .checking, state.portal?.checkStartedAt == nil { state.portal?.checkStartedAt = seconds }
            return []
        case .preflightLoaded(let result):
            switch result {
            case .success(let preflight): state.preflight = .loaded(preflight)
            case .failure(let error): state.preflight = .failed(error.message)
            }
            return []
        case .addFinished(let result):
            return addFinished(&state, result)
        case .statusPolled(let result):
            return statusPolled(&state, result)
        case .portalChecked(let result):
            return portalChecked(&state, result)
        case .portalSaved(let name, let error):
            return portalSaved(&state, name: name, error: error)
        case .detailsSaved(let path, let error):
            guard case .saving = state.save.phase else { return [] }
            state.save.phase = error.map { .failed(path: path, reason: $0) } ?? .saved(path: path)
            return []
        }
    }

    /// The runtime should send `.tick` events (about 4 a second) while this is true: the spinner and elapsed
    /// seconds of submitting and of the registration watch.
    public static func needsTicks(_ state: WizardState) -> Bool {
        switch state.screen {
        case .submitting: true
        case .result: state.registration.map { !$0.finished } ?? false
        case .portal: state.portal?.phase == .checking
        default: false
        }
    }

    /// Leaving the wizard (also the runtime's path for signals and a lost terminal): keeps the draft when there is
    /// one worth keeping, then quits with the status of the run.
    public static func quitEffects(_ state: WizardState) -> [WizardEffect] {
        let created = state.createdLines
        let keep: [WizardEffect] = state.draftToKeep.map { [.saveDraft($0)] } ?? []
        return keep + [.quit(exitCode: created.isEmpty ? 130 : 0,
                      summary: created.isEmpty ? nil : Strings.summary(created, context: state.context))]
    }
}

extension WizardState {
    mutating func keepCursorsVisible() {
        let columns = (size ?? .minimum).columns
        for field in [DraftField.title, .server, .login, .password] {
            var value = self.field(field)
            value.keepCursorVisible(width: Layout.fieldWidth(for: field, columns: columns))
            setField(field, value)
        }
        save.path.keepCursorVisible(width: Layout.savePathWidth(columns: columns))
        if var step = portal {
            step.url.keepCursorVisible(width: Layout.webhookFieldWidth(columns: columns))
            step.name.keepCursorVisible(width: Layout.portalNameWidth(columns: columns))
            portal = step
        }
    }
}
