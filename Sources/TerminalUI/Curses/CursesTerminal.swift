@preconcurrency import CNcurses
import WizardCore
import Platform

/// The terminal in curses mode. Not `Sendable`: it lives on the one thread that owns curses, and nothing else may
/// call curses while it exists.
public final class CursesTerminal {
    public let capabilities: RenderCapabilities
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let ttyState: TTYState
    private let painter: FramePainter
    private var lastFrame: Frame?
    private var cursorVisible: Bool?
    private var stopped = false

    /// Puts the terminal into curses mode: raw keys (Ctrl-C and Ctrl-Z arrive as keys, never as signals), no echo,
    /// keypad decoding, a short Escape delay, colours when available and wanted. Nothing is drawn until `paint`.
    public static func start(_ options: TerminalOptions) throws(TerminalUnavailable) -> CursesTerminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, let ttyState = TTYState(descriptor: STDIN_FILENO)
        else { throw TerminalUnavailable(.notATerminal) }
        guard let term = Environment.value("TERM"), !term.isEmpty else { throw TerminalUnavailable(.termNotSet) }
        guard term != "dumb" else { throw TerminalUnavailable(.dumbTerminal) }
        LocaleSetup.apply()
        try checkTerminfo(term)

        guard let screen = newterm(nil, cn_stdout(), cn_stdin()) else { throw TerminalUnavailable(.cursesFailed(term)) }
        _ = set_term(screen)
        guard let window = cn_stdscr() else {
            endwin()
            delscreen(screen)
            ttyState.restore()
            throw TerminalUnavailable(.cursesFailed(term))
        }
        raw()
        noecho()
        keypad(window, true)
        nodelay(window, true)          // the event loop waits in poll(); curses only drains what is there
        intrflush(window, false)
        scrollok(window, false)
        if let delay = options.escDelayMilliseconds {
            set_escdelay(Int32(delay))
        } else if Environment.value("ESCDELAY") == nil {
            set_escdelay(Int32(TerminalOptions.defaultEscDelayMilliseconds))
        }
        // ncurses flushes its output after every cursor movement until the screen has been through endwin() once
        // (after newterm its `_endwin` stays "initial", a state meant for low-level terminfo programs), so each
        // frame would leave in a dozen writes, each a chance for the terminal, tmux or an SSH hop to show half a
        // frame. Leaving and resuming once, before anything is drawn, makes every frame one write.
        endwin()
        doupdate()
        var colors = false
        if has_colors() && !options.noColor && !Environment.noColorRequested && start_color() == OK {
            Palette.installPairs()
            colors = true
        }
        let unicode = LocaleSetup.isUTF8 && !term.hasPrefix("linux")
        CrashRescue.arm(settings: ttyState, reset: TerminalModes.crashReset())
        TerminalModes.enterBracketedPaste()
        return CursesTerminal(
            screen: screen, window: window, ttyState: ttyState,
            capabilities: RenderCapabilities(unicode: unicode, color: colors)
        )
    }

    /// Refuses terminals curses would start on but could not draw a screen with, before anything is sent to them.
    private static func checkTerminfo(_ term: String) throws(TerminalUnavailable) {
        var status: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &status) == OK else { throw TerminalUnavailable(.unknownTerminal(term)) }
        let usable = cn_has_string_capability("cup") != 0 && cn_has_string_capability("clear") != 0
        if let probe = set_curterm(nil) { _ = del_curterm(probe) }
        guard usable else { throw TerminalUnavailable(.unusableTerminal(term)) }
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, ttyState: TTYState,
                 capabilities: RenderCapabilities) {
        self.screen = screen
        self.window = window
        self.ttyState = ttyState
        self.capabilities = capabilities
        self.painter = FramePainter(palette: Palette(colors: capabilities.color))
    }

    deinit { stop() }

    /// The terminal's size as curses knows it (updated by `noteResize`).
    public var size: TerminalSize {
        TerminalSize(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }

    /// How long a lone Escape waits for the rest of a key sequence, as curses applies it.
    public var escDelayMilliseconds: Int { Int(get_escdelay()) }

    /// Paints a frame: every cell into the screen image, then one update that sends only what changed, with the
    /// cursor at the frame's edit point (or hidden).
    public func paint(_ frame: Frame) {
        guard !stopped else { return }
        lastFrame = frame
        painter.paint(frame, into: window)
        let size = self.size
        // curs_set writes at once, outside the frame's one write: the cursor is hidden before a frame is drawn and
        // shown only after it is in place, so it never blinks at the old position while the frame changes.
        if let cursor = frame.cursor, (0..<size.rows).contains(cursor.row), (0..<size.columns).contains(cursor.column) {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            wnoutrefresh(window)
            doupdate()
            setCursorVisible(true)
        } else {
            setCursorVisible(false)
            wnoutrefresh(window)
            doupdate()
        }
    }

    /// Ctrl-L: forget what the terminal shows and draw the last frame in full.
    public func forceRedraw() {
        guard !stopped else { return }
        clearok(cn_curscr(), true)
        if let lastFrame { paint(lastFrame) } else { wrefresh(window) }
    }

    /// Reads the terminal's real size and resizes curses to it; returns the new size. The event loop calls this on
    /// SIGWINCH; a runtime calls it after a suspend too.
    @discardableResult
    public func noteResize() -> TerminalSize {
        guard !stopped else { return size }
        var winsize = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &winsize) == 0, winsize.ws_row > 0, winsize.ws_col > 0 {
            resizeterm(Int32(winsize.ws_row), Int32(winsize.ws_col))
        }
        return size
    }

    /// Ctrl-Z: gives the terminal back as it was, stops the process (as the shell's job control expects), and on
    /// `fg` takes the terminal again and redraws the last frame at the terminal's current size.
    public func suspend() {
        guard !stopped else { return }
        leaveCursesMode()
        let previous = signal(SIGTSTP, SIG_DFL)
        kill(getpid(), SIGTSTP)        // returns after SIGCONT
        signal(SIGTSTP, previous)
        reset_prog_mode()
        TerminalModes.enterBracketedPaste()
        cursorVisible = nil
        noteResize()
        forceRedraw()
    }

    /// Ends curses mode: normal screen back, cursor shown, line settings exactly as before `start`. Idempotent.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        leaveCursesMode()
        CrashRescue.disarm()
        CrashRescue.forget()
        delscreen(screen)
    }

    private func leaveCursesMode() {
        curs_set(1)
        endwin()
        TerminalModes.leaveBracketedPaste()
        fflush(cn_stdout())
        ttyState.restore()
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }

    /// Reads pending input without waiting (the window is in no-delay mode). Used by the event loop.
    func readRawKey() -> RawKey? {
        guard !stopped else { return nil }
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        guard status != ERR else { return nil }
        return RawKey(status: status, value: value)
    }
}
