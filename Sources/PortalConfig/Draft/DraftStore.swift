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
/// a dropped SSH session or a quit never loses the form. A file that cannot be read as a draft is ignored by `load`
/// and left where it is for the person to look at; the next `save` replaces it.
public struct DraftStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public init(paths: SiplinePaths) { self.path = paths.draftFile }

    /// The kept draft, or nil when there is none or the file is not a draft.
    public func load() -> SavedDraft? {
        guard let bytes = try? PrivateFiles.readBytes(at: path) else { return nil }
        return try? JSONDecoder().decode(SavedDraft.self, from: Data(bytes))
    }

    public func save(_ draft: SavedDraft) throws(PrivateFiles.Failure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(draft) else { return }
        try PrivateFiles.writeAtomically(Array(data) + [0x0A], to: path)
    }

    /// Deletes the kept draft; none being there is not an error.
    public func discard() throws(PrivateFiles.Failure) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw .system(path: path, operation: "unlink", errno: errno)
        }
    }
}
