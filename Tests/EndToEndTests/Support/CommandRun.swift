import Foundation
import SandboxPortal

/// Runs the built `sipline` as a child process with a clean environment (HOME and the XDG directories in a private
/// temporary directory), optional stdin bytes, and collects its exit status and output.
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Both streams, for "never appears in any output" checks.
    var allOutput: String { stdout + stderr }
}

final class CommandHome {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("sipline-cmd-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    var configFile: String { file(".config/sipline/config.toml") }
    var historyFile: String { file(".local/state/sipline/history.jsonl") }

    @discardableResult
    func write(_ text: String, to name: String, mode: Int = 0o600) throws -> String {
        let target = name.hasPrefix("/") ? name : file(name)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: target)
        return target
    }

    /// A config file whose default portal "app" is `app` on `sandbox` (OAuth, tokens written back here);
    /// `heading` is a comment line on top.
    @discardableResult
    func writeOAuthConfig(_ app: SandboxOAuth, on sandbox: SandboxServer, heading: String = "") throws -> String {
        try write("""
            \(heading)default = "app"

            [portals.app]
            client_id = "\(app.clientID)"
            client_secret = "\(app.clientSecret)"
            access_token = "\(app.accessToken)"
            refresh_token = "\(app.refreshToken)"
            client_endpoint = "\(sandbox.baseURL)rest/"
            server_endpoint = "\(sandbox.baseURL)"
            """, to: ".config/sipline/config.toml")
    }

    var environment: [String: String] {
        ["HOME": path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb"]
    }

    /// Starts the binary; `stdin` nil means /dev/null.
    func start(_ arguments: [String], webhook: String? = nil, stdin: String? = nil,
               environment extra: [String: String] = [:]) throws -> RunningCommand {
        var environment = self.environment
        if let webhook { environment["SIPLINE_WEBHOOK"] = webhook }
        environment.merge(extra) { $1 }
        return try RunningCommand(arguments: arguments, environment: environment, stdin: stdin)
    }

    func run(_ arguments: [String], webhook: String? = nil, stdin: String? = nil,
             environment extra: [String: String] = [:]) async throws -> CommandRun {
        try await start(arguments, webhook: webhook, stdin: stdin, environment: extra).wait()
    }
}

/// A started child; output goes to files (pipes could fill up and block it while the test waits).
final class RunningCommand {
    let process = Process()
    private let outPath: String
    private let errPath: String

    init(arguments: [String], environment: [String: String], stdin: String?) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sipline-run-\(UUID().uuidString)").path
        outPath = base + ".out"
        errPath = base + ".err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: BuiltProducts.sipline)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        if let stdin {
            let pipe = Pipe()
            process.standardInput = pipe
            try process.run()
            pipe.fileHandleForWriting.write(Data(stdin.utf8))
            try pipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
    }

    var stdoutSoFar: String { (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" }

    func interrupt() { kill(process.processIdentifier, SIGINT) }

    /// Polls with `Task.sleep`: blocking a thread here would starve the in-process sandbox (its actor runs on the
    /// same small cooperative pool) while the child waits for its answer.
    func wait(timeout: Double = 30) async throws -> CommandRun {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
        if process.isRunning {
            process.terminate()
            throw CommandTimeout()
        }
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return CommandRun(status: status,
                          stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                          stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}

struct CommandTimeout: Error {}

extension SandboxServer {
    /// `voximplant.*` calls received (token requests aside).
    func portalCalls() async -> [SandboxRequestRecord] {
        await requests().filter { $0.method.hasPrefix("voximplant.") }
    }
}
