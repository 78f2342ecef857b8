import SIPLineService
import Words

/// The wizard's pure core: `update` turns an event into a new state and effects for the runtime, `render` draws a
/// state at a size. The runtime sends `.started` once, then every key, resize, tick (while `needsTicks`) and the
/// answer to every effect.
public enum Wizard {
    public static func update(_ state: inout WizardState, _ event: WizardEvent) -> [WizardEffect] {
        switch event {
        case .started:
            state.knownLines = .loading
            // Without a portal there is nothing to list until a webhook was checked.
            return state.context.portal == nil ? [] : [.loadKnownLines]
        case .draftFound(let offer):
            state.offer(offer)
            return []
        case .key(let key):
            guard let binding = Keymap.binding(for: key, in: state) else { return [] }
            return binding.action(&state, key)
        case .resized(let size):
            state.size = size
            state.keepCursorsVisible()
            return []
        case .tick(let seconds):
            state.tick(seconds)
            return []
        case .endRequested:
            return quitEffects(state)
        case .knownLinesLoaded(let result):
            state.knownLinesLoaded(result)
            return []
        case .addFinished(let result):
            return addFinished(&state, result)
        case .portalAskedToWait(let note):
            state.portalAskedToWait(note)
            return []
        case .statusPolled(let result):
            return statusPolled(&state, result)
        case .portalChecked(let result):
            return portalChecked(&state, result)
        case .portalSaved(let name, let error):
            state.portalSaved(name: name, error: error)
            return []
        case .detailsSaved(let path, let error):
            state.detailsSaved(path: path, error: error)
            return []
        case .draftWritten(let error):
            state.keptDraft.writeError = error
            return []
        case .historyRecorded(let error):
            state.result?.historyError = error
            return []
        case .serverChecked(let server, let report):
            state.serverChecked(server, report)
            return []
        case .defaultLineSet(let result):
            state.defaultLineSet(result)
            return []
        case .reRegistered(let result):
            return reRegistered(&state, result)
        }
    }

    /// The runtime should send `.tick` events (about 4 a second) while this is true: the spinner and elapsed
    /// seconds of submitting, of the registration watch and of a portal check.
    public static func needsTicks(_ state: WizardState) -> Bool {
        switch state.screen {
        case .submitting: true
        case .result: state.result?.registration.map { !$0.finished } ?? false
        case .portal: state.portal?.phase == .checking
        default: false
        }
    }

    /// The whole screen for a state at a size, in the wizard's language: a header, a rule, the body, a rule and
    /// the footer of the keys that work here.
    public static func render(_ state: WizardState, size: TerminalSize, capabilities: RenderCapabilities) -> Frame {
        Painter(state: state, size: size, glyphs: Glyphs(unicode: capabilities.unicode)).paint()
    }

    /// Leaving the wizard: keeps the draft when there is one worth keeping, then quits for the reason of the run.
    static func quitEffects(_ state: WizardState) -> [WizardEffect] {
        let keep: [WizardEffect] = state.draftToKeep.map { [.saveDraft($0)] } ?? []
        guard !state.createdLines.isEmpty, let portal = state.context.portal else { return keep + [.quit(.cancelled)] }
        return keep + [.quit(.created(state.createdLines, on: portal))]
    }

    /// Ctrl-C outside an overlay: asks first when something typed would be lost.
    static func controlC(_ state: inout WizardState) -> [WizardEffect] {
        if state.hasInput, state.result == nil {
            state.overlay = .quitConfirm
            return []
        }
        return quitEffects(state)
    }
}

extension WizardState {
    mutating func tick(_ seconds: Double) {
        now = seconds
        if screen == .submitting, submit.startedAt == nil { submit.startedAt = seconds }
        if result?.registration != nil, result?.registration?.startedAt == nil { result?.registration?.startedAt = seconds }
        if portal?.phase == .checking, portal?.checkStartedAt == nil { portal?.checkStartedAt = seconds }
    }

    /// Keeps every field's cursor inside its box at the current width.
    mutating func keepCursorsVisible() {
        let layout = Layout(columns: (size ?? .minimum).columns, words: context.words)
        for field in [DraftField.title, .server, .login, .password] {
            var value = form.field(field)
            value.keepCursorVisible(width: layout.fieldBox(for: field).width)
            form.setField(field, value)
        }
        result?.save.path.keepCursorVisible(width: layout.savePathBox.width)
        if var fix = result?.fix {
            for field in RegistrationFix.fields {
                var value = fix.field(field)
                value.keepCursorVisible(width: layout.fieldBox(for: field, among: RegistrationFix.fields).width)
                fix.setField(field, value)
            }
            result?.fix = fix
        }
        portal?.url.keepCursorVisible(width: layout.webhookBox.width)
        portal?.name.keepCursorVisible(width: layout.portalNameBox.width)
    }
}
