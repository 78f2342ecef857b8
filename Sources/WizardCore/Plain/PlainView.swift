import SIPLineService
import TextSafety
import Words

/// The wizard as plain line prompts: what to ask now (`prompt`) and what to print since the last time
/// (`transcript`), both read from the same state the full screen paints. Pure, like `Wizard.render`.
public enum PlainView {
    /// Lines are at most this wide (a braille display, a serial console, a narrow SSH client).
    public static let width = 78

    /// The first lines plain mode prints: what this is and how to answer.
    public static func intro(_ words: Words) -> [String] {
        TextLayout.wrap(words(PlainPhrase.intro), width: width)
    }

    /// What to ask now, or nil while the wizard waits for the portal (an add, a check, the lines being counted, a
    /// registration being followed).
    public static func prompt(_ state: WizardState) -> PlainPrompt? {
        let words = state.context.words
        switch state.overlay {
        case .quitConfirm:
            return PlainPrompt(question: words(PlainPhrase.askQuit), echo: .visible,
                               answer: .choice(["y": [.character("y")], "n": [.character("n")]], empty: [.character("n")]),
                               invalid: words(PlainPhrase.answerYesOrNo))
        case .draftOffer:
            return PlainPrompt(question: words(PlainPhrase.askContinueDraft), echo: .visible,
                               answer: .choice(["y": [.enter], "n": [.character("n")]], empty: [.enter]),
                               invalid: words(PlainPhrase.answerYesOrNo))
        case .help, .none:
            break
        }
        switch state.screen {
        case .portal: return portalPrompt(state)
        case .pbxType:
            guard state.knownLines != .loading else { return nil }
            let current = state.form.pbxType == .cloud ? 1 : 2
            return PlainPrompt(question: words(PlainPhrase.askType(current: current)), echo: .visible,
                               answer: .choice(["1": [.character("1"), .enter], "2": [.character("2"), .enter]],
                                               empty: [.enter]),
                               invalid: words(PlainPhrase.answerOneOrTwo))
        case .title, .server, .credentials: return fieldPrompt(state)
        case .review:
            let steps = ["1", "2", "3", "4"].map { ($0, [Key.character(Character($0))]) }
            return PlainPrompt(question: words(PlainPhrase.askCreate), echo: .visible,
                               answer: .choice(Dictionary(uniqueKeysWithValues: steps + [
                                   ("y", [.enter]), ("n", [.control("c")]), ("p", [.character("p")]),
                               ]), empty: [.enter]),
                               invalid: words(PlainPhrase.answerCreate))
        case .submitting: return nil
        case .result: return resultPrompt(state)
        case .outcomeUnknown:
            return PlainPrompt(question: words(PlainPhrase.askAfterUnknown), echo: .visible,
                               answer: .choice(["q": [.character("q")]], empty: [.escape]),
                               invalid: words(PlainPhrase.answerEnterOrQ))
        }
    }

    private static func portalPrompt(_ state: WizardState) -> PlainPrompt? {
        guard let step = state.portal, !step.isWaiting else { return nil }
        let words = state.context.words
        if step.isOffering {
            return PlainPrompt(question: words(PlainPhrase.askPortalName(suggested: step.name.text)), echo: .visible,
                               answer: .field(skip: "-"), invalid: nil)
        }
        let recheck = state.context.portal != nil && step.reason != .noPortal
        return PlainPrompt(question: words(recheck ? PlainPhrase.askWebhookOrRecheck : PlainPhrase.askWebhook),
                           echo: .hidden, answer: .field(skip: nil), invalid: nil)
    }

    private static func fieldPrompt(_ state: WizardState) -> PlainPrompt {
        let words = state.context.words
        let fields = state.screen.fields
        let field = fields[min(state.form.focus, fields.count - 1)]
        let label = words(FormPhrase.label(field))
        let value = state.form.field(field).text
        let question: PlainPhrase
        if field == .password {
            question = value.isEmpty ? .askSecret(label: label) : .askSecretKeeping(label: label)
        } else {
            question = value.isEmpty ? .ask(label: label) : .askKeeping(label: label, current: VisibleText.escape(value))
        }
        return PlainPrompt(question: words(question), echo: field == .password ? .hidden : .visible,
                           answer: .field(skip: nil), invalid: nil)
    }

    private static func resultPrompt(_ state: WizardState) -> PlainPrompt? {
        guard let result = state.result else { return nil }
        let words = state.context.words
        switch result.save.phase {
        case .asking:
            return PlainPrompt(question: words(PlainPhrase.askSavePath(suggested: result.save.path.text)),
                               echo: .visible, answer: .field(skip: "-"), invalid: nil)
        case .saving:
            return nil
        case .idle, .saved, .failed:
            // The registration is followed to its end first: one line per change, then what next.
            if let watch = result.registration, !watch.finished { return nil }
            if result.defaultLine == .setting { return nil }
            if let fix = result.fix { return fixPrompt(fix, words: words) }
            if result.pbxConfig != nil {
                return PlainPrompt(question: words(PlainPhrase.askFormat), echo: .visible,
                                   answer: .choice(["1": [.character("1")], "2": [.character("2")], "3": [.character("3")]],
                                                   empty: [.escape]),
                                   invalid: words(PlainPhrase.answerOneTwoThree))
            }
            return nextStepPrompt(result, words: words)
        }
    }

    /// What next, as numbered choices: the ones this line has (fixing a failed registration, the PBX's
    /// configuration of an office line), then another line and quit (the default).
    private static func nextStepPrompt(_ result: ResultState, words: Words) -> PlainPrompt {
        var steps: [(PlainPhrase, Key)] = [(.stepSave, .character("s")), (.stepDefault, .character("d"))]
        if result.failedRegistration != nil { steps.append((.stepFix, .character("e"))) }
        if result.line.type == .office { steps.append((.stepPBXConfig, .character("c"))) }
        steps += [(.stepNewLine, .character("n")), (.stepQuit, .character("q"))]
        let choices = Dictionary(uniqueKeysWithValues: steps.enumerated().map { (String($0.offset + 1), [$0.element.1]) })
        let preamble = steps.enumerated().map { "  \($0.offset + 1)  " + words($0.element.0) }
        return PlainPrompt(preamble: preamble, question: words(PlainPhrase.askNext(quit: steps.count)), echo: .visible,
                           answer: .choice(choices, empty: [.character("q")]),
                           invalid: words(PlainPhrase.answerFromOneTo(steps.count)))
    }

    /// The registration's fix, one field at a time from the one the failure points at; the password's answer sends.
    private static func fixPrompt(_ fix: RegistrationFix, words: Words) -> PlainPrompt? {
        guard !fix.sending else { return nil }
        let field = fix.focusedField
        let label = words(FormPhrase.label(field))
        let value = fix.field(field).text
        let question: PlainPhrase = switch (field, value.isEmpty) {
        case (.password, true): .askSecret(label: label)
        case (.password, false): .askSecretKeeping(label: label)
        case (_, true): .ask(label: label)
        default: .askKeeping(label: label, current: VisibleText.escape(value))
        }
        return PlainPrompt(question: words(question), echo: field == .password ? .hidden : .visible,
                           answer: .field(skip: "-", then: field == .password ? .enter : .tab), invalid: nil)
    }
}
