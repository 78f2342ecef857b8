#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Bitrix24Error: CustomStringConvertible {
    /// One or two sentences a support person can act on. Built only from redacted parts.
    public var description: String {
        switch self {
        case .authentication(.credentialsRejected, let message):
            return "The portal refused the webhook\(message.suffix): the address is wrong or the webhook was deleted. "
                + "Create an inbound webhook on the portal (Developer resources → Other → Inbound webhook) and paste its address."
        case .authentication(.tokenRejected, let message):
            return "The portal refused the access token\(message.suffix) even after a refresh. Connect the application to the portal again."
        case .authentication(.refreshRejected, let message):
            return "The OAuth server refused the refresh token\(message.suffix): it expired or was revoked. "
                + "Connect the application to the portal again to get new tokens."
        case .missingScope(let scope, let message):
            let scopeText = scope.map { "the \"\($0)\" scope" } ?? "a scope this method needs"
            return "The webhook lacks \(scopeText)\(message.suffix). Edit the webhook on the portal and tick \(scopeText), "
                + "or create a new webhook with it."
        case .missingRight(let message):
            return "The portal denied access\(message.suffix): the webhook's user lacks the telephony right "
                + "\"Manage numbers — modify\" (Telephony → Access permissions), or the portal's plan has no REST access."
        case .wrongAuthType(let message):
            return "This method needs an application's OAuth token, not a webhook\(message.suffix)."
        case .invalidRequest(let message):
            return "The portal rejected the request as invalid\(message.suffix). Check that the address uses https://."
        case .rateLimited(let attempts, let message):
            return "The portal kept refusing for too many requests (rate limit\(message.suffix)) after \(attempts) attempts. "
                + "Nothing was changed; wait a minute and try again."
        case .operatingLimit(let resetAt, let message):
            let when = resetAt.map { " The limit resets \(Self.spokenWait(until: $0)) (at \(Self.utcText($0)))." }
                ?? " Try again in a few minutes."
            return "This method used up its time budget on the portal (OPERATION_TIME_LIMIT\(message.suffixInParentheses)). "
                + "Nothing was changed.\(when)"
        case .overload(let message):
            return "The portal's administrator blocked REST calls because of overload\(message.suffix). "
                + "Ask the portal's administrator to lift the block; retrying will not help."
        case .methodNotFound(let method, let message):
            let name = method.map { " \($0)" } ?? ""
            return "The portal does not know the method\(name)\(message.suffix): its telephony module is missing or off."
        case .notFound(let message):
            return "The portal has no such line or registration\(message.suffix). List the lines to see which exist."
        case .portalDeleted(let message):
            return "The portal was deleted\(message.suffix). Check the portal address."
        case .fieldErrors(let messages, _):
            let list = messages.isEmpty ? "no details given" : messages.joined(separator: "; ")
            return "The portal rejected the fields: \(list)."
        case .titleExists(let message):
            return "The portal already has a line with this title\(message.suffix) (perhaps one this webhook cannot see). "
                + "Choose another title."
        case .maxCloudPBX(let message):
            return "The portal already has its maximum of cloud PBX lines\(message.suffix). "
                + "Choose an office PBX line, or remove a cloud line first."
        case .serverFault(let message):
            return "The portal had an internal error (HTTP \(message.status)\(message.codeList))"
                + (message.text.map { ": \($0)" } ?? "")
                + ". The call may or may not have been carried out; check before repeating it."
        case .refused(let message):
            return "The portal refused the call\(message.suffix)."
        case .transport(let failure):
            return failure.description
        case .invalidCredentials(let error):
            return error.description + " Nothing was sent."
        case .unexpectedAnswer(let status, let excerpt):
            let quote = excerpt.isEmpty ? "an empty body" : "\"\(excerpt)\""
            return "The answer (HTTP \(status)) is not a Bitrix24 REST answer: \(quote). "
                + "Check the portal address, and any proxy between here and the portal. The call may have been carried out."
        case .redirectRefused(let status, let location, let reason):
            let target = location.map { " to \($0)" } ?? ""
            switch reason {
            case .secondRedirect:
                return "The portal redirected a second time (HTTP \(status)\(target)); not followed, because the request "
                    + "carries secrets. Update the portal address in the configuration."
            case .insecureTarget:
                return "The portal redirected to a plain http:// address (HTTP \(status)\(target)); not followed, because "
                    + "the request carries secrets. Check the portal address."
            case .missingLocation:
                return "The portal answered with a redirect (HTTP \(status)) but no usable address to go to."
            }
        }
    }

    static func utcText(_ date: Date) -> String {
        // Date.ISO8601FormatStyle is in FoundationEssentials; UTC keeps the text the same on every machine.
        date.formatted(.iso8601)
    }

    /// "in about 2 min", "in about 40 s", "now": how long a person would wait from the moment this is read.
    static func spokenWait(until date: Date) -> String {
        let seconds = Int(date.timeIntervalSinceNow.rounded(.up))
        if seconds <= 0 { return "now" }
        if seconds < 90 { return "in about \(seconds) s" }
        return "in about \((seconds + 30) / 60) min"
    }
}

extension PortalMessage {
    /// " (CODE: text)" — both parts when present.
    var suffix: String {
        switch (code, text) {
        case let (code?, text?): return " (\(code): \(text))"
        case let (code?, nil): return " (\(code))"
        case let (nil, text?): return " (\(text))"
        case (nil, nil): return " (HTTP \(status))"
        }
    }

    var suffixInParentheses: String { text.map { ": \($0)" } ?? "" }

    var codeList: String { code.map { ", \($0)" } ?? "" }
}

extension TransportFailure: CustomStringConvertible {
    public var description: String {
        let detailText = detail.isEmpty ? "" : " (\(detail))"
        switch kind {
        case .refused:
            return "Could not connect to \(target)\(detailText): the connection was refused or the host is unreachable. "
                + "Nothing was sent. Check the portal address and the network."
        case .dns:
            return "The host name of \(target) could not be resolved\(detailText). Nothing was sent. "
                + "Check the portal address and the DNS settings."
        case .tls:
            return "The secure (TLS) connection to \(target) failed\(detailText). Nothing was sent. "
                + "Check the portal address, the system time and any proxy that inspects HTTPS."
        case .connectTimeout:
            return "No connection to \(target) within the connect timeout\(detailText). Nothing was sent. "
                + "Check the network, the firewall and the proxy settings (HTTPS_PROXY, NO_PROXY)."
        case .proxy:
            return "The proxy could not reach \(target)\(detailText). Nothing was sent. Check HTTPS_PROXY/HTTP_PROXY and NO_PROXY."
        case .timeoutAfterSend:
            return "The portal at \(target) did not answer in time\(detailText). The request may have been carried out; "
                + "check before repeating it."
        case .connectionLost:
            return "The connection to \(target) broke before the whole answer arrived\(detailText). The request may have "
                + "been carried out; check before repeating it."
        case .answerTooLarge:
            return "The answer from \(target) was too large to accept\(detailText). The request may have been carried out."
        case .cancelled(let sent):
            return sent
                ? "The call to \(target) was cancelled while waiting for the answer; it may have been carried out."
                : "The call to \(target) was cancelled before it was sent."
        case .other:
            return "The request to \(target) failed\(detailText). It may have been carried out; check before repeating it."
        }
    }
}
