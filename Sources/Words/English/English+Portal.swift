extension PortalPhrase {
    public var legacyEnglish: String {
        switch self {
        case .heading: "Portal"
        case .help:
            "Paste the portal's inbound webhook: in Bitrix24, Developer resources > Other > Inbound webhook, with the "
                + "telephony scope. It is checked at once; its code is hidden once entered."
        case .emptyWebhook:
            "The webhook URL is empty. Copy it from the portal: Developer resources > Other > Inbound webhook."
        case .inUse(let host, let webhook): "In use now: \(host) (webhook \(webhook))."
        case .addRefused:
            "Nothing was created. Once the webhook is fixed in Bitrix24, press Enter with the field empty to check it "
                + "again, or paste another webhook; everything you typed is kept."
        case .recheckHint: "Press Enter with the field empty to check the portal in use again."
        case .worksAgain(let host): "The webhook of \(host) works now."
        case .malformed(let reason): reason.legacyEnglish
        case .unreachable(let reason):
            "The portal could not be reached: \(reason.legacyEnglish) Check the address and the network (or proxy), then "
                + "press Enter to try again."
        case .badWebhook:
            "The portal did not accept this webhook: its code is wrong, or the webhook was deleted. Copy the address "
                + "again from Developer resources > Other > Inbound webhook."
        case .missingScope(let scope):
            "The webhook lacks the scope `\(scope)`. In Bitrix24, edit the inbound webhook, tick \"\(scope)\", save, "
                + "and press Enter here again."
        case .missingRight:
            "The webhook's user lacks the telephony right \"Manage numbers — modify\" (or the plan has no REST). "
                + "Ask a portal administrator to grant it, then press Enter here again."
        case .wrongAuthType:
            "This portal lets only an application, not a webhook, manage SIP lines (WRONG_AUTH_TYPE). Quit and use "
                + "a portal configured with OAuth (--portal NAME)."
        case .refusedCheck(let reason): "The portal refused the check: \(reason.legacyEnglish)"
        case .checking: "Checking the webhook …"
        case .works(let host): "The webhook works on \(host) and may manage SIP lines."
        case .connectorPaid(let until):
            "The SIP connector is paid\(until.isEmpty ? "" : " until " + until): lines carry calls."
        case .connectorFreeMinutes(let minutes):
            "The SIP connector is not paid; \(minutes) free \(Plural.english(minutes, one: "minute", other: "minutes")) "
                + "\(Plural.english(minutes, one: "remains", other: "remain")). Lines carry calls until they are used up."
        case .connectorUnpaid:
            "The SIP connector is not paid and no free minutes remain: the line can be created, but it carries no "
                + "calls until the connector is paid (Telephony > SIP PBX)."
        case .saveHint:
            "Enter saves it in the config file, so next time `sipline --portal NAME` finds it; Esc uses it for this "
                + "run only."
        case .saveFailed(let reason):
            "The portal was not saved: \(reason.legacyEnglish)\(reason.legacyEnglish.hasSuffix(".") ? "" : ".") Press Enter to try "
                + "again, or Esc to use it for this run only."
        case .saved(let name, let host): "Saved \(host) as the portal \"\(name)\" in the config file."
        case .forThisRun(let host): "Using \(host) for this run (not saved)."
        case .webhookLabel: "Webhook"
        case .saveAsLabel: "Save this portal as"
        case .savingPortal: "Saving …"
        }
    }
}
