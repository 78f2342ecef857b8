import Platform
import BitrixJSON

/// The portal's data: lines, the next ids, registrations and the OAuth token pair. A value type, so the rules of
/// each method are plain mutating functions, and the state file is this struct encoded.
struct PortalBook: Codable, Sendable, Equatable {
    var version = 1
    var lines: [StoredLine] = []
    /// ID and CONFIG_ID come from different sequences on a real portal; keeping them apart catches a client that
    /// mixes them up.
    var nextID = 1
    var nextConfigID = 11
    var nextRegID = 150_901
    var nextIncomingLogin = 11
    var tokens: OAuthTokens?
    /// `voximplant.line.outgoing.get`'s answer; nil (as in state files from before it existed) is the base number.
    var defaultOutgoingLine: String?

    func line(configID: Int) -> StoredLine? {
        lines.first { $0.configID == configID }
    }
}

/// The rules a portal applies that are settings, not data.
struct PortalRules: Sendable {
    var maxCloudLines: Int
    var registrationSteps: RegistrationSteps
    var incomingServer = "ip.b24-sandbox.bitrixphone.com"
}

struct PortalError: Error, Sendable, Equatable {
    var code: String
    var description: String
    var status: Int

    static func checkFields(_ messages: [String]) -> PortalError {
        PortalError(code: "CHECK_FIELDS_ERROR", description: messages.joined(separator: "<br>"), status: 400)
    }
}

enum MethodOutcome: Sendable, Equatable {
    case success(JSONValue, total: Int? = nil, next: Int? = nil)
    case failure(PortalError)
}
