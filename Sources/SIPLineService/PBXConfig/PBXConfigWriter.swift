import TextSafety
import Words

/// Writes the office PBX's configuration for one office line, in one format. Pure: values in, text out. Every
/// value from the portal is written as it came (a front end makes the whole snippet visible before showing it).
public struct PBXConfigWriter: Sendable {
    public var words: Words
    /// False: INCOMING_PASSWORD is written as `********` (the wizard's `r` and `--show-secrets` reveal it).
    public var revealPassword: Bool

    /// The dialplan context incoming calls from Bitrix24 enter in Asterisk.
    public static let asteriskContext = "from-bitrix24"
    /// The UDP transport an Asterisk PJSIP setup usually has.
    public static let asteriskTransport = "transport-udp"
    public static let mask = "********"

    public init(words: Words, revealPassword: Bool) {
        self.words = words
        self.revealPassword = revealPassword
    }

    public func write(_ side: OfficePBXSide, format: PBXConfigFormat) -> String {
        let text = switch format {
        case .asteriskPJSIP: asteriskPJSIP(side)
        case .freePBX: freePBX(side)
        case .generic: generic(side)
        }
        return Self.wrappingComments(text)
    }

    /// Comment lines wrapped at 76 columns, each piece a comment again: the snippet reads on an 80-column screen
    /// and in an editor. Settings lines are never touched (a wrapped setting would change its meaning).
    static func wrappingComments(_ text: String, width: Int = 76) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard DisplayWidth.of(line) > width, let marker = ["; ", "# "].first(where: { line.hasPrefix($0) }) else {
                return [String(line)]
            }
            return TextLayout.wrap(String(line.dropFirst(2)), width: width - 2).map { marker + $0 }
        }.joined(separator: "\n")
    }

    private func password(_ side: OfficePBXSide) -> String {
        revealPassword ? side.incomingPassword : Self.mask
    }

    private func preamble(_ side: OfficePBXSide, comment: String) -> [String] {
        var lines = ["\(comment) " + words(PBXConfigPhrase.header(title: side.title, configID: side.configID))]
        if !revealPassword { lines.append("\(comment) " + words(PBXConfigPhrase.passwordMasked)) }
        return lines
    }

    // MARK: - Asterisk PJSIP

    func asteriskPJSIP(_ side: OfficePBXSide) -> String {
        let name = "bitrix24-\(side.configID)"
        let server = "sip:\(side.incomingServer):\(OfficePBXSide.port)"
        let client = "sip:\(side.incomingLogin)@\(side.incomingServer):\(OfficePBXSide.port)"
        var lines = preamble(side, comment: ";")
        lines.append("; " + words(PBXConfigPhrase.transportNote(name: Self.asteriskTransport)))
        lines += [
            "", "; " + words(PBXConfigPhrase.registrationNote),
            "[\(name)]", "type=registration", "transport=\(Self.asteriskTransport)", "outbound_auth=\(name)-auth",
            "server_uri=\(server)", "client_uri=\(client)", "contact_user=\(side.incomingLogin)", "retry_interval=60",
            "expiration=300",
            "", "[\(name)-auth]", "type=auth", "auth_type=userpass", "username=\(side.incomingLogin)",
            "password=\(password(side))",
            "", "[\(name)]", "type=aor", "contact=\(server)", "qualify_frequency=60",
            "", "; " + words(PBXConfigPhrase.contextNote(context: Self.asteriskContext)),
            "[\(name)]", "type=endpoint", "transport=\(Self.asteriskTransport)", "context=\(Self.asteriskContext)",
            "disallow=all", "allow=alaw,ulaw", "outbound_auth=\(name)-auth", "aors=\(name)",
            "from_user=\(side.incomingLogin)", "from_domain=\(side.incomingServer)", "direct_media=no",
            "rtp_symmetric=yes", "force_rport=yes", "rewrite_contact=yes",
            "", "; " + words(PBXConfigPhrase.identifyNote),
            "[\(name)]", "type=identify", "endpoint=\(name)", "match=\(side.incomingServer)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - FreePBX

    /// The field names of FreePBX's chan_pjsip trunk screen (its General and pjsip Settings tabs).
    func freePBX(_ side: OfficePBXSide) -> String {
        let fields: [(String, String)] = [
            ("General > Trunk Name", "Bitrix24-\(side.configID)"),
            ("pjsip Settings > General > Username", side.incomingLogin),
            ("pjsip Settings > General > Secret", password(side)),
            ("pjsip Settings > General > Authentication", "Outbound"),
            ("pjsip Settings > General > Registration", "Send"),
            ("pjsip Settings > General > SIP Server", side.incomingServer),
            ("pjsip Settings > General > SIP Server Port", String(OfficePBXSide.port)),
            ("pjsip Settings > General > Context", "from-pstn"),
            ("pjsip Settings > General > Transport", "0.0.0.0-udp"),
            ("pjsip Settings > Advanced > From Domain", side.incomingServer),
            ("pjsip Settings > Advanced > From User", side.incomingLogin),
            ("pjsip Settings > Advanced > Contact User", side.incomingLogin),
        ]
        var lines = preamble(side, comment: "#")
        lines.append("# " + words(PBXConfigPhrase.freePBXScreen))
        lines.append("")
        lines += Self.aligned(fields)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Generic

    func generic(_ side: OfficePBXSide) -> String {
        let fields: [(String, String)] = [
            (words(PBXConfigPhrase.serverLabel), side.incomingServer),
            (words(PBXConfigPhrase.portLabel), String(OfficePBXSide.port)),
            (words(PBXConfigPhrase.loginLabel), side.incomingLogin),
            (words(PBXConfigPhrase.passwordLabel), password(side)),
            (words(PBXConfigPhrase.transportLabel), "UDP"),
        ]
        var lines = preamble(side, comment: "#")
        lines.append("# " + words(PBXConfigPhrase.genericHeading))
        lines.append("")
        lines += Self.aligned(fields)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `label:  value` with the values in one column (labels are ASCII or Cyrillic: one column per character).
    static func aligned(_ fields: [(String, String)]) -> [String] {
        let width = fields.map { $0.0.count }.max() ?? 0
        return fields.map { label, value in
            label + ":" + String(repeating: " ", count: width - label.count + 2) + value
        }
    }
}
