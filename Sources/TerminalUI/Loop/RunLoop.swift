import WizardCore

/// What the loop hands its handler: the terminal's chores (Ctrl-L, suspending) are already done.
public enum LoopEvent: Sendable, Equatable {
    case key(Key)
    /// The terminal changed size, or the process came back from a suspend: repaint at this size.
    case resize(TerminalSize)
    /// Someone called `WakeHandle.wake()`: look at your mailbox.
    case wake
    /// The timeout asked for passed without input.
    case timeout
    /// The process is asked to end or the terminal is gone: nobody is left to answer a question, so save and leave.
    case end(EndReason)
}

/// Why the loop's handler is asked to end.
public enum EndReason: Sendable, Equatable {
    /// SIGINT, SIGTERM or SIGHUP from outside (Ctrl-C itself arrives as a key in raw mode).
    case signal(TerminalSignal)
    /// Standard input is gone (SSH dropped, terminal closed): nothing more will be typed.
    case inputGone
}

/// What the handler wants after one event.
public enum LoopStep {
    /// Paint this frame and keep going.
    case paint(Frame)
    /// Leave the loop.
    case stop
}

extension EventLoop {
    /// A generic loop: hands every event to `handle` and paints what it returns, until it says `.stop`.
    ///
    /// Terminal chores are done here and not passed on: Ctrl-L redraws, Ctrl-Z and an outside SIGTSTP suspend the
    /// process (the handler then gets `.resize` with the size found on return, to repaint). `timeout` is asked before
    /// each wait (e.g. the time to the next timer); `nil` waits for input.
    public func run(
        terminal: CursesTerminal,
        timeout: () -> Double? = { nil },
        _ handle: (LoopEvent) -> LoopStep
    ) {
        while true {
            let input = next(timeout: timeout())
            #if DEBUG
            if input == .key(.function(12)) { CrashTestTrigger.crashIfArmed() }
            #endif
            let event: LoopEvent
            switch input {
            case .key(.control("l")):
                terminal.forceRedraw()
                continue
            case .key(.control("z")), .signal(.suspend):
                terminal.suspend()
                event = .resize(terminal.size)
            case .key(let key): event = .key(key)
            case .resize(let size): event = .resize(size)
            case .wake: event = .wake
            case .timeout: event = .timeout
            case .signal(let signal): event = .end(.signal(signal))
            case .hangup: event = .end(.inputGone)
            }
            switch handle(event) {
            case .paint(let frame): terminal.paint(frame)
            case .stop: return
            }
        }
    }
}
