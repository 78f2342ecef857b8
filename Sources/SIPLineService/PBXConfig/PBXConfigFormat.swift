/// The formats the office PBX's configuration is written in.
public enum PBXConfigFormat: String, Sendable, Hashable, CaseIterable {
    /// Asterisk's `pjsip.conf`: registration, auth, aor, endpoint and identify sections.
    case asteriskPJSIP = "asterisk-pjsip"
    /// FreePBX's chan_pjsip trunk screen, field by field.
    case freePBX = "freepbx"
    /// Server, port, login, password and transport, for any other PBX.
    case generic
}

/// What an office PBX needs from an office line: Bitrix24's incoming server and the credentials it registers with.
public struct OfficePBXSide: Sendable, Hashable {
    public var configID: Int
    public var title: String
    public var incomingServer: String
    public var incomingLogin: String
    public var incomingPassword: String

    public enum Unavailable: Error, Sendable, Hashable {
        /// A cloud line: Bitrix24 registers at the provider; the PBX has nothing to enter.
        case cloudLine(configID: Int)
        /// An office line without INCOMING_SERVER/LOGIN/PASSWORD in the portal's answer.
        case noIncomingCredentials(configID: Int)
    }

    /// The SIP port on Bitrix24's incoming servers.
    public static let port = 5060
}

extension OfficePBXSide {
    /// The PBX's side of `line`, or why there is none: the only way other modules get one (the memberwise
    /// initializer stays internal).
    public init(line: ListedLine) throws(Unavailable) {
        guard line.type == .office else { throw .cloudLine(configID: line.configID) }
        guard let server = line.incomingServer, !server.isEmpty, let login = line.incomingLogin, !login.isEmpty,
              let password = line.incomingPassword
        else { throw .noIncomingCredentials(configID: line.configID) }
        self.init(configID: line.configID, title: line.title, incomingServer: server, incomingLogin: login,
                  incomingPassword: password)
    }
}
