import Foundation

/// Runs a command in a detached tmux session on a private socket (`-L`, no user config), for end-to-end checks of
/// the real binaries. Every wait polls `capture-pane` with a deadline; nothing depends on timing to pass.
/// Shared by the terminal front end's tests and the end-to-end tests of sipline.
public final class TmuxSession {
    public static var isAvailable: Bool { run(["tmux", "-V"]).status == 0 }

    /// The package's root folder, for finding built products: `swift test` builds executables before it runs tests.
    public static let packageRoot: URL = {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        return root
    }()

    public static func builtProduct(_ name: String) -> String {
        packageRoot.appendingPathComponent(".build/debug/\(name)").path
    }

    public let socket = "sipline-tui-\(getpid())-\(UUID().uuidString.prefix(8))"
    /// Where a recorded run leaves its exit status and `stty -g` before and after (see `init(recording:)`).
    public let recordDirectory: String

    /// Starts `command` (run by `sh -c` in the pane) in a columns × rows window.
    public init(_ command: String, columns: Int = 80, rows: Int = 24) throws {
        recordDirectory = ""
        let result = tmux(["new-session", "-d", "-s", "t", "-x", "\(columns)", "-y", "\(rows)", command])
        guard result.status == 0 else { throw Failure(message: "tmux new-session failed: \(result.error)") }
    }

    /// Starts `command` so that its end can be examined: `stty -g` is recorded before and after it, its exit status
    /// is kept, and the pane stays open after it ends, so the last screen (e.g. a summary line) can be read.
    public init(recording command: String, columns: Int = 80, rows: Int = 24) throws {
        recordDirectory = NSTemporaryDirectory() + "sipline-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: recordDirectory, withIntermediateDirectories: true)
        let dir = recordDirectory
        let script = "stty -g > \(dir)/stty-before; \(command); echo $? > \(dir)/status.tmp; "
            + "stty -g > \(dir)/stty-after; mv \(dir)/status.tmp \(dir)/status; exec sleep 86400"
        let result = tmux(["new-session", "-d", "-s", "t", "-x", "\(columns)", "-y", "\(rows)", script])
        guard result.status == 0 else { throw Failure(message: "tmux new-session failed: \(result.error)") }
    }

    deinit {
        _ = tmux(["kill-server"])
        if !recordDirectory.isEmpty { try? FileManager.default.removeItem(atPath: recordDirectory) }
    }

    /// The exit status of a recorded command, once it has ended (nil if it did not end within `seconds`).
    public func exitStatus(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: recordDirectory + "/status", encoding: .utf8) {
                return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            usleep(20_000)
        }
        return nil
    }

    /// `stty -g` before and after a recorded command (read after `exitStatus` returned a value).
    public func terminalSettings() -> (before: String, after: String)? {
        guard let before = try? String(contentsOfFile: recordDirectory + "/stty-before", encoding: .utf8),
              let after = try? String(contentsOfFile: recordDirectory + "/stty-after", encoding: .utf8)
        else { return nil }
        return (before, after)
    }

    public func send(_ keys: String...) { _ = tmux(["send-keys", "-t", "t"] + keys) }
    public func type(_ text: String) { _ = tmux(["send-keys", "-t", "t", "-l", text]) }
    /// Raw bytes into the pane, as a terminal would send them (escape sequences included).
    public func sendBytes(_ text: String) {
        _ = tmux(["send-keys", "-t", "t", "-H"] + text.utf8.map { String($0, radix: 16) })
    }
    /// A paste as tmux makes it: bracketed when the program asked for bracketed paste mode (newlines sent as CR).
    public func paste(_ text: String) {
        _ = tmux(["set-buffer", "-b", "sipline-test", "--", text])
        _ = tmux(["paste-buffer", "-p", "-d", "-b", "sipline-test", "-t", "t"])
    }
    public func resize(columns: Int, rows: Int) {
        _ = tmux(["resize-window", "-t", "t", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pane as text; with `escapes`, with SGR sequences (`capture-pane -e`).
    public func capture(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "t"] + (escapes ? ["-e"] : [])).output
    }

    /// A tmux format evaluated for the pane, e.g. `#{cursor_x}`.
    public func format(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", "t", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls until `condition` holds for the captured pane, for at most `seconds`; the last capture either way.
    @discardableResult
    public func wait(seconds: Double = 10, escapes: Bool = false, until condition: (String) -> Bool) -> (Bool, String) {
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
    public func wait(for text: String, seconds: Double = 10) -> (found: Bool, screen: String) {
        let (found, screen) = wait(seconds: seconds) { $0.contains(text) }
        return (found, screen)
    }

    /// The probe's process id, read from its header line.
    public func probeProcessID() -> Int32? {
        let (_, screen) = wait { $0.contains(" pid ") }
        guard let range = screen.range(of: " pid ") else { return nil }
        return Int32(screen[range.upperBound...].prefix { $0.isNumber })
    }

    private func tmux(_ arguments: [String]) -> ProcessResult {
        Self.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    public struct ProcessResult {
        public var status: Int32
        public var output: String
        public var error: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
        public init(message: String) { self.message = message }
    }

    /// Runs a program with a clean signal mask and default dispositions: the test runner's threads block signals,
    /// and `Process` passes that mask on, which would keep SIGWINCH/SIGTERM from tmux and the probe. Output goes
    /// to files rather than pipes, because a tmux server started by `new-session` keeps inherited pipes open.
    public static func run(_ arguments: [String], environment: [String: String]? = nil) -> ProcessResult {
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
        let spawned = CleanSpawn.withAttributes(defaultSignals: CleanSpawn.usualSignals) {
            posix_spawnp(&pid, arguments[0], &actions, &$0, argv, envp)
        }
        guard spawned == 0 else { return ProcessResult(status: -1, output: "", error: "spawn failed: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let error = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return ProcessResult(status: exitStatus, output: output, error: error)
    }
}
