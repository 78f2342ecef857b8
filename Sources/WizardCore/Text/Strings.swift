import TextSafety
import SIPLineService

/// The wizard's words, in one place (English now; Russian later).
enum Strings {
    static let headerNew = "sipline · New SIP line"
    static let headerCreated = "sipline · SIP line created"

    static func titleExists(_ title: String) -> String {
        "A line named \"\(title.trimmingSpaces)\" already exists on this portal. Choose another name."
    }

    static let maxCloudLines = "The portal already has its maximum number of cloud PBX lines. Choose Office PBX, "
        + "or remove a cloud line you no longer need (`sipline list`, then `sipline delete CONFIG_ID`) and try again."

    static let fieldErrorsIntro = "The portal did not accept the line. It said:"

    static func unavailable(_ message: String) -> String {
        "The portal could not be reached or did not answer as Bitrix24 does: \(message) "
            + "Press Enter to try again."
    }

    static func refused(_ message: String) -> String {
        "The portal refused the line: \(message)"
    }

    static func notCreated(reason: String) -> String {
        "The line was not created (\(reason)). Press Enter to try again."
    }

    static func createdAfterCheck(reason: String) -> String {
        "The portal's answer was lost (\(reason)); sipline listed the lines again and found "
            + "this one: it was created."
    }

    static let unknownTitle = "It is unknown whether the line was created."
    static let unknownBody = "The portal's answer was lost and sipline could not ask the portal afterwards. "
        + "Do not simply try again: that could create the line twice."
    static let unknownAdvice = "Check with `sipline list` whether a line with this name exists."

    static let checkBeforeRetry = "The outcome of the last try is unknown. Check with `sipline list` that the line "
        + "does not exist before you press Enter to create it."

    // MARK: the portal screen

    static let portalHeading = "Portal"
    static let portalHelp = "Paste the portal's inbound webhook: in Bitrix24, Developer resources > Other > Inbound "
        + "webhook, with the telephony scope. It is checked at once; its code is hidden once entered."
    static let portalEmpty = "The webhook URL is empty. Copy it from the portal: Developer resources > Other > "
        + "Inbound webhook."

    static func portalCurrent(host: String, webhook: String) -> String {
        "In use now: \(host) (webhook \(webhook))."
    }

    static let portalAddRefused = "Nothing was created. Once the webhook is fixed in Bitrix24, press Enter with the "
        + "field empty to check it again, or paste another webhook; everything you typed is kept."

    static let portalRecheckHint = "Press Enter with the field empty to check the portal in use again."

    static func portalWorksAgain(host: String) -> String {
        "The webhook of \(host) works now."
    }

    static func portalProblem(_ problem: PortalProblem) -> String {
        switch problem {
        case .malformed(let reason):
            reason
        case .unreachable(let reason):
            "The portal could not be reached: \(reason) Check the address and the network "
                + "(or proxy), then press Enter to try again."
        case .badWebhook:
            "The portal did not accept this webhook: its code is wrong, or the webhook was deleted. Copy the address "
                + "again from Developer resources > Other > Inbound webhook."
        case .missingScope(let scope):
            "The webhook lacks the scope `\(scope)`. In Bitrix24, edit the inbound webhook, tick "
                + "\"\(scope)\", save, and press Enter here again."
        case .missingRight:
            "The webhook's user lacks the telephony right \"Manage numbers — modify\" (or the plan has no REST). "
                + "Ask a portal administrator to grant it, then press Enter here again."
        case .wrongAuthType:
            "This portal lets only an application, not a webhook, manage SIP lines (WRONG_AUTH_TYPE). Quit and use "
                + "a portal configured with OAuth (--portal NAME)."
        case .other(let reason):
            "The portal refused the check: \(reason)"
        }
    }

    static func portalChecking(host: String?) -> String {
        "Checking the webhook" + (host.map { " at " + $0 } ?? "") + " …"
    }

    static func portalWorks(host: String) -> String {
        "The webhook works on \(host) and may manage SIP lines."
    }

    /// The connector's state and what it means for a new line: unpaid without free minutes is only a warning.
    static func connector(_ status: ConnectorStatus) -> Notice {
        if status.paid {
            let until = status.paidUntil.map { " until " + $0 } ?? ""
            return Notice(.success, "The SIP connector is paid\(until): lines carry calls.")
        }
        if status.freeMinutes > 0 {
            return Notice(.warning, "The SIP connector is not paid; \(status.freeMinutes) free minutes remain. "
                + "Lines carry calls until they are used up.")
        }
        return Notice(.warning, "The SIP connector is not paid and no free minutes remain: the line can be created, "
            + "but it carries no calls until the connector is paid (Telephony > SIP PBX).")
    }

    static let portalSaveHint = "Enter saves it in the config file, so next time `sipline --portal NAME` finds it; "
        + "Esc uses it for this run only."

    static func portalSaveFailed(_ reason: String) -> String {
        let reason = reason
        return "The portal was not saved: \(reason)\(reason.hasSuffix(".") ? "" : ".") Press Enter to try again, "
            + "or Esc to use it for this run only."
    }

    static func portalSaved(name: String, host: String) -> String {
        "Saved \(host) as the portal \"\(name)\" in the config file."
    }

    static func portalForThisRun(host: String) -> String {
        "Using \(host) for this run (not saved)."
    }

    /// The config file's rule for portal names (TOML bare keys, typed after `--portal`).
    static func isValidPortalName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    static let portalNameRule = "a portal name may only contain letters a-z, digits, - and _ (at most 64)."

    /// The host's first label (`b24-4711` of `b24-4711.bitrix24.com`); an address has no such name.
    static func defaultPortalName(host: String, isSandbox: Bool) -> String {
        if isSandbox { return "sandbox" }
        var name = Substring(host)
        if name.hasPrefix("[") { return "local" }
        if let colon = name.firstIndex(of: ":") { name = name[..<colon] }
        let first = name.split(separator: ".").first.map(String.init) ?? ""
        if first.isEmpty || first.allSatisfy(\.isNumber) || name == "localhost" || !isValidPortalName(first) {
            return "local"
        }
        return first
    }

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
        let place = context.portalHost + (context.isSandbox ? " (sandbox)" : "")
        func describe(_ line: CreatedLine) -> String {
            "\(line.type.rawValue) line \"\(line.title)\" (CONFIG_ID \(line.configID))"
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
