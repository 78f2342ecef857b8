extension ResultPhrase {
    public var legacyEnglish: String {
        switch self {
        case .cloudCreated(let title): "\(title) is connected to Bitrix24 as a cloud PBX line."
        case .registrationAt(let server): "Registration at \(server)"
        case .officeCreated(let title): "Office line \"\(title)\" created. Now set up your office PBX:"
        case .enterOnYourPBX: "Enter these on your PBX so that it can send calls to Bitrix24:"
        case .yourPBX(let configID, let server, let login): "CONFIG_ID \(configID) · your PBX: \(server), login \(login)"
        case .moreLead: "More:"
        case .foundAfterCheck(let reason):
            "The portal's answer was lost (\(reason.legacyEnglish)); sipline listed the lines again and found this one: it was created."
        case .saving(let path): "Saving to \(path) …"
        case .saved(let path): "Saved to \(path) (readable only by you)."
        case .saveFailed(let path, let reason): "Could not save to \(path): \(reason.legacyEnglish)"
        case .historyNotWritten(let reason): "The line was created but not recorded in the history: \(reason.legacyEnglish)"
        case .noRegID: "No REG_ID came back, so the registration cannot be followed here."
        case .registered(let code): "registered (\(code))"
        case .providerSaid(let message): "The provider said: \(message)"
        case .couldNotAsk(let error, let regID):
            "could not ask the portal: \(error.legacyEnglish) Check later with `sipline status \(regID)`."
        case .couldNotAskRetrying(let error): "could not ask the portal, trying again: \(error.legacyEnglish)"
        case .waiting: "waiting"
        case .inProgress: "in progress"
        case .updatesByItself: "(updates by itself)"
        case .saveToLabel: "Save to"
        case .fileHoldsPasswords: "The file holds the passwords; it is written readable only by you (0600)."
        case .detailsFileHeader: "sipline: SIP line details. Holds secrets: keep this file private."
        case .sandboxHost(let host): "\(host) (sandbox)"
        case .fixRefused(let reason): "The portal did not take the change: \(reason.legacyEnglish)"
        case .fixHint:
            "Fix what the provider refused. Enter sends server, login and password; the portal then registers the "
                + "line anew (nothing is created twice)."
        case .sendingFix: "Sending the change; the portal then registers the line anew …"
        case .settingDefault: "Making this line the default outgoing line …"
        case .defaultRefused(let reason): "The default outgoing line was not changed: \(reason.legacyEnglish)"
        case .pbxConfigHeading(let format): "Configuration for your PBX · \(format)"
        case .pbxConfigFormats: "1 Asterisk PJSIP · 2 FreePBX · 3 generic"
        case .genericFormat: "generic"
        case .pbxConfigUnavailable:
            "The portal did not send this line's incoming server, login and password, so there is nothing to write "
                + "for the PBX. Look at the line in Bitrix24's telephony settings."
        }
    }
}
