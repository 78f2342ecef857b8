import SIPLineService
import TerminalUI
import WizardCore

/// How a wizard run ended: the exit status and the one-line summary to leave on the normal screen.
struct WizardRunOutcome {
    var exitCode: Int32
    var summary: String?
}

/// The wizard's runtime: the one thread that owns curses runs the event loop; keys, resizes, ticks and the answers
/// of effects all become `WizardEvent`s for the pure core, and every state is painted as a frame.
enum WizardRuntime {
    static func run(
        context: WizardContext, service: SIPLineService, options: TerminalOptions,
        onCreated: @escaping @Sendable (CreatedLine) -> Void
    ) throws(TerminalUnavailable) -> WizardRunOutcome {
        let terminal = try CursesTerminal.start(options)
        let loop = EventLoop(terminal: terminal)
        let mailbox = Mailbox(waker: loop.wakeHandle())
        let runner = WizardEffectRunner(service: service, mailbox: mailbox, onCreated: onCreated)
        let clock = ContinuousClock()
        let startedAt = clock.now
        var state = WizardState(context: context)
        var outcome: WizardRunOutcome?

        func seconds() -> Double {
            let elapsed = clock.now - startedAt
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        func apply(_ event: WizardEvent) {
            for effect in Wizard.update(&state, event) {
                switch effect {
                case .quit(let exitCode, let summary): outcome = WizardRunOutcome(exitCode: exitCode, summary: summary)
                case .redraw: terminal.forceRedraw()
                default: runner.perform(effect)
                }
            }
        }
        func frame() -> Frame {
            Wizard.render(state, size: terminal.size, capabilities: terminal.capabilities)
        }

        apply(.resized(terminal.size))
        apply(.tick(seconds: seconds()))
        apply(.started)
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
                let effects = Wizard.quitEffects(state)
                for case .quit(let exitCode, let summary) in effects {
                    outcome = WizardRunOutcome(exitCode: exitCode, summary: summary)
                }
            }
            if Wizard.needsTicks(state) { apply(.tick(seconds: seconds())) }
            return outcome == nil ? .paint(frame()) : .stop
        }
        loop.close()
        terminal.stop()
        return outcome ?? WizardRunOutcome(exitCode: 130, summary: nil)
    }
}
