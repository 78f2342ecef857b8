/// What a cloud line's registration status means and what to do about it (`sipline status`, the result screen,
/// plain mode). One key per row of SIPLineService's `RegistrationAdvice` table.
public enum RegistrationPhrase: Phrase {
    /// 200.
    case registered
    /// `wait` / `in_progress`: the portal has not heard back yet.
    case stillWaiting
    /// No final answer after the polling limit.
    case noAnswerAfterLimit(seconds: Int)
    /// 401 / 407.
    case credentialsRefused(code: Int)
    /// 403.
    case forbidden
    /// 404.
    case unknownLogin
    /// 408 / 480 / 504.
    case noTimelyAnswer(code: Int)
    /// 423.
    case intervalTooBrief
    /// 482 / 483.
    case loop(code: Int)
    /// 486.
    case busyHere
    /// 500.
    case providerInternalError
    /// 502 with "Unable to resolve hostname".
    case hostnameUnresolved
    /// 502 otherwise.
    case badGateway
    /// 503.
    case serviceUnavailable
    /// 603.
    case declined
    /// Another 4xx.
    case otherRequestFailure(code: Int)
    /// Another 5xx.
    case otherServerFailure(code: Int)
    /// Another 6xx.
    case otherGlobalFailure(code: Int)
    /// `error` with a code outside 4xx–6xx (or none).
    case unexpectedCode(code: Int)
    /// The provider's own ERROR_MESSAGE, shown as it came (made visible by the front end).
    case providerSaid(message: String)
    /// `status` without --watch while the registration is still going on (exit 75).
    case runWatchToFollow(regID: Int)
}
