import Words

/// One row of a screen's key table: which keys, how the footer and the help name them, what they do. Dispatch,
/// the footer and the help overlay are all read from these rows, so they cannot disagree.
struct KeyBinding: Sendable {
    enum Trigger: Sendable {
        /// Exactly these keys.
        case keys([Key])
        /// Any printable character (typed into the focused field).
        case typedText
        /// Any key not taken by an earlier row (a screen that ignores the rest says so in its help).
        case anyOtherKey
        /// Handled by the front end before the core sees it (Ctrl-L repaints); listed for the help only.
        case frontEnd([Key])
    }

    typealias Action = @Sendable (inout WizardState, Key) -> [WizardEffect]

    let trigger: Trigger
    /// The key as the footer shows it (nil: this row is help-only) and as the help lists it.
    let name: KeyName
    /// The footer's short label, when the row shows in the footer; it may depend on the state ("show"/"hide").
    let footer: (@Sendable (WizardState) -> KeyPhrase?)?
    /// The help overlay's sentence.
    let help: KeyPhrase
    /// The row applies only when this holds (e.g. `r` only when there is something to reveal).
    let applies: @Sendable (WizardState) -> Bool
    /// The footer may leave it out when not everything fits (a long language); the help always lists it.
    let footerOptional: Bool
    let action: Action

    init(_ trigger: Trigger, name: KeyName, footer: KeyPhrase? = nil, help: KeyPhrase, footerOptional: Bool = false,
         when applies: @escaping @Sendable (WizardState) -> Bool = { _ in true },
         action: @escaping Action) {
        self.trigger = trigger
        self.footerOptional = footerOptional
        self.name = name
        if let footer {
            self.footer = { _ in footer }
        } else {
            self.footer = nil
        }
        self.help = help
        self.applies = applies
        self.action = action
    }

    init(_ trigger: Trigger, name: KeyName, footer: @escaping @Sendable (WizardState) -> KeyPhrase?, help: KeyPhrase,
         footerOptional: Bool = false, when applies: @escaping @Sendable (WizardState) -> Bool = { _ in true },
         action: @escaping Action) {
        self.trigger = trigger
        self.footerOptional = footerOptional
        self.name = name
        self.footer = footer
        self.help = help
        self.applies = applies
        self.action = action
    }

    func matches(_ key: Key) -> Bool {
        switch trigger {
        case .keys(let keys): keys.contains(key)
        case .typedText:
            switch key {
            case .character, .paste: true  // a bracketed paste is typing in one piece
            default: false
            }
        case .anyOtherKey: true
        case .frontEnd: false
        }
    }

    /// An action that changes nothing, for rows that say a key does nothing here.
    static let nothing: Action = { _, _ in [] }
}
