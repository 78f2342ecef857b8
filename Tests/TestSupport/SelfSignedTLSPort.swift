import Foundation

/// An https endpoint on loopback with a self-signed certificate (`openssl s_server`): the TLS handshake fails for
/// any client that checks certificates, before a request could be sent.
public final class SelfSignedTLSPort: @unchecked Sendable {
    public let port: Int
    private let process: Process
    private let directory: String

    public static var isAvailable: Bool { TmuxSession.run(["openssl", "version"]).status == 0 }

    public init() throws {
        directory = NSTemporaryDirectory() + "sipline-tls-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let made = TmuxSession.run([
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", directory + "/key.pem",
            "-out", directory + "/cert.pem", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ])
        guard made.status == 0 else { throw TmuxSession.Failure(message: "openssl req failed: \(made.error)") }
        let output = directory + "/server.out"
        FileManager.default.createFile(atPath: output, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "s_server", "-accept", "127.0.0.1:0", "-cert", directory + "/cert.pem",
                             "-key", directory + "/key.pem", "-www"]
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var found: Int?
        let deadline = Date().addingTimeInterval(10)
        while found == nil, Date() < deadline {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("ACCEPT ") }),
               let colon = line.lastIndex(of: ":") {
                found = Int(line[line.index(after: colon)...])
            }
            usleep(20_000)
        }
        guard let found else {
            kill(process.processIdentifier, SIGKILL)
            throw TmuxSession.Failure(message: "openssl s_server did not say its port")
        }
        port = found
    }

    public var webhookURL: String { "https://127.0.0.1:\(port)/rest/1/zz9secretcode77/" }

    deinit {
        // SIGKILL: the test runner's blocked signals are inherited through Process, so SIGTERM would never arrive.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: directory)
    }
}
