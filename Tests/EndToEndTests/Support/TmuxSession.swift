import Foundation
import Testing

/// Drives a real program in a private tmux server (80×24 by default), as a person at a terminal would:
/// send keys, read the screen, resize. Every read polls with a deadline (ncurses-from-swift.md §2).
final class TmuxSession {
    let socket: String
    let directory: URL
    private(set) var isRunning = true

    /// Starts `command` (a shell command line) in a new pane. The pane stays after the program ends so its last
    /// screen and exit status can be read; `stty -g` is recorded before and after the program into `directory`.
    init(command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        socket = "sipline-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = directory.appendingPathComponent("tmux.conf")
        try "set -g remain-on-exit on\nset -g status off\nset -g history-limit 0\n".write(to: config, atomically: true, encoding: .utf8)
        let exports = environment.map { "export \($0.key)=\(Self.shellQuote($0.value));" }.joined(separator: " ")
        let dir = directory.path
        let script = """
            \(exports) stty -g > \(dir)/stty-before; \(command); echo $? > \(dir)/status; stty -g > \(dir)/stty-after
            """
        try Self.tmux(["-L", socket, "-f", config.path, "new-session", "-d", "-s", "t",
                       "-x", String(columns), "-y", String(rows), "sh -c \(Self.shellQuote(script))"])
    }

    deinit { kill() }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Key names as tmux knows them: "Enter", "Tab", "BTab", "Escape", "C-c", "Up", "F1", "BSpace"…
    func press(_ keys: String...) throws {
        for key in keys { try Self.tmux(["-L", socket, "send-keys", "-t", "t", key]) }
    }

    /// Literal text, any Unicode (tmux `send-keys -l`).
    func type(_ text: String) throws {
        try Self.tmux(["-L", socket, "send-keys", "-t", "t", "-l", text])
    }

    func screen(colors: Bool = false) throws -> String {
        var arguments = ["-L", socket, "capture-pane", "-p", "-t", "t"]
        if colors { arguments.append("-e") }
        return try Self.tmux(arguments)
    }

    /// Waits until the screen contains `text`; returns that screen. Fails with the last screen in the message.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil("screen to contain \"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
                   _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("timed out after \(timeout) s waiting for \(what). Screen:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxError.timeout(what)
    }

    func resize(columns: Int, rows: Int) throws {
        try Self.tmux(["-L", socket, "resize-window", "-t", "t", "-x", String(columns), "-y", String(rows)])
    }

    /// The program's exit status once it has ended (waits for it).
    func exitStatus(timeout: Double = 15) throws -> Int32 {
        let file = directory.appendingPathComponent("status")
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: file, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                // stty-after is written right after the status.
                Thread.sleep(forTimeInterval: 0.05)
                return status
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TmuxError.timeout("the program to exit")
    }

    /// `stty -g` from before the program started and after it ended.
    func terminalSettings() throws -> (before: String, after: String) {
        let before = try String(contentsOf: directory.appendingPathComponent("stty-before"), encoding: .utf8)
        let after = try String(contentsOf: directory.appendingPathComponent("stty-after"), encoding: .utf8)
        return (before, after)
    }

    func kill() {
        guard isRunning else { return }
        isRunning = false
        _ = try? Self.tmux(["-L", socket, "kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw TmuxError.failed(arguments.joined(separator: " "), text) }
        return text
    }

    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case timeout(String)
    case failed(String, String)

    var description: String {
        switch self {
        case .timeout(let what): return "timed out waiting for \(what)"
        case .failed(let command, let output): return "tmux \(command) failed: \(output)"
        }
    }
}

/// Where the package's built binaries are: `swift test` builds the executables before it runs the tests.
enum BuiltProducts {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static var sipline: String { packageRoot.appendingPathComponent(".build/debug/sipline").path }
}
