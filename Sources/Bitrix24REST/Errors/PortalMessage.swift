/// What the portal said when it refused: its `error` code (original case), its `error_description` (redacted,
/// control characters made visible) and the HTTP status. `code` is nil when the answer had no error envelope
/// (classification then fell back to the status).
public struct PortalMessage: Sendable, Hashable {
    public var code: String?
    public var text: String?
    public var status: Int

    public init(code: String?, text: String?, status: Int) {
        self.code = code
        self.text = text
        self.status = status
    }
}
