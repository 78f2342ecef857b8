/// The comments and labels of the office PBX's configuration (`sipline pbx-config`, the wizard's `c`).
public enum PBXConfigPhrase: Phrase {
    /// The first comment: which line the snippet is for.
    case header(title: String, configID: Int)
    /// Why the PBX registers at Bitrix24.
    case registrationNote
    /// The identify section's purpose.
    case identifyNote
    /// Where incoming calls from Bitrix24 land in the dialplan.
    case contextNote(context: String)
    /// The transport the snippet assumes exists.
    case transportNote(name: String)
    /// INCOMING_PASSWORD is masked in this output.
    case passwordMasked
    /// The FreePBX screen to open.
    case freePBXScreen
    /// The generic list's heading.
    case genericHeading
    /// Labels of the generic list.
    case serverLabel
    case portLabel
    case loginLabel
    case passwordLabel
    case transportLabel
    /// `pbx-config` for a cloud line.
    case cloudLineHasNoPBXSide(configID: Int)
    /// An office line whose incoming credentials the portal did not send.
    case noIncomingCredentials(configID: Int)
}
