extension PBXConfigPhrase {
    public var legacyEnglish: String {
        switch self {
        case .header(let title, let configID):
            "Bitrix24 office line \"\(title)\" (CONFIG_ID \(configID)): what the office PBX enters to reach Bitrix24."
        case .registrationNote:
            "The PBX registers at Bitrix24's incoming server, so that Bitrix24 can send calls to it."
        case .identifyNote:
            "Requests from Bitrix24's incoming server belong to this trunk."
        case .contextNote(let context):
            "Calls from Bitrix24 enter the dialplan at context \(context); change it to your own."
        case .transportNote(let name):
            "Uses your UDP transport \(name); rename it if yours is called otherwise."
        case .passwordMasked:
            "INCOMING_PASSWORD is shown as ******** here: reveal it before copying (sipline pbx-config "
                + "--show-secrets, or r in the wizard)."
        case .freePBXScreen:
            "FreePBX: Connectivity > Trunks > Add Trunk > Add SIP (chan_pjsip) Trunk; fill in these fields:"
        case .genericHeading:
            "On the PBX, add a SIP trunk that registers at Bitrix24 with:"
        case .serverLabel: "Server"
        case .portLabel: "Port"
        case .loginLabel: "Login"
        case .passwordLabel: "Password"
        case .transportLabel: "Transport"
        case .cloudLineHasNoPBXSide(let configID):
            "Line \(configID) is a cloud line: Bitrix24 registers at the provider itself, so there is no PBX "
                + "configuration to write. pbx-config is for office lines."
        case .noIncomingCredentials(let configID):
            "The portal sent no INCOMING_SERVER for line \(configID); open the line in Bitrix24's telephony "
                + "settings to see its connection details."
        }
    }
}
