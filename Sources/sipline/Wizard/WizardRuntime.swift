import Platform
import TerminalUI
import WizardCore
import Words

/// How a wizard run ended: why (the core's reason), a draft that could not be written, and the portal in use at the
/// end (its client is the caller's to shut down; the runtime already shut down any it replaced).
struct WizardRunOutcome {
    var reason: QuitReason
    var draftFailure: AnyPhrase?
    var keptDraft: KeptDraft?
    var portal: WizardPortal?
}

/// Where the wizard begins.
struct WizardStart {
    /// The portal given or configured: the PBX type screen, working on it. Nil: the portal screen, and nothing is
    /// asked of any portal until a webhook passed its check.
    var portal: WizardPortal?
    var currentDirectory: String
    var words: Words
}

/// The wizard's runtime: the one thread that owns curses runs the event loop; keys, resizes, ticks and the answers
/// of effects all become `WizardEvent`s for the pure core, its effects go to the one interpreter, and every state
/// is painted as a frame.
enum WizardRuntime {
    static func run(start: WizardStart, around: WizardEffects.Surroundings,
                    options: TerminalOptions) throws(TerminalUnavailable) -> WizardRunOutcome {
        let terminal = try CursesTerminal.start(options)
        let loop = EventLoop(terminal: terminal)
        defer {
            loop.close()
            terminal.stop()
        }
        let mailbox = Mailbox(waker: loop.wakeHandle())
        let slot = PortalSlot(start.portal)
        let effects = WizardEffects(slot: slot, mailbox: mailbox, around: around)
        let crashDraft = CrashDraft(drafts: around.drafts)
        var state = WizardState(context: WizardContext(portal: start.portal?.shown,
                                                       currentDirectory: start.currentDirectory, words: start.words))
        let clock = ElapsedSeconds()
        func apply(_ event: WizardEvent) {
            for effect in Wizard.update(&state, event) { effects.perform(effect) }
            crashDraft.follow(state.draftToKeep)
        }
        func frame() -> Frame { Wizard.render(state, size: terminal.size, capabilities: terminal.capabilities) }

        apply(.resized(terminal.size))
        apply(.tick(seconds: clock.now))
        if let offer = around.drafts.offer() { apply(.draftFound(offer)) }
        // The first frame needs nothing from the portal ("Counting the lines …"): it goes out before the lines are
        // asked for, so the HTTP client, its event loops and the call do not compete with it for the CPU.
        terminal.paint(frame())
        apply(.started)

        loop.run(terminal: terminal, timeout: { Wizard.needsTicks(state) ? 0.25 : nil }) { event in
            switch event {
            case .key(let key): apply(.key(key))
            case .resize(let size): apply(.resized(size))
            case .wake: mailbox.drain().forEach(apply)
            case .timeout: break
            case .end: apply(.endRequested)
            }
            if Wizard.needsTicks(state) { apply(.tick(seconds: clock.now)) }
            return effects.ended == nil ? .paint(frame()) : .stop
        }
        return WizardRunOutcome(reason: effects.ended ?? .cancelled, draftFailure: effects.draftFailure,
                                keptDraft: effects.keptDraft,
                                portal: slot.current?.portal)
    }
}

/// Monotonic seconds since this value was made, for the core's ticks.
struct ElapsedSeconds {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    init() { start = clock.now }

    var now: Double { (clock.now - start).inSeconds }
}
