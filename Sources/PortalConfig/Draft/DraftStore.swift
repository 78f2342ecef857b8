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

/// The wizard's form as kept between runs: never the password, the webhook or any token — the type has no field
/// for them, so they cannot be written by mistake.
public struct SavedDraft: Sendable, Hashable, Codable {
    public var type: String
    public var title: String
    public var server: String
    public var login: String
    /// The portal host the draft was typed for (empty when none was in use yet).
    public var portal: String
    /// UTC, ISO 8601 ("2026-11-28T14:05:00Z").
    public var time: String

    enum CodingKeys: String, CodingKey {
        case portal, time
        case type = "TYPE"
        case title = "TITLE"
        case server = "SERVER"
        case login = "LOGIN"
    }

    public init(time: Date = Date(), type: String, title: String, server: String, login: String, portal: String) {
        self.time = UTCTimestamp.iso8601(time)
        self.type = type
        self.title = title
        self.server = server
        self.login = login
        self.portal = portal
    }

    /// The time in the machine's local time zone as "2026-11-28 14:05"; the stored text when it is not ISO 8601.
    public var localTime: String {
        let digits = time.split(whereSeparator: { !$0.isNumber }).compactMap { Int32($0) }
        guard time.hasSuffix("Z"), digits.count == 6 else { return time }
        var parts = tm()
        parts.tm_year = digits[0] - 1900
        parts.tm_mon = digits[1] - 1
        parts.tm_mday = digits[2]
        parts.tm_hour = digits[3]
        parts.tm_min = digits[4]
        parts.tm_sec = digits[5]
        var seconds = timegm(&parts)
        var local = tm()
        guard localtime_r(&seconds, &local) != nil else { return time }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(local.tm_year + 1900)-\(two(local.tm_mon + 1))-\(two(local.tm_mday)) "
            + "\(two(local.tm_hour)):\(two(local.tm_min))"
    }
}

/// Keeps one draft in `$XDG_STATE_HOME/sipline/draft.json` (mode 0600 in a 0700 directory, replaced atomically), so
/// a dropped SSH session or a quit never loses the form. `read` says why a file there cannot be used (corrupt or cut
/// short, a symbolic link, a FIFO, another user's); `load` ignores such a file. `save` never replaces a symbolic
/// link, a FIFO or another user's file.
public struct DraftStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public init(paths: SiplinePaths) { self.path = paths.draftFile }

    /// The kept draft, or nil when there is none or the file cannot be used as one.
    public func load() -> SavedDraft? {
        try? read()
    }

    /// The kept draft, nil when there is none; a file that is there but cannot be used is an error naming it (exit
    /// status 78 for a command), and is left untouched. Never blocks (a FIFO is refused, not opened for reading).
    public func read() throws(ConfigError) -> SavedDraft? {
        let bytes: [UInt8]
        do { bytes = try PrivateFiles.readOwnFile(at: path, requirePrivate: false) } catch {
            if case .missing = error { return nil }
            throw ConfigError(error)
        }
        do {
            return try JSONDecoder().decode(SavedDraft.self, from: Data(bytes))
        } catch {
            throw ConfigError(path: path, problem: "not a sipline draft (corrupt or cut short); sipline left it as it "
                                + "is. Move it away to start without it")
        }
    }

    public func save(_ draft: SavedDraft) throws(PrivateFiles.Failure) {
        guard let bytes = encoded(draft) else { return }
        try PrivateFiles.checkReplaceable(path)
        try PrivateFiles.writeAtomically(bytes, to: path)
    }

    /// The file's bytes for `draft`, exactly as `save` writes them (a crash handler writes them without encoding).
    public func encoded(_ draft: SavedDraft) -> [UInt8]? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(draft) else { return nil }
        return Array(data) + [0x0A]
    }

    /// Creates the draft's folder (0700) if it is missing, so the file can be written later without more checks.
    public func prepareDirectory() throws(PrivateFiles.Failure) {
        try PrivateFiles.makePrivateDirectory(PrivateFiles.directoryOf(path))
    }

    /// Deletes the kept draft; none being there is not an error.
    public func discard() throws(PrivateFiles.Failure) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw .system(path: path, operation: "unlink", errno: errno)
        }
    }
}
