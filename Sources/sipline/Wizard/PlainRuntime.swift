import TerminalUI
import WizardCore
import Words

/// The wizard as plain line prompts: the same core, update function and effect interpreter as the full screen;
/// only the way it is shown (lines of text, `PlainView`) and answered (whole lines, `LinePrompter`) differ.
enum PlainRuntime {
    struct Options {
        /// Show an office line's generated INCOMING_PASSWORD (`--show-secrets`); the typed password never.
        var revealSecrets = false
        /// UTF-8 locale: "·" and "…" as they are, else ASCII stand-ins.
        var unicode = true
    }

    static func run(start: WizardStart, around: WizardEffects.Surroundings, options: Options) -> WizardRunOutcome {
        let prompter = LinePrompter()
        defer { prompter.close() }
        let mailbox = Mailbox(waker: prompter.wakeHandle())
        let slot = PortalSlot(start.portal)
        let effects = WizardEffects(slot: slot, mailbox: mailbox, around: around)
        var state = WizardState(context: WizardContext(portal: start.portal?.shown,
                                                       currentDirectory: start.currentDirectory, words: start.words))
        var memo = PlainMemo()
        func apply(_ event: WizardEvent) {
            for effect in Wizard.update(&state, event) { effects.perform(effect) }
        }
        func show() {
            prompter.write(PlainView.transcript(state, memo: &memo, revealSecrets: options.revealSecrets,
                                                unicode: options.unicode))
        }

        prompter.write(PlainView.intro(start.words))
        apply(.started)
        if let offer = around.drafts.offer() { apply(.draftFound(offer)) }
        while effects.ended == nil {
            show()
            guard let prompt = PlainView.prompt(state) else {
                // Waiting for the portal: Ctrl-C is "stop waiting" (or quit), as on the full screen.
                switch prompter.wait() {
                case .wake: mailbox.drain().forEach(apply)
                case .interrupt: apply(.key(.control("c")))
                case .end, .endOfInput, .line: apply(.endRequested)
                }
                continue
            }
            switch prompter.ask(prompt.question, preamble: prompt.preamble, hidden: prompt.echo == .hidden) {
            case .line(let answer):
                guard let keys = prompt.keys(for: answer) else {
                    prompter.write([prompt.invalidAnswer])
                    continue
                }
                keys.forEach { apply(.key($0)) }
            case .wake: mailbox.drain().forEach(apply)
            case .endOfInput, .interrupt, .end: apply(.endRequested)
            }
        }
        show()
        prompter.endPendingQuestion()
        return WizardRunOutcome(reason: effects.ended ?? .cancelled, draftFailure: effects.draftFailure,
                                keptDraft: effects.keptDraft,
                                portal: slot.current?.portal)
    }
}
