extension CommandNotePhrase {
    public var legacyEnglish: String {
        switch self {
        case .rateLimitWait(let delay, let retry):
            "the portal's rate limit was reached (QUERY_LIMIT_EXCEEDED); trying again in \(delay) (retry \(retry))."
        case .operatingLimitWait(let delay):
            "the portal paused this method for a while (OPERATION_TIME_LIMIT); waiting \(delay) for it to reset, "
                + "then trying again."
        case .portalMoved(let address, let source):
            "the portal now answers at \(address) (it redirected there); update the webhook where it is kept (\(source))."
        case .malformedTimeout(let variable, let value):
            "\(variable) must be a number of seconds between 0.1 and 3600, not \"\(value)\"."
        }
    }
}
