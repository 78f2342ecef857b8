import Words

/// One problem with one field of a draft, in words a support person can act on.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        /// The draft must not be sent.
        case error
        /// The portal would accept it, but a person should know (e.g. a title this webhook already sees).
        case warning
        /// Something was changed for the person (e.g. `https://` removed from the server).
        case notice
    }

    public enum Problem: String, Sendable, Hashable {
        /// Empty, or only characters the portal trims away.
        case required
        /// More than `DraftValidator.maximumLength` Unicode code points.
        case tooLong
        /// C0 (tab and newline included), DEL or C1 anywhere in the value.
        case controlCharacter
        /// A password starting or ending with spaces: the portal trims them and registration fails.
        case leadingOrTrailingSpace
        /// A no-break space, zero-width space, direction mark or similar: invisible, usually pasted by accident.
        case invisibleCharacter
        /// `http://` or `https://` in front of the server, removed before sending (notice).
        case schemeRemoved
        /// A scheme the portal does not strip (`udp://`, `tls://`, …) in front of the server.
        case unsupportedScheme
        /// A `sip:`/`sips:` URI where the portal needs a bare host.
        case sipURI
        /// `/path`, `?query` or `#fragment` after the server's host.
        case hasPath
        /// `;transport=udp` style parameters after the server's host.
        case hasParameters
        /// `user@` in front of the server's host.
        case hasUserPart
        /// A space in the server (error) or inside the login (warning).
        case containsSpace
        /// A host name with letters outside ASCII: the portal needs its `xn--` form.
        case nonASCIIHost
        /// Not a host name, an IPv4 address or a bracketed IPv6 address.
        case invalidHost
        /// A port that is not a number from 1 to 65535.
        case invalidPort
        /// A bracketed value that is not an IPv6 address.
        case invalidIPv6
        /// An IPv6 address without the brackets that separate it from a port.
        case unbracketedIPv6
        /// A loopback, private or link-local address: the portal's servers on the internet cannot reach it (warning).
        case privateAddress
        /// A host name without a domain (`pbx`), which does not resolve on the internet (warning).
        case unqualifiedHost
        /// A title equal to one of a line this webhook can see (warning; the portal's `TITLE_EXISTS` is the error).
        case titleInUse
    }

    public var field: DraftField
    public var severity: Severity
    public var problem: Problem
    /// The sentence naming the field or value, as a key of the catalogue.
    public var phrase: ValidationPhrase
    /// What to use instead, when there is an obvious fix (e.g. the bare host of a `sip:` URI).
    public var suggestion: String?

    public init(field: DraftField, severity: Severity, problem: Problem, phrase: ValidationPhrase,
                suggestion: String? = nil) {
        self.field = field
        self.severity = severity
        self.problem = problem
        self.phrase = phrase
        self.suggestion = suggestion
    }

    /// For callers not yet on the catalogue (the wizard's tests): the text is shown as it is in every language.
    public init(field: DraftField, severity: Severity, problem: Problem, message: String, suggestion: String? = nil) {
        self.init(field: field, severity: severity, problem: problem, phrase: .untranslated(message),
                  suggestion: suggestion)
    }

    /// The sentence in English, ready for a log or an English screen.
    public var message: String { phrase.english }

    /// "TITLE: The name is required: …", as a key of the catalogue.
    public var fieldPhrase: FieldIssuePhrase { .issue(key: field.rawValue, phrase) }

    public var description: String { fieldPhrase.english }
}
