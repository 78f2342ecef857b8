import Foundation

/// Runs a command in a detached tmux session on a private socket (`-L`, no user config), for end-to-end checks of
/// terminal-probe. Every wait polls `capture-pane` with a deadline; nothing depends on timing to pass.
final class TmuxSession {
    static var isAvailable: Bool { run(["tmux", "-V"]).status == 0 }

    /// The built probe: `swift test` builds executables before it runs tests.
    static let probePath: String = {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        return root.appendingPathComponent(".build/debug/terminal-probe").path
    }()

    /// A clean, UTF-8 environment for the probe, whatever the test runner had.
    static let probeEnvironment = "env -u LC_ALL -u LC_CTYPE -u NO_COLOR -u ESCDELAY LANG=C.UTF-8"

    let socket = "sipline-tui-\(getpid())-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by `sh -c` in the pane) in a columns × rows window.
    init(_ command: String, columns: Int = 80, rows: Int = 24) throws {
        let result = tmux(["new-session", "-d", "-s", "t", "-x", "\(columns)", "-y", "\(rows)", command])
        guard result.status == 0 else { throw Failure(message: "tmux new-session failed: \(result.error)") }
    }

    deinit { _ = tmux(["kill-server"]) }

    func send(_ keys: String...) { _ = tmux(["send-keys", "-t", "t"] + keys) }
    func type(_ text: String) { _ = tmux(["send-keys", "-t", "t", "-l", text]) }
    func resize(columns: Int, rows: Int) {
        _ = tmux(["resize-window", "-t", "t", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pane as text; with `escapes`, with SGR sequences (`capture-pane -e`).
    func capture(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "t"] + (escapes ? ["-e"] : [])).output
    }

    /// A tmux format evaluated for the pane, e.g. `#{cursor_x}`.
    func format(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", "t", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls until `condition` holds for the captured pane, for at most `seconds`; the last capture either way.
    @discardableResult
    func wait(seconds: Double = 10, escapes: Bool = false, until condition: (String) -> Bool) -> (Bool, String) {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = capture(escapes: escapes)
        while !condition(screen) {
            if Date() > deadline { return (false, screen) }
            usleep(20_000)
            screen = capture(escapes: escapes)
        }
        return (true, screen)
    }

    /// Waits for `text` to appear; returns the capture for messages.
    func wait(for text: String, seconds: Double = 10) -> (found: Bool, screen: String) {
        let (found, screen) = wait(seconds: seconds) { $0.contains(text) }
        return (found, screen)
    }

    /// The probe's process id, read from its header line.
    func probeProcessID() -> Int32? {
        let (_, screen) = wait { $0.contains(" pid ") }
        guard let range = screen.range(of: " pid ") else { return nil }
        return Int32(screen[range.upperBound...].prefix { $0.isNumber })
    }

    private func tmux(_ arguments: [String]) -> ProcessResult {
        Self.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    struct ProcessResult {
        var status: Int32
        var output: String
        var error: String
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs a program with a clean signal mask and default dispositions: the test runner's threads block signals,
    /// and `Process` passes that mask on, which would keep SIGWINCH/SIGTERM from tmux and the probe. Output goes
    /// to files rather than pipes, because a tmux server started by `new-session` keeps inherited pipes open.
    static func run(_ arguments: [String], environment: [String: String]? = nil) -> ProcessResult {
        let outputPath = NSTemporaryDirectory() + "sipline-tui-out-\(UUID().uuidString)"
        let errorPath = outputPath + ".err"
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU] {
            sigaddset(&defaults, number)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var merged = ProcessInfo.processInfo.environment
        merged["LANG"] = "C.UTF-8"
        merged["LC_ALL"] = nil
        merged["TMUX"] = nil
        for (key, value) in environment ?? [:] { merged[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { return ProcessResult(status: -1, output: "", error: "spawn failed: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let error = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return ProcessResult(status: exitStatus, output: output, error: error)
    }
}
