import WizardCore

/// What the runtime wants after handling one input.
public enum LoopStep {
    /// Paint this frame and keep going.
    case paint(Frame)
    /// Nothing to repaint; keep going.
    case keep
    /// Leave the loop.
    case stop
}

extension EventLoop {
    /// A generic loop: hands every input to `handle` and paints what it returns, until it says `.stop`.
    ///
    /// Terminal chores are done here and not passed on: Ctrl-L redraws, Ctrl-Z and an outside SIGTSTP suspend the
    /// process (the handler then gets `.resize` with the size found on return, to repaint). `timeout` is asked before
    /// each wait (e.g. the time to the next timer); `nil` waits for input.
    public func run(
        terminal: CursesTerminal,
        timeout: () -> Double? = { nil },
        _ handle: (TerminalInput) -> LoopStep
    ) {
        while true {
            var input = next(timeout: timeout())
            #if DEBUG
            if input == .key(.function(12)) { CrashTestTrigger.crashIfArmed() }
            #endif
            switch input {
            case .key(.control("l")):
                terminal.forceRedraw()
                continue
            case .key(.control("z")), .signal(.suspend):
                terminal.suspend()
                input = .resize(terminal.size)
            default:
                break
            }
            switch handle(input) {
            case .paint(let frame): terminal.paint(frame)
            case .keep: break
            case .stop: return
            }
        }
    }
}
