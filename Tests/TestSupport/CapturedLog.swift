import Logging
import Synchronization

/// Every line a logger writes, at trace level, rendered as text with its error and its metadata (the handler's and
/// the call's): what the logging tests read for secrets and for what must be said.
public final class CapturedLog: Sendable {
    private let lines = Mutex<[String]>([])

    public init() {}

    public var all: [String] { lines.withLock { $0 } }

    public func logger(label: String = "test") -> Logger {
        var logger = Logger(label: label) { _ in CapturingHandler(log: self) }
        logger.logLevel = .trace
        return logger
    }

    struct CapturingHandler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let errorText = event.error.map { " error=\($0)" } ?? ""
            let line = "\(event.level) \(event.message)\(errorText) \(fields.joined(separator: " "))"
            log.lines.withLock { $0.append(line) }
        }
    }
}
