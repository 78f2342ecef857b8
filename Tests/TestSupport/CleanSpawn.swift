import Foundation

/// `posix_spawn` attributes for a child that starts with no blocked signal and the default action for the job
/// control and termination signals: the test runner's threads block signals, and a child would inherit that mask
/// (SIGWINCH, SIGTERM or SIGHUP from tmux or a test would never arrive).
enum CleanSpawn {
    /// Initialised attributes (the caller destroys them); `newSession` also starts a session of its own (glibc's
    /// POSIX_SPAWN_SETSID), so a terminal it opens becomes its controlling terminal.
    static func attributes(newSession: Bool = false) -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU] {
            sigaddset(&defaults, number)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let setSession: Int32 = 0x80
        posix_spawnattr_setflags(
            &attributes, Int16(Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | (newSession ? setSession : 0)))
        return attributes
    }
}
