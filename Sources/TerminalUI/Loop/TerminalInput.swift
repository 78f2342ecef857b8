import WizardCore

/// What reaches the UI thread, one at a time.
public enum TerminalInput: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size (curses already follows it); repaint at this size.
    case resize(TerminalSize)
    /// Someone called `WakeHandle.wake()` (an effect finished, a timer fired): look at your mailbox.
    /// Several wakes before the loop looks collapse into one.
    case wake
    /// `next(timeout:)` waited the whole timeout.
    case timeout
    /// A signal asked the process to stop or pause; see `TerminalSignal`.
    case signal(TerminalSignal)
    /// Standard input is gone (SSH dropped, terminal closed): nothing more will be typed. Save and exit.
    case hangup
}

public enum TerminalSignal: Hashable, Sendable {
    /// SIGINT sent from outside (Ctrl-C itself arrives as `.key(.control("c"))` in raw mode).
    case interrupt
    /// SIGTERM.
    case terminate
    /// SIGHUP: the controlling terminal went away.
    case hangup
    /// SIGTSTP sent from outside: call `CursesTerminal.suspend()`.
    case suspend
}
