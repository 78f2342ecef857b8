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
        case required
        case tooLong
        case controlCharacter
        case leadingOrTrailingSpace
        case schemeRemoved
        case sipURI
        case hasPath
        case hasUserPart
        case containsSpace
        case nonASCIIHost
        case invalidHost
        case invalidPort
        case invalidIPv6
        case titleInUse
        case nearLengthLimit
    }

    public var field: DraftField
    public var severity: Severity
    public var problem: Problem
    /// A full sentence naming the field or value, ready for the screen or stderr.
    public var message: String
    /// What to use instead, when there is an obvious fix (e.g. the bare host of a `sip:` URI).
    public var suggestion: String?

    public init(field: DraftField, severity: Severity, problem: Problem, message: String, suggestion: String? = nil) {
        self.field = field
        self.severity = severity
        self.problem = problem
        self.message = message
        self.suggestion = suggestion
    }

    public var description: String { "\(field.rawValue): \(message)" }
}
