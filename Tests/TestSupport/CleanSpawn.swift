import Foundation

/// posix_spawn attributes for a child of a test: an empty signal mask and default dispositions for `signals`.
/// The test runner's threads block signals and `Process` passes that mask on, which would keep SIGTERM (and
/// SIGWINCH, SIGCHLD …) from ever reaching the child.
public enum CleanSpawn {
    /// `newSession`: the child also starts a session of its own (glibc's POSIX_SPAWN_SETSID), so a terminal it
    /// opens becomes its controlling terminal.
    public static func withAttributes<T>(
        defaultSignals signals: [Int32], newSession: Bool = false, _ body: (inout posix_spawnattr_t) throws -> T
    ) rethrows -> T {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in signals { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let setSession: Int32 = 0x80
        posix_spawnattr_setflags(
            &attributes, Int16(Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | (newSession ? setSession : 0)))
        return try body(&attributes)
    }

    /// The signals a test's child should meet with their default action.
    public static let usualSignals = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU]
}
