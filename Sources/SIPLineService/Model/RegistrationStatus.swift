/// `voximplant.sip.status` of a cloud line's registration.
public struct RegistrationStatus: Sendable, Hashable {
    public enum Result: String, Sendable, Hashable, Codable {
        case wait
        case inProgress = "in_progress"
        case success
        case error

        /// `success` and `error` end a watch; the others move on by themselves.
        public var isFinal: Bool { self == .success || self == .error }
    }

    public var regID: Int
    public var result: Result
    public var statusCode: Int?
    public var errorMessage: String?
    /// As the portal sends it: `YYYY-MM-DD HH:MM:SS`, no time zone.
    public var lastUpdated: String?

    public init(regID: Int, result: Result, statusCode: Int? = nil, errorMessage: String? = nil, lastUpdated: String? = nil) {
        self.regID = regID
        self.result = result
        self.statusCode = statusCode
        self.errorMessage = errorMessage
        self.lastUpdated = lastUpdated
    }
}
