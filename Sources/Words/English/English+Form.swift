extension FormPhrase {
    public var legacyEnglish: String {
        switch self {
        case .pbxTypeHeading: "PBX type"
        case .cloudPBX: "Cloud PBX"
        case .officePBX: "Office PBX"
        case .cloudDescription:
            "Bitrix24 registers at your SIP provider's server with the login and password you enter next."
        case .officeDescription:
            "Your own PBX connects to Bitrix24. You get the server, login and password to enter on it when the line "
                + "is created."
        case .countingLines: "Counting the lines this webhook can see …"
        case .linesSeen(let total, let cloud, let office):
            "Lines this webhook can see: \(total) (\(cloud) cloud, \(office) office)"
        case .linesNotListed(let reason): "Could not list the lines this webhook can see: \(reason.legacyEnglish)"
        case .titleHeading: "Connection name"
        case .titleHelp: "The name people will see for this line in Bitrix24's telephony settings."
        case .serverHeading: "Server"
        case .serverHelpCloud:
            "Your SIP provider's server, where Bitrix24 registers: a host name, an IPv4 address or an [IPv6] address, "
                + "with an optional :port (e.g. sip.provider.example:5060)."
        case .serverHelpOffice:
            "Your office PBX's address: a host name, an IPv4 address or an [IPv6] address, with an optional :port."
        case .credentialsHeading: "Credentials"
        case .credentialsHeadingAt(let server): "Credentials at \(server)"
        case .credentialsHelpCloud: "The login and password your SIP provider gave you for this line."
        case .credentialsHelpOffice: "The login and password of the line on your office PBX."
        case .nameLabel: "Name"
        case .serverLabel: "Server"
        case .loginLabel: "Login"
        case .passwordLabel: "Password"
        case .warningAccept: "Press Enter again to keep this value."
        }
    }
}
