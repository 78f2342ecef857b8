import Bitrix24REST
import Logging
import Words
import Platform

/// The diagnostic log of `--log-file PATH` / `SIPLINE_LOG`: one line per event, appended to a 0600 file, every line
/// passed through the redactor (the secrets this run knows, and the patterns for the ones it does not), so the
/// log can be attached to a support ticket. Nothing is ever logged to the terminal.
struct FileLogHandler: LogHandler {
    final class Sink: Sendable {
        let fd: Int32
        let redactor: Redactor

        init(fd: Int32, redactor: Redactor) {
            self.fd = fd
            self.redactor = redactor
        }

        deinit { close(fd) }

        func append(_ line: String) {
            // One write per line on an O_APPEND descriptor: lines of concurrent tasks never interleave.
            let bytes = Array((redactor.redact(line) + "\n").utf8)
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        }
    }

    let label: String
    let sink: Sink
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        var line = "\(Self.timestamp()) \(event.level) \(label): \(event.message)"
        if let error = event.error { line += " error=\(error)" }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) { line += " \(key)=\(value)" }
        sink.append(line)
    }

    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(parts.tm_year + 1900)-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2))T"
            + "\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2))."
            + "\(pad(now.tv_nsec / 1_000_000, 3))Z"
    }
}

/// `--log-file PATH` (or `SIPLINE_LOG`): where the redacted diagnostic log goes; without either, nothing is logged.
enum DiagnosticLog {
    static let silent = Logger(label: "sipline", factory: { _ in SwiftLogNoOpLogHandler() })

    /// A logger writing to `path`, scrubbing `secrets` (the password of this run, tokens, the webhook code).
    static func logger(path: String?, secrets: [String]) -> Logger {
        guard let path, !path.isEmpty else { return silent }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            StandardStreams.printError(processWords(CommandPhrase.logFileNotOpened(path: path, reason: String(cString: strerror(errno)))))
            return silent
        }
        let sink = FileLogHandler.Sink(fd: fd, redactor: Redactor(secrets: secrets))
        var logger = Logger(label: "sipline") { label in FileLogHandler(label: label, sink: sink) }
        logger.logLevel = .debug
        return logger
    }

    /// The secrets a portal's credentials carry, for the log's redactor.
    static func secrets(of credentials: PortalCredentials) -> [String] {
        switch credentials {
        case .webhook(let webhook):
            // baseURL is …/rest/<user>/<code>/: the last path segment is the code.
            return webhook.baseURL.split(separator: "/").last.map { [String($0)] } ?? []
        case .oauth(let oauth):
            return [oauth.accessToken, oauth.refreshToken, oauth.clientSecret]
        }
    }
}
