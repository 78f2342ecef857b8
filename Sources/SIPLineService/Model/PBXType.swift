/// The two kinds of SIP line Bitrix24 knows (`TYPE` of `voximplant.sip.add`).
public enum PBXType: String, Sendable, Hashable, CaseIterable, Codable {
    /// Bitrix24 registers at the provider's server with the login and password.
    case cloud
    /// The customer's own PBX connects to Bitrix24 with the `INCOMING_*` credentials.
    case office
}
