#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One created line as the history keeps it: enough to say afterwards what was done, no secret.
public struct HistoryRecord: Sendable, Hashable, Codable {
    /// UTC, ISO 8601 ("2026-11-28T23:47:40Z").
    public var time: String
    public var portal: String
    public var configID: Int
    public var type: String
    public var title: String
    public var server: String
    public var login: String

    enum CodingKeys: String, CodingKey {
        case time, portal
        case configID = "CONFIG_ID"
        case type = "TYPE"
        case title = "TITLE"
        case server = "SERVER"
        case login = "LOGIN"
    }

    public init(time: Date = Date(), portal: String, configID: Int, type: String, title: String, server: String, login: String) {
        self.time = UTCTimestamp.iso8601(time)
        self.portal = portal
        self.configID = configID
        self.type = type
        self.title = title
        self.server = server
        self.login = login
    }
}

/// Appends created lines to `$XDG_STATE_HOME/sipline/history.jsonl`, one JSON object a line, in a 0700 directory
/// with mode 0600. One `write` with `O_APPEND` per record, so records of concurrent processes never interleave.
/// The wizard and the `add` command both record through it.
public struct LineHistory: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public init(paths: SiplinePaths) { self.path = paths.historyFile }

    public func append(_ record: HistoryRecord) throws(PrivateFiles.Failure) {
        try PrivateFiles.makePrivateDirectory(PrivateFiles.directoryOf(path))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(record) else { return }
        let bytes = Array(data) + [0x0A]
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system(path: path, operation: "open", errno: errno) }
        defer { close(fd) }
        try PrivateFiles.writeAll(fd, bytes, path: path)
    }

    /// Every record, oldest first; lines that are not records are skipped.
    public func records() throws(PrivateFiles.Failure) -> [HistoryRecord] {
        let bytes: [UInt8]
        do { bytes = try PrivateFiles.readBytes(at: path) } catch {
            if case .missing = error { return [] }
            throw error
        }
        let decoder = JSONDecoder()
        return bytes.split(separator: 0x0A).compactMap { try? decoder.decode(HistoryRecord.self, from: Data($0)) }
    }
}
