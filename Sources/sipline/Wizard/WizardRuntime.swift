import Bitrix24REST
import PortalConfig
import SIPLineService
import TerminalUI
import WizardCore

/// How a wizard run ended: the exit status, the one-line summary to leave on the normal screen, and the portal in
/// use at the end (its client is the caller's to shut down; the runtime already shut down any it replaced).
struct WizardRunOutcome {
    var exitCode: Int32
    var summary: String?
    var portal: WizardPortal?
}

/// Where the wizard begins.
enum WizardStart: Sendable {
    /// A portal was given or configured: the PBX type screen, working on it.
    case portal(WizardPortal, currentDirectory: String)
    /// No portal: the portal screen, and nothing is asked of any portal until a webhook passed its check.
    case portalScreen(currentDirectory: String)
}

/// The wizard's runtime: the one thread that owns curses runs the event loop; keys, resizes, ticks and the answers
/// of effects all become `WizardEvent`s for the pure core, and every state is painted as a frame.
enum WizardRuntime {
    static func run(
        start: WizardStart, connect: @escaping WizardPortalConnector, savePortal: @escaping WizardPortalSaver,
        options: TerminalOptions, drafts: WizardDrafts,
        onCreated: @escaping @Sendable (CreatedLine, _ on: WizardPortal) -> Void
    ) throws(TerminalUnavailable) -> WizardRunOutcome {
        let terminal = try CursesTerminal.start(options)
        let loop = EventLoop(terminal: terminal)
        let mailbox = Mailbox(waker: loop.wakeHandle())
        let crashDraft = CrashDraft(store: drafts.store)
        var state: WizardState
        let initialPortal: WizardPortal?
        switch start {
        case .portal(let portal, let directory):
            initialPortal = portal
            state = WizardState(context: WizardContext(
                portalHost: portal.host, redactedWebhook: portal.redactedWebhook, isSandbox: portal.isSandbox,
                currentDirectory: directory))
        case .portalScreen(let directory):
            initialPortal = nil
            state = WizardState(noPortalIn: directory)
        }
        let runner = WizardEffectRunner(
            portal: initialPortal, mailbox: mailbox, connect: connect, savePortal: savePortal, onCreated: onCreated)
        let clock = ContinuousClock()
        let startedAt = clock.now
        var outcome: WizardRunOutcome?

        func seconds() -> Double {
            let elapsed = clock.now - startedAt
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        func apply(_ event: WizardEvent) {
            for effect in Wizard.update(&state, event) where !drafts.perform(effect) {
                switch effect {
                case .quit(let exitCode, let summary): outcome = WizardRunOutcome(exitCode: exitCode, summary: summary)
                case .redraw: terminal.forceRedraw()
                default: runner.perform(effect)
                }
            }
            crashDraft.follow(state.draftToKeep)
        }
        func frame() -> Frame {
            Wizard.render(state, size: terminal.size, capabilities: terminal.capabilities)
        }

        apply(.resized(terminal.size))
        apply(.tick(seconds: seconds()))
        apply(.started)
        if let offer = drafts.offer() { apply(.draftFound(offer)) }
        terminal.paint(frame())

        loop.run(terminal: terminal, timeout: { Wizard.needsTicks(state) ? 0.25 : nil }) { input in
            switch input {
            case .key(let key): apply(.key(key))
            case .resize(let size): apply(.resized(size))
            case .wake: mailbox.drain().forEach(apply)
            case .timeout: break
            case .signal(.suspend): break
            case .signal(.interrupt), .signal(.terminate), .signal(.hangup), .hangup:
                // Nobody is left to confirm a quit: leave now, with the status the wizard would give.
                // The draft is written here too: a dropped SSH session must not lose the form.
                for effect in Wizard.quitEffects(state) where !drafts.perform(effect) {
                    if case .quit(let exitCode, let summary) = effect {
                        outcome = WizardRunOutcome(exitCode: exitCode, summary: summary)
                    }
                }
            }
            if Wizard.needsTicks(state) { apply(.tick(seconds: seconds())) }
            return outcome == nil ? .paint(frame()) : .stop
        }
        loop.close()
        terminal.stop()
        var ended = outcome ?? WizardRunOutcome(exitCode: 130, summary: nil)
        ended.portal = runner.currentPortal
        return ended
    }
}
