import SIPLineService
import Words

/// A message in words on a screen: under a field, or in a screen's message area (portal answers).
public struct Notice: Sendable, Equatable {
    public enum Tone: Sendable, Equatable {
        case error, warning, info, success
    }

    public var tone: Tone
    public var phrase: AnyPhrase

    public init(_ tone: Tone, _ phrase: some Phrase) { (self.tone, self.phrase) = (tone, AnyPhrase(phrase)) }

    init(_ issue: ValidationIssue) {
        switch issue.severity {
        case .error: tone = .error
        case .warning: tone = .warning
        case .notice: tone = .info
        }
        phrase = AnyPhrase(issue.phrase)
    }
}

/// Messages for a whole screen (the portal's answers), shown while that screen is open.
public struct ScreenNotices: Sendable, Equatable {
    public internal(set) var notices: [Notice] = []
    public internal(set) var screen: Screen?

    public init() {}

    init(_ notices: [Notice], on screen: Screen) { (self.notices, self.screen) = (notices, screen) }

    /// The notices when `screen` is the one they belong to.
    func on(_ screen: Screen) -> [Notice] { self.screen == screen ? notices : [] }
}
