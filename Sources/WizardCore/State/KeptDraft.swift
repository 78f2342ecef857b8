import SIPLineService
import Words

/// The form as it is kept between runs when the person quits before the line was created: everything but the
/// password (and the webhook, which never belongs to the form).
public struct KeptDraft: Sendable, Equatable {
    public var type: PBXType
    public var title: String
    public var server: String
    public var login: String
    /// The portal it was typed for (may be empty when no portal was in use yet).
    public var portalHost: String

    public init(type: PBXType, title: String, server: String, login: String, portalHost: String) {
        self.type = type
        self.title = title
        self.server = server
        self.login = login
        self.portalHost = portalHost
    }

    /// Nothing worth keeping: no text typed. The type alone is not (a new line after a created one carries it over).
    public var isEmpty: Bool { title.isEmpty && server.isEmpty && login.isEmpty }
}

/// A draft kept by an earlier run, offered on start.
public struct DraftOffer: Sendable, Equatable {
    public var draft: KeptDraft
    /// When it was typed, already formatted for the person (e.g. "2026-11-28 14:05").
    public var typedAt: String
    /// How many other kept drafts wait behind this one (other wizards that quit with something typed).
    public var othersKept: Int

    public init(draft: KeptDraft, typedAt: String, othersKept: Int = 0) {
        self.draft = draft
        self.typedAt = typedAt
        self.othersKept = othersKept
    }
}

/// The draft of an earlier run: offered until the person continues it or starts fresh; once continued it stays on
/// disk until its line is created.
public struct DraftKeeping: Sendable, Equatable {
    public internal(set) var offered: DraftOffer?
    /// A kept draft is on disk for this form: creating its line discards it.
    public internal(set) var onDisk = false
    /// Why the draft could not be written the last time (said on screen, never swallowed).
    public internal(set) var writeError: AnyPhrase?

    public init() {}
}
