import Foundation

/// A pseudo-terminal whose master side the test holds, with one child process on its slave side: the test types
/// by writing to the master, reads what the child draws, and can make the terminal go away (close the master).
public final class PseudoTerminal {
    public private(set) var master: Int32
    public let slavePath: String
    public private(set) var pid: pid_t = 0
    public private(set) var output: [UInt8] = []
    private var reaped: Int32?

    /// `controlling`: the child starts a session of its own and the slave becomes its controlling terminal, so
    /// closing the master sends it SIGHUP (as when SSH drops); otherwise it only sees end of input / EIO.
    public init(_ arguments: [String], environment: [String: String], controlling: Bool,
                columns: UInt16 = 80, rows: UInt16 = 24) throws {
        // posix_openpt/ptsname are hidden by the Glibc module; these are their Linux ioctls (asm-generic values).
        let getNumber: UInt = 0x8004_5430      // TIOCGPTN
        let setLock: UInt = 0x4004_5431        // TIOCSPTLCK
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)   // the child must not hold the master too
        guard master >= 0 else { throw TmuxSession.Failure(message: "no /dev/ptmx: \(errno)") }
        var unlocked: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, setLock, &unlocked) == 0, ioctl(master, getNumber, &number) == 0 else {
            close(master)
            throw TmuxSession.Failure(message: "could not unlock the pseudo-terminal")
        }
        slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR | (controlling ? 0 : O_NOCTTY), 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // A new session before the slave is opened makes the slave its controlling terminal.
        let spawned = CleanSpawn.withAttributes(defaultSignals: CleanSpawn.usualSignals, newSession: controlling) {
            posix_spawn(&pid, arguments[0], &actions, &$0, argv, envp)
        }
        guard spawned == 0 else {
            close(master)
            throw TmuxSession.Failure(message: "spawn failed: \(spawned)")
        }
    }

    deinit {
        if master >= 0 { close(master) }
        if reaped == nil, pid > 0 {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
    }

    /// What the child wrote so far, as text (escape sequences included).
    public var text: String { String(decoding: output, as: UTF8.self) }

    /// Reads what is there without waiting.
    public func drain() {
        guard master >= 0 else { return }
        var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while poll(&ready, 1, 0) > 0, ready.revents & Int16(POLLIN) != 0 {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            output += buffer[0..<count]
        }
    }

    /// Polls until the output contains `text`.
    @discardableResult
    public func wait(for text: String, seconds: Double = 30) -> Bool {
        PseudoTerminal.until(seconds: seconds) {
            drain()
            return self.text.contains(text)
        }
    }

    /// Polls until the output contains `text`, sleeping with `Task.sleep`, so that an in-process sandbox keeps
    /// answering the child meanwhile.
    public func shows(_ text: String, seconds: Double = 30) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            if self.text.contains(text) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    /// Types into the terminal (keys as the bytes a terminal sends, e.g. "\r" for Enter).
    public func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// The terminal goes away: the master side is closed.
    public func hangUp() {
        if master >= 0 { close(master) }
        master = -1
    }

    /// CPU seconds (user + system) the child used so far, from /proc.
    public func cpuSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3, utime 14 and stime 15 (1-based over the whole line).
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    public struct Ending {
        /// The exit status, or 128 + the signal that ended the child.
        public var status: Int32
        /// CPU seconds (user + system) of the whole run.
        public var cpuSeconds: Double
    }

    /// Waits for the child to end (nil if it does not within `seconds`; it is then killed).
    public func waitForExit(seconds: Double) -> Ending? {
        var status: Int32 = 0
        var usage = rusage()
        let ended = PseudoTerminal.until(seconds: seconds) { wait4(pid, &status, WNOHANG, &usage) == pid }
        guard ended else { return nil }
        reaped = status
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Ending(status: code, cpuSeconds: cpu)
    }

    @discardableResult
    public static func until(seconds: Double, every interval: useconds_t = 10_000, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline { return false }
            usleep(interval)
        }
        return true
    }
}
