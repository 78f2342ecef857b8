import Platform
import Words

extension Bitrix24Error: CustomStringConvertible {
    /// One or two sentences a support person can act on, in English (logs are English). Built only from redacted parts.
    public var description: String { phrase.english }

    /// The words of this error as a key of the catalogue, for a person in their language.
    public var phrase: RESTPhrase {
        switch self {
        case .authentication(.credentialsRejected, let message): .webhookRefused(reply: message.reply)
        case .authentication(.tokenRejected, let message): .accessTokenRefused(reply: message.reply)
        case .authentication(.refreshRejected, let message): .refreshTokenRefused(reply: message.reply)
        case .missingScope(let scope?, let message): .missingScope(scope: scope, reply: message.reply)
        case .missingScope(nil, let message): .missingUnknownScope(reply: message.reply)
        case .missingRight(let message): .missingRight(reply: message.reply)
        case .wrongAuthType(let message): .wrongAuthType(reply: message.reply)
        case .invalidRequest(let message): .invalidRequest(reply: message.reply)
        case .rateLimited(let attempts, let message): .rateLimited(attempts: attempts, reply: message.reply)
        case .operatingLimit(let resetAt, let message):
            .operatingLimit(portalText: message.text, resetAt: resetAt.map(Self.utcText))
        case .overload(let message): .overload(reply: message.reply)
        case .methodNotFound(let method, let message): .methodNotFound(method: method, reply: message.reply)
        case .notFound(let message): .notFound(reply: message.reply)
        case .portalDeleted(let message): .portalDeleted(reply: message.reply)
        case .fieldErrors(let messages, _): messages.isEmpty ? .fieldErrorsWithoutDetails : .fieldErrors(messages: messages)
        case .titleExists(let message): .titleExists(reply: message.reply)
        case .maxCloudPBX(let message): .maxCloudPBX(reply: message.reply)
        case .serverFault(let message): .serverFault(status: message.status, code: message.code, text: message.text)
        case .refused(let message): .refused(reply: message.reply)
        case .transport(let failure): .transport(failure.phrase)
        case .invalidCredentials(let error): .invalidCredentials(error.phrase)
        case .unexpectedAnswer(let status, let excerpt):
            excerpt.isEmpty ? .emptyAnswer(status: status) : .unexpectedAnswer(status: status, excerpt: excerpt)
        case .redirectRefused(let status, let location, .secondRedirect): .secondRedirect(status: status, location: location)
        case .redirectRefused(let status, let location, .insecureTarget): .insecureRedirect(status: status, location: location)
        case .redirectRefused(let status, _, .missingLocation): .redirectWithoutLocation(status: status)
        }
    }

    static func utcText(_ date: Date) -> String {
        // Date.ISO8601FormatStyle is in FoundationEssentials; UTC keeps the text the same on every machine.
        date.formatted(.iso8601)
    }
}

extension PortalMessage {
    /// What the portal said, as the sentences quote it: code and text when present, else the HTTP status.
    var reply: PortalReplyPhrase {
        switch (code, text) {
        case let (code?, text?): .codeAndText(code: code, text: text)
        case let (code?, nil): .code(code)
        case let (nil, text?): .text(text)
        case (nil, nil): .status(status)
        }
    }
}

extension TransportFailure: CustomStringConvertible {
    public var description: String { phrase.english }

    /// The words of this failure as a key of the catalogue.
    public var phrase: TransportPhrase {
        switch kind {
        case .refused: .refused(target: target, detail: detail)
        case .dns: .dns(target: target, detail: detail)
        case .tls: .tls(target: target, detail: detail)
        case .connectTimeout: .connectTimeout(target: target, detail: detail)
        case .proxy: .proxy(target: target, detail: detail)
        case .timeoutAfterSend: .timeoutAfterSend(target: target, detail: detail)
        case .connectionLost: .connectionLost(target: target, detail: detail)
        case .answerTooLarge: .answerTooLarge(target: target, detail: detail)
        case .cancelled(let sent): sent ? .cancelledAfterSending(target: target) : .cancelledBeforeSending(target: target)
        case .other: .other(target: target, detail: detail)
        }
    }
}
