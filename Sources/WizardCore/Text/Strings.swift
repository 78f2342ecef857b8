import SIPLineService

/// The wizard's words, in one place (English now; Russian later).
enum Strings {
    static let headerNew = "sipline · New SIP line"
    static let headerCreated = "sipline · SIP line created"

    static func titleExists(_ title: String) -> String {
        "A line named \"\(TextLayout.visible(title.trimmingSpaces))\" already exists on this portal. Choose another name."
    }

    static let maxCloudLines = "The portal already has its maximum number of cloud PBX lines. Choose Office PBX, "
        + "or remove a cloud line you no longer need (`sipline list`, then `sipline delete CONFIG_ID`) and try again."

    static let fieldErrorsIntro = "The portal did not accept the line. It said:"

    static let authentication = "The portal did not accept the webhook: it is wrong, revoked or expired. Nothing was "
        + "created. Quit and start sipline with a working webhook (--webhook-file, SIPLINE_WEBHOOK or --portal)."

    static func missingScope(_ scope: String) -> String {
        "The webhook lacks the scope `\(TextLayout.visible(scope))`. Nothing was created. In Bitrix24, edit the "
            + "incoming webhook, tick \"\(TextLayout.visible(scope))\", save, and start sipline again."
    }

    static let missingRight = "The webhook's user lacks the telephony right \"Manage numbers — modify\" (or the plan "
        + "has no REST). Nothing was created. Ask a portal administrator to grant it, then try again."

    static let wrongAuthType = "This portal only lets an application, not a webhook, manage SIP lines "
        + "(WRONG_AUTH_TYPE). Nothing was created. Use a portal configured with OAuth (--portal NAME)."

    static func unavailable(_ message: String) -> String {
        "The portal could not be reached or did not answer as Bitrix24 does: \(TextLayout.visible(message)) "
            + "Press Enter to try again."
    }

    static func refused(_ message: String) -> String {
        "The portal refused the line: \(TextLayout.visible(message))"
    }

    static func notCreated(reason: String) -> String {
        "The line was not created (\(TextLayout.visible(reason))). Press Enter to try again."
    }

    static func createdAfterCheck(reason: String) -> String {
        "The portal's answer was lost (\(TextLayout.visible(reason))); sipline listed the lines again and found "
            + "this one: it was created."
    }

    static let unknownTitle = "It is unknown whether the line was created."
    static let unknownBody = "The portal's answer was lost and sipline could not ask the portal afterwards. "
        + "Do not simply try again: that could create the line twice."
    static let unknownAdvice = "Check with `sipline list` whether a line with this name exists."

    static let checkBeforeRetry = "The outcome of the last try is unknown. Check with `sipline list` that the line "
        + "does not exist before you press Enter to create it."

    static let portalChange = "The portal is chosen when sipline starts: quit and run it with --webhook-file, "
        + "SIPLINE_WEBHOOK or --portal NAME."

    static let warningAccept = "Press Enter again to keep this value."

    static func typeDescription(_ type: PBXType) -> String {
        switch type {
        case .cloud:
            "Bitrix24 registers at your SIP provider's server with the login and password you enter next."
        case .office:
            "Your own PBX connects to Bitrix24. You get the server, login and password to enter on it when the "
                + "line is created."
        }
    }

    static func typeName(_ type: PBXType) -> String {
        type == .cloud ? "Cloud PBX" : "Office PBX"
    }

    static let titleHelp = "The name people will see for this line in Bitrix24's telephony settings."

    static func serverHelp(_ type: PBXType) -> String {
        switch type {
        case .cloud:
            "Your SIP provider's server, where Bitrix24 registers: a host name, an IPv4 address or an [IPv6] "
                + "address, with an optional :port (e.g. sip.provider.example:5060)."
        case .office:
            "Your office PBX's address: a host name, an IPv4 address or an [IPv6] address, with an optional :port."
        }
    }

    static func credentialsHelp(_ type: PBXType) -> String {
        switch type {
        case .cloud: "The login and password your SIP provider gave you for this line."
        case .office: "The login and password of the line on your office PBX."
        }
    }

    static func defaultSavePath(_ line: CreatedLine, directory: String) -> String {
        let base = directory.isEmpty ? "." : directory
        return (base.hasSuffix("/") ? base : base + "/") + "sipline-line-\(line.configID).txt"
    }

    /// A typed path: absolute as is, relative under the current directory.
    static func resolve(path: String, directory: String) -> String {
        if path.hasPrefix("/") || directory.isEmpty { return path }
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return (directory.hasSuffix("/") ? directory : directory + "/") + relative
    }

    /// The line left on the normal screen after quitting: what was created, where, without secrets.
    static func summary(_ lines: [CreatedLine], context: WizardContext) -> String {
        let place = TextLayout.visible(context.portalHost) + (context.isSandbox ? " (sandbox)" : "")
        func describe(_ line: CreatedLine) -> String {
            "\(line.type.rawValue) line \"\(TextLayout.visible(line.title))\" (CONFIG_ID \(line.configID))"
        }
        if lines.count == 1 { return "sipline: created \(describe(lines[0])) on \(place)" }
        return "sipline: created \(lines.count) lines on \(place): " + lines.map(describe).joined(separator: ", ")
    }

    /// Advice for a registration that failed, by its SIP status code.
    static func registrationAdvice(_ code: Int?) -> String {
        switch code {
        case 401, 403: "the provider rejected the login or password. Check them at your provider, then edit the line."
        case 404: "the provider does not know this login. Check it at your provider, then edit the line."
        case 408, 502, 503, 504:
            "the server could not be reached (wrong address, DNS or firewall). Check the server, then edit the line."
        default: "see the provider's message above; fix the line with `sipline update`."
        }
    }
}
