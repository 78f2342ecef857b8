import CTerminalRescue
import Platform

/// What a crash leaves behind while curses owns the terminal: the terminal as it was before, and the one file the
/// runtime asked to be written (the draft of what was typed).
///
/// `CursesTerminal` arms the rescue when it starts and disarms it when it stops. On SIGSEGV, SIGBUS, SIGILL, SIGTRAP,
/// SIGABRT or SIGFPE a C handler (only async-signal-safe calls) restores the saved line settings, writes the reset
/// sequence, writes the kept file (temp file, fsync, rename), and then lets the signal end the process. When
/// `SWIFT_BACKTRACE` is set, Swift's backtracer runs afterwards, on a terminal already given back; otherwise the
/// default action, because the backtracer would wait up to 30 s for a key on a terminal.
public enum CrashRescue {
    /// From now on a crash writes `bytes` to `path` atomically (0600, never through a symlink). The bytes are
    /// copied now: the handler may not allocate or encode. The directory must exist.
    public static func keep(_ bytes: [UInt8], at path: String) {
        let temporary = "\(path).crash-\(getpid())"
        _ = bytes.withUnsafeBufferPointer { buffer in
            tr_keep_file(path, temporary, buffer.baseAddress, buffer.count)
        }
    }

    /// A crash writes no file any more (nothing worth keeping, or it was written the ordinary way).
    public static func forget() {
        tr_forget_file()
    }

    /// Whether the handler is installed (curses mode is on).
    public static var isArmed: Bool { tr_is_armed() != 0 }

    static func arm(settings: TTYState, reset: [UInt8]) {
        let chain = !(Environment.value("SWIFT_BACKTRACE") ?? "").isEmpty
        settings.withSavedSettings { saved in
            _ = reset.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) {
                    tr_arm(settings.descriptor, saved, STDOUT_FILENO, $0.baseAddress, $0.count, chain ? 1 : 0)
                }
            }
        }
    }

    static func disarm() {
        tr_disarm()
    }
}
