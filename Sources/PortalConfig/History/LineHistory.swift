import Platform

/// One created or updated line as the history keeps it: enough to say afterwards what was done, no secret.
public struct HistoryRecord: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case created, updated
    }

    /// Created records carry no KIND (as before updates were recorded); updates carry `"KIND":"updated"`.
    public var kind: Kind
    /// An update's changed fields by their Bitrix24 keys (`SERVER`, `PASSWORD` …: the name of a secret, never its
    /// value); nil for a created line.
    public var changed: [String]?
    /// UTC, ISO 8601 ("2026-11-28T23:47:40Z").
    public var time: String
    public var portal: String
    public var configID: Int
    public var type: String
    public var title: String
    public var server: String
    public var login: String

    enum CodingKeys: String, CodingKey {
        case kind = "KIND"
        case changed = "CHANGED"
        case time, portal
        case configID = "CONFIG_ID"
        case type = "TYPE"
        case title = "TITLE"
        case server = "SERVER"
        case login = "LOGIN"
    }

    /// A created line.
    public init(time: Date = Date(), portal: String, configID: Int, type: String, title: String, server: String, login: String) {
        self.kind = .created
        self.changed = nil
        self.time = UTCTimestamp.iso8601(time)
        self.portal = portal
        self.configID = configID
        self.type = type
        self.title = title
        self.server = server
        self.login = login
    }

    /// An updated line, as it is after the update, with the keys of the fields that changed.
    public static func updated(
        time: Date = Date(), portal: String, configID: Int, type: String, title: String, server: String, login: String,
        changed: [String]
    ) -> HistoryRecord {
        var record = HistoryRecord(time: time, portal: portal, configID: configID, type: type, title: title,
                                   server: server, login: login)
        record.kind = .updated
        record.changed = changed
        return record
    }

    /// A created line is written exactly as before updates were recorded (no KIND), so every reader of older
    /// files and of new ones sees the same shape; only an update carries KIND and CHANGED.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if kind != .created { try container.encode(kind, forKey: .kind) }
        try container.encodeIfPresent(changed, forKey: .changed)
        try container.encode(time, forKey: .time)
        try container.encode(portal, forKey: .portal)
        try container.encode(configID, forKey: .configID)
        try container.encode(type, forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(server, forKey: .server)
        try container.encode(login, forKey: .login)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .created
        changed = try container.decodeIfPresent([String].self, forKey: .changed)
        time = try container.decode(String.self, forKey: .time)
        portal = try container.decode(String.self, forKey: .portal)
        configID = try container.decode(Int.self, forKey: .configID)
        type = try container.decode(String.self, forKey: .type)
        title = try container.decode(String.self, forKey: .title)
        server = try container.decode(String.self, forKey: .server)
        login = try container.decode(String.self, forKey: .login)
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
            if case .missing = error.phrase { return [] }
            throw error
        }
        let decoder = JSONDecoder()
        return bytes.split(separator: 0x0A).compactMap { try? decoder.decode(HistoryRecord.self, from: Data($0)) }
    }
}
