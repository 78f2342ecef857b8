extension ResultPhrase {
    public var english: String {
        switch self {
        case .cloudCreated(let title): "\(title) is connected to Bitrix24 as a cloud PBX line."
        case .registrationAt(let server): "Registration at \(server)"
        case .officeCreated(let title): "Office line \"\(title)\" created. Now set up your office PBX:"
        case .enterOnYourPBX: "Enter these on your PBX so that it can send calls to Bitrix24:"
        case .yourPBX(let configID, let server, let login): "CONFIG_ID \(configID) · your PBX: \(server), login \(login)"
        case .moreLead: "More:"
        case .foundAfterCheck(let reason):
            "The portal's answer was lost (\(reason)); sipline listed the lines again and found this one: it was created."
        case .saving(let path): "Saving to \(path) …"
        case .saved(let path): "Saved to \(path) (readable only by you)."
        case .saveFailed(let path, let reason): "Could not save to \(path): \(reason.english)"
        case .historyNotWritten(let reason): "The line was created but not recorded in the history: \(reason.english)"
        case .noRegID: "No REG_ID came back, so the registration cannot be followed here."
        case .registered(let code): "registered (\(code))"
        case .noCode: "no code"
        case .registrationFailed(let code, let advice): "failed: \(code) — \(advice.english)"
        case .providerSaid(let message): "The provider said: \(message)"
        case .stillNotRegistered(let checks, let regID):
            "still not registered after \(checks) checks. Check later with `sipline status \(regID)`."
        case .couldNotAsk(let error, let regID):
            "could not ask the portal: \(error.english) Check later with `sipline status \(regID)`."
        case .couldNotAskRetrying(let error): "could not ask the portal, trying again: \(error.english)"
        case .waiting: "waiting"
        case .inProgress: "in progress"
        case .updatesByItself: "(updates by itself)"
        case .saveToLabel: "Save to"
        case .fileHoldsPasswords: "The file holds the passwords; it is written readable only by you (0600)."
        case .detailsFileHeader: "sipline: SIP line details. Holds secrets: keep this file private."
        case .sandboxHost(let host): "\(host) (sandbox)"
        }
    }
}
