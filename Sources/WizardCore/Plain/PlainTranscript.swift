import SIPLineService
import TextSafety
import Words

/// What plain mode has printed so far, so that the next transcript prints only what is new: a screen's text once
/// when it opens, a message once when it appears, one line per change of the registration.
public struct PlainMemo: Sendable, Equatable {
    var place: PlainPlace?
    var fieldNotices: [DraftField: [Notice]] = [:]
    var screenNotices = ScreenNotices()
    var knownLinesShown = false
    var registration: RegistrationWatch?
    var savePhase: SaveState.Phase = .idle
    var historyError: AnyPhrase?
    var draftError: AnyPhrase?
    var serverCheck: ServerCheckReport?
    var defaultLine = DefaultLineStep.idle
    var fixRefusal: Notice?
    var portalWait: CommandNotePhrase?

    public init() {}
}

/// Where the wizard is, as far as plain mode prints it: a new place prints its text.
enum PlainPlace: Sendable, Equatable {
    case portal(PortalStep.Phase, reason: PortalStep.Reason)
    case screen(Screen)
    case overlay(WizardState.Overlay)
    /// The result's registration fix, or its PBX configuration in a format (a password revealed or not).
    case registrationFix
    case pbxConfig(PBXConfigFormat, revealed: Bool)
}

extension PlainView {
    /// The lines to print since `memo`, each at most `width` columns and safe to show; `memo` is updated.
    public static func transcript(_ state: WizardState, memo: inout PlainMemo, revealSecrets: Bool,
                                  unicode: Bool) -> [String] {
        var writer = PlainWriter(state: state, glyphs: Glyphs(unicode: unicode), revealSecrets: revealSecrets)
        let place = Self.place(of: state)
        if place != memo.place {
            memo.place = place
            memo.fieldNotices = [:]
            memo.screenNotices = ScreenNotices()
            memo.knownLinesShown = false
            writer.blank()
            writer.opening(place)
        }
        writer.news(&memo)
        return writer.lines
    }

    static func place(of state: WizardState) -> PlainPlace {
        if state.overlay != .none, state.overlay != .help { return .overlay(state.overlay) }
        if state.screen == .portal, let step = state.portal { return .portal(step.phase, reason: step.reason) }
        if let result = state.result, state.screen == .result {
            if result.fix != nil { return .registrationFix }
            if let view = result.pbxConfig { return .pbxConfig(view.format, revealed: result.revealSecrets) }
        }
        return .screen(state.screen)
    }
}

/// Builds the lines of one transcript.
struct PlainWriter {
    let state: WizardState
    let glyphs: Glyphs
    let revealSecrets: Bool
    var lines: [String] = []

    init(state: WizardState, glyphs: Glyphs, revealSecrets: Bool) {
        self.state = state
        self.glyphs = glyphs
        self.revealSecrets = revealSecrets
    }

    var words: Words { state.context.words }

    func say(_ phrase: some Phrase) -> String { glyphs.words(words(phrase)) }

    mutating func blank() {
        if let last = lines.last, last.isEmpty { return }
        lines.append("")
    }

    /// A paragraph wrapped to the width after `lead` (kept as it is, e.g. "Error: " or "  Server:  "), the lines
    /// after the first indented by `hang` columns (the lead's width unless given).
    mutating func write(_ text: String, indent: Int = 0, lead: String = "", hang: Int? = nil) {
        let first = String(repeating: " ", count: indent) + lead
        let rest = String(repeating: " ", count: indent + (hang ?? DisplayWidth.of(lead)))
        let room = PlainView.width - max(DisplayWidth.of(first), DisplayWidth.of(rest))
        for (index, line) in TextLayout.wrap(text, width: max(20, room)).enumerated() {
            lines.append(VisibleText.escape((index == 0 ? first : rest) + line))
        }
    }

    mutating func write(_ phrase: some Phrase, indent: Int = 0) { write(say(phrase), indent: indent) }

    /// A message with its kind in words (never a colour or a glyph alone): "Error: …".
    mutating func write(_ notice: Notice) {
        write(say(notice.phrase), lead: say(PlainPhrase.lead(for: notice.tone)) + " ")
    }

    mutating func write(_ notices: [Notice]) { notices.forEach { write($0) } }

    /// "Label: value", aligned on `labelWidth`.
    mutating func pair(_ label: String, _ value: String, labelWidth: Int, indent: Int = 2) {
        write(value, indent: indent, lead: TextLayout.pad(label + ":", to: labelWidth + 1) + " ")
    }
}

extension PlainPhrase {
    /// The word that says what kind of message follows.
    static func lead(for tone: Notice.Tone) -> PlainPhrase {
        switch tone {
        case .error: .errorLead
        case .warning: .warningLead
        case .info: .noteLead
        case .success: .doneLead
        }
    }
}
