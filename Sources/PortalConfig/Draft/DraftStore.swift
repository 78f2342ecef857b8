import Platform

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
        (self.time, self.type, self.title, self.server, self.login, self.portal) =
            (UTCTimestamp.iso8601(time), type, title, server, login, portal)
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

/// Keeps the wizard's drafts under `$XDG_STATE_HOME/sipline/drafts/`, one file per wizard run (mode 0600 in 0700
/// directories, replaced atomically), so two wizards at once never overwrite each other's form and a dropped SSH
/// session or a quit never loses one. The newest is offered first. The single `draft.json` of earlier versions is
/// read as one of them. A file that cannot be read as a draft is skipped and left where it is for the person to
/// look at (`unusable` says which and why); one that is a symbolic link, a FIFO or another user's is never followed,
/// opened for reading or replaced.
public struct DraftStore: Sendable {
    /// `…/sipline/drafts`
    public let directory: String
    /// `…/sipline/draft.json`, where earlier versions kept their one draft.
    public let legacyPath: String

    public init(directory: String, legacyPath: String) { (self.directory, self.legacyPath) = (directory, legacyPath) }

    public init(paths: SiplinePaths) {
        self.init(directory: paths.draftDirectory, legacyPath: paths.draftFile)
    }

    /// A kept draft and the file it is in.
    public struct Kept: Sendable, Hashable {
        public var path: String
        public var draft: SavedDraft
    }

    /// Every readable kept draft, newest first.
    public func kept() -> [Kept] {
        var found: [Kept] = []
        for path in draftFiles() + [legacyPath] {
            guard let draft = try? read(at: path) else { continue }
            found.append(Kept(path: path, draft: draft))
        }
        // ISO 8601 UTC times sort as text; the path breaks ties so the order is stable.
        return found.sorted { ($0.draft.time, $0.path) > ($1.draft.time, $1.path) }
    }

    /// The draft files that are there but cannot be used, each with why (corrupt or cut short, a symbolic link, a
    /// FIFO, another user's), for a front end to say so instead of skipping them silently.
    public func unusable() -> [ConfigError] {
        (draftFiles() + [legacyPath]).compactMap { path in
            do throws(ConfigError) {
                _ = try read(at: path)
                return nil
            } catch {
                return error
            }
        }
    }

    /// The draft in the file at `path`, nil when there is none; a file that is there but cannot be used is an error
    /// naming it, and is left untouched. Never blocks (a FIFO is refused, not opened for reading).
    public func read(at path: String) throws(ConfigError) -> SavedDraft? {
        let bytes: [UInt8]
        do { bytes = try PrivateFiles.readOwnFile(at: path, requirePrivate: false) } catch {
            if case .missing = error.phrase { return nil }
            throw ConfigError(error)
        }
        do {
            return try JSONDecoder().decode(SavedDraft.self, from: Data(bytes))
        } catch {
            throw ConfigError(path: path, problem: .notADraft)
        }
    }

    /// The file for the draft of the wizard run `runID` (see `runID(processID:time:)`).
    public func path(forRun runID: String) -> String {
        SiplinePaths.join(directory, runID + ".json")
    }

    /// A name for one wizard run's draft: its start time and process, unique on this machine.
    public static func runID(processID: Int32, time: Date = Date()) -> String {
        let stamp = UTCTimestamp.iso8601(time).filter { $0.isNumber }
        return "\(stamp)-\(processID)"
    }

    /// Never replaces a symbolic link, a FIFO or another user's file at `path`.
    public func save(_ draft: SavedDraft, to path: String) throws(PrivateFiles.Failure) {
        try PrivateFiles.checkReplaceable(path)
        try PrivateFiles.writeAtomically(Self.encoded(draft), to: path)
    }

    /// The bytes of a draft's file, for writers that cannot encode when they write (a crash handler).
    public static func encoded(_ draft: SavedDraft) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A draft holds strings only: encoding cannot fail.
        return ((try? encoder.encode(draft)).map(Array.init) ?? []) + [0x0A]
    }

    /// Deletes a kept draft; none being there is not an error.
    public func discard(at path: String) throws(PrivateFiles.Failure) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw .system(path: path, operation: "unlink", errno: errno)
        }
    }

    private func draftFiles() -> [String] {
        guard let folder = opendir(directory) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".json"), !name.hasPrefix(".") { names.append(SiplinePaths.join(directory, name)) }
        }
        return names
    }
}
