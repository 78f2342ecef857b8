/// `voximplant.sip.connector.status`: a SIP line carries no calls without a paid connector (free minutes aside).
public struct ConnectorStatus: Sendable, Hashable {
    public var freeMinutes: Int
    public var paid: Bool
    /// As the portal sends it; present only when paid.
    public var paidUntil: String?

    public init(freeMinutes: Int, paid: Bool, paidUntil: String? = nil) {
        (self.freeMinutes, self.paid, self.paidUntil) = (freeMinutes, paid, paidUntil)
    }

    /// Calls can flow: paid, or free minutes left.
    public var canCarryCalls: Bool { paid || freeMinutes > 0 }
}
